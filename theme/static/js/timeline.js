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
