/* Dossier timeline: entries start folded to one line each (the page without JavaScript shows them open),
   and filters by speaker, report and occasion keep their state in the address's #hash, so a filtered
   timeline can be bookmarked or sent, from file:// as from a server. */
(function () {
  "use strict";
  var form = document.querySelector(".timeline-filters");
  var entries = [].slice.call(document.querySelectorAll(".timeline-entry"));
  if (!form || !entries.length) return;
  var names = ["speaker", "report", "occasion"];
  var months = [].slice.call(document.querySelectorAll(".timeline-month"));
  var index = [].slice.call(document.querySelectorAll(".month-index li"));
  var count = form.querySelector(".timeline-count"), toggle = form.querySelector(".toggle-all");

  function select(name) { return form.elements[name]; }

  function state() {
    var chosen = {};
    names.forEach(function (name) { if (select(name) && select(name).value) chosen[name] = select(name).value; });
    return chosen;
  }

  function apply() {
    var chosen = state(), shown = 0, perMonth = {};
    entries.forEach(function (entry) {
      var match = names.every(function (name) { return !chosen[name] || entry.getAttribute("data-" + name) === chosen[name]; });
      entry.hidden = !match;
      if (match) {
        shown++;
        var month = entry.closest(".timeline-month").getAttribute("data-month");
        perMonth[month] = (perMonth[month] || 0) + 1;
      }
    });
    months.forEach(function (month) { month.hidden = !perMonth[month.getAttribute("data-month")]; });
    index.forEach(function (item) {
      var n = perMonth[item.getAttribute("data-month")] || 0;
      item.hidden = !n;
      item.querySelector(".count").textContent = n;
    });
    count.textContent = shown === entries.length ? entries.length + " statements" : "Showing " + shown + " of " + entries.length + " statements";
  }

  function hashState() {
    var hash = location.hash.slice(1);
    return hash.indexOf("=") >= 0 ? new URLSearchParams(hash) : null;
  }

  function save() {
    var params = new URLSearchParams(state()).toString();
    var url = location.href.split("#")[0] + (params ? "#" + params : "");
    try { history.replaceState(null, "", url); } catch (error) { location.replace(params ? "#" + params : "#"); }
  }

  function load() {
    var params = hashState();
    names.forEach(function (name) {
      var field = select(name), value = params && params.get(name);
      if (!field) return;
      field.value = value && field.querySelector("option[value='" + CSS.escape(value) + "']") ? value : "";
    });
    apply();
  }

  function openTarget() {
    var id = location.hash.slice(1);
    if (!id || id.indexOf("=") >= 0) return;
    var target = document.getElementById(decodeURIComponent(id));
    var details = target && target.querySelector("details");
    if (details) details.open = true;
  }

  var allOpen = false;
  function setAll(open) {
    entries.forEach(function (entry) { entry.querySelector("details").open = open; });
    allOpen = open;
    toggle.textContent = open ? "Fold all" : "Expand all";
  }

  entries.forEach(function (entry) { entry.querySelector("details").open = false; });
  openTarget();
  form.hidden = false;
  form.addEventListener("change", function () { apply(); save(); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(); save(); }, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  toggle.addEventListener("click", function () { setAll(!allOpen); });
  window.addEventListener("hashchange", function () { if (hashState()) load(); else openTarget(); });
  load();
})();

/* Dossier timeline of an archive, its month index: the filters a one-page timeline keeps in the address
   (#report=…&speaker=…&occasion=…) are carried to the month pages, which filter by them, and a report's
   filter lists only the months (and parts) that hold its statements, with their counts. Without JavaScript
   or without a filter, every month is listed. */
(function () {
  "use strict";
  var data = document.getElementById("timeline-reports"), status = document.querySelector(".timeline-index-status");
  if (!data || !status) return;
  var reports = JSON.parse(data.textContent);  // [slug, title], numbered as in each link's data-reports
  var months = [].slice.call(document.querySelectorAll(".timeline-months > li"));
  var links = [].slice.call(document.querySelectorAll(".timeline-months a"));
  links.forEach(function (a) { a.setAttribute("data-href", a.getAttribute("href")); });
  months.forEach(function (li) {
    var count = li.querySelector(".count");
    count.setAttribute("data-text", count.textContent);
    li.partList = li.querySelector(".parts");
    li.parts = li.partList ? [].slice.call(li.partList.querySelectorAll("a")) : null;
  });

  function countOf(link, number) {  // the link's statements of report `number`
    var found = 0;
    (link.getAttribute("data-reports") || "").split(" ").forEach(function (pair) {
      var parts = pair.split(":");
      if (+parts[0] === number && parts[1]) found = +parts[1];
    });
    return found;
  }
  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

  function apply() {
    var hash = location.hash.slice(1), params = hash.indexOf("=") >= 0 ? new URLSearchParams(hash) : null;
    var kept = new URLSearchParams();
    ["speaker", "report", "occasion"].forEach(function (name) { if (params && params.get(name)) kept.set(name, params.get(name)); });
    var suffix = kept.toString() ? "#" + kept.toString() : "";
    links.forEach(function (a) { a.setAttribute("href", a.getAttribute("data-href") + suffix); });
    var slug = kept.get("report"), number = -1;
    reports.forEach(function (entry, index) { if (entry[0] === slug) number = index; });
    var total = 0, shownMonths = 0;
    months.forEach(function (li) {
      var count = li.querySelector(".count"), own = 0;
      if (li.parts) {  // the parts that hold the report's statements, listed again without the others
        var shown = li.parts.filter(function (a) { var n = countOf(a, number); own += n; return number < 0 || n > 0; });
        li.partList.textContent = ", in parts: ";
        shown.forEach(function (a, index) { li.partList.appendChild(a); if (index < shown.length - 1) li.partList.appendChild(document.createTextNode(", ")); });
        var first = li.querySelector("a");  // the month's name opens its first part that holds them
        if (shown.length) first.setAttribute("href", shown[0].getAttribute("href"));
      } else {
        own = countOf(li.querySelector("a"), number);
      }
      li.hidden = number >= 0 && !own;
      count.textContent = number >= 0 ? plural(own, "statement") + " of this report" : count.getAttribute("data-text");
      total += own;
      if (own) shownMonths++;
    });
    [].forEach.call(document.querySelectorAll(".timeline > section"), function (year) {
      year.hidden = !year.querySelector(".timeline-months > li:not([hidden])");
    });
    status.hidden = number < 0;
    status.textContent = "";
    if (number < 0) return;
    var title = "“" + reports[number][1] + "”";
    status.appendChild(document.createTextNode(total
      ? plural(total, "dated statement") + " from " + title + ", in " + plural(shownMonths, "month") + "; each month’s page shows them alone. "
      : "No statement from " + title + " is dated, so none is on the timeline. "));
    var all = document.createElement("a");
    all.href = location.pathname.split("/").pop() || "timeline.html";
    all.textContent = "Every report’s months";
    status.appendChild(all);
  }
  apply();
  window.addEventListener("hashchange", apply);
})();
