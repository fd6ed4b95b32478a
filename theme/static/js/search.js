/* Dossier offline search: the index is a classic script (window.DOSSIER_SEARCH), so it works from file://. */
(function () {
  "use strict";
  var index = window.DOSSIER_SEARCH;
  var page = document.querySelector(".search-page");
  if (!index || !page) return;
  var root = page.getAttribute("data-root");
  var form = page.querySelector(".search-form"), input = document.getElementById("search-q");
  var status = document.getElementById("search-status"), list = document.getElementById("search-results");
  var LIMIT = 100;

  // One character for one, so a match in the folded text is a match at the same place in the text.
  function fold(text) {
    return window.dossierFold(text);
  }

  var entries = [], pages = [];
  index.actors.forEach(function (a) {
    entries.push({ title: a[0], meta: a[1], url: a[2], text: a[3], hay: fold(a[0] + " · " + a[3]), rank: 0 });
  });
  index.reports.forEach(function (r) {
    entries.push({ title: r[0], meta: "Report" + (r[2] ? ", " + r[2] : ""), url: r[1], text: "", hay: fold(r[0]), rank: 1 });
  });
  var several = index.reports.length > 1;
  function short(text, limit) { return text.length <= limit ? text : text.slice(0, limit - 1).replace(/\s+\S*$/, "") + "…"; }
  index.pages.forEach(function (p) {
    var report = index.reports[p[0]], folder = report[1].replace(/[^/]+$/, "");
    pages.push({ title: p[1], report: report, url: folder + p[2] });
  });
  // A hit's line: its section, then who speaks in the paragraph and when (else the report's date), and
  // the report only where there are several.
  index.paragraphs.forEach(function (p) {
    var where = pages[p[0]], meta = [p[3], p[4] || where.report[2]];
    if (several) meta.push(short(where.report[0], 40));
    entries.push({ title: where.title, meta: meta.filter(Boolean).join(" · "), url: where.url + "#" + p[1], text: p[2], hay: fold(p[2]), rank: 2 });
  });

  function snippet(entry, terms) {
    var text = entry.text, hay = entry.folded || (entry.folded = fold(text));
    var first = Math.max(0, hay.indexOf(terms[0]));
    var start = Math.max(0, first - 70), end = Math.min(text.length, start + 240);
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), first + 1);
    var p = document.createElement("p"), at = start;
    var marks = [];
    terms.forEach(function (term) {
      for (var i = hay.indexOf(term, start); i >= 0 && i < end; i = hay.indexOf(term, i + term.length)) marks.push([i, i + term.length]);
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    if (start > 0) p.appendChild(document.createTextNode("… "));
    marks.forEach(function (m) {
      if (m[0] < at) return;
      p.appendChild(document.createTextNode(text.slice(at, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], Math.min(m[1], end));
      p.appendChild(mark);
      at = Math.min(m[1], end);
    });
    p.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? " …" : "")));
    return p;
  }

  function run(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    terms = terms.filter(function (t, i) { return terms.indexOf(t) === i; });
    var found = entries.filter(function (e) { return terms.every(function (t) { return e.hay.indexOf(t) >= 0; }); });
    var partial = false;
    if (!found.length && terms.length > 1) {
      // No passage has every word: the passages with most of them, best first, and the reader is told so.
      partial = true;
      entries.forEach(function (e) {
        e.score = terms.filter(function (t) { return e.hay.indexOf(t) >= 0; }).length;
      });
      found = entries.filter(function (e) { return e.score > 0; });
      found.sort(function (a, b) { return b.score - a.score || a.rank - b.rank; });
    } else {
      found.sort(function (a, b) { return a.rank - b.rank; });
    }
    found.slice(0, LIMIT).forEach(function (entry) {
      var li = document.createElement("li"), head = document.createElement("p");
      var link = document.createElement("a"), meta = document.createElement("span");
      head.className = "search-hit";
      link.href = root + "/" + entry.url;
      link.textContent = entry.title;
      meta.className = "search-meta";
      meta.textContent = entry.meta;
      head.appendChild(link);
      head.appendChild(document.createTextNode(" "));
      head.appendChild(meta);
      li.appendChild(head);
      if (entry.text) li.appendChild(snippet(entry, terms.filter(function (t) { return entry.hay.indexOf(t) >= 0; })));
      list.appendChild(li);
    });
    var shown = Math.min(found.length, LIMIT);
    var more = found.length > LIMIT ? "; the first " + shown + " are shown." : ".";
    if (partial) {
      status.textContent = found.length ? "No page has all of “" + query + "”; showing pages with some of the words: " +
        found.length + " result" + (found.length === 1 ? "" : "s") + more : "No results for “" + query + "”.";
      status.classList.add("search-partial");
    } else {
      status.textContent = (found.length ? found.length + " result" + (found.length === 1 ? "" : "s") : "No results") +
        " for “" + query + "”" + more;
      status.classList.remove("search-partial");
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run(input.value);
    try { history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (error) { /* file: pages may refuse */ }
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
})();
