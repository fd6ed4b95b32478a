/* Dossier offline search. The index is many classic scripts under search/ (pages opened from file:// may not fetch files):
   search/index.js names the sources and the word shards; a query adds a script tag for each shard its words need
   (search/w/<first two letters>.js, or more where a shard was split), intersects, then adds the text blocks of the hits it shows (search/t/<slug>.<n>.js,
   search/actors.<n>.js) and the titles of their reports (search/reports.<n>.js). */
(function () {
  "use strict";
  var LIMIT = 100, SPAN = 4194304; // a passage's number is its source's number times SPAN plus its place in the source
  var manifest = null, shards = {}, blocks = {}, loading = {};
  window.dossierSearch = {
    index: function (data) { manifest = data; },
    add: function (key, segments) { shards[key] = segments; },
    text: function (name, data) { blocks[name] = data; }
  };

  function start() {
    var page = document.querySelector(".search-page");
    if (!page) return;
    var root = page.getAttribute("data-root");
    var form = page.querySelector(".search-form"), input = document.getElementById("search-q");
    var status = document.getElementById("search-status"), list = document.getElementById("search-results");
    var fold = window.dossierFold, generation = 0;
    // The index's words: runs of letters and digits of the folded text (WORD in dossier/search.py).
    var WORD = /[\p{L}\p{N}]+/gu, LETTER = /[\p{L}\p{N}]/u;

    function load(file) {
      if (!loading[file]) {
        loading[file] = new Promise(function (resolve, reject) {
          var script = document.createElement("script");
          script.src = root + "/" + file;
          script.onload = resolve;
          script.onerror = function () { delete loading[file]; reject(new Error(file)); };
          document.head.appendChild(script);
        });
      }
      return loading[file];
    }
    function keyFile(key) {
      if (/^[a-z0-9]+$/.test(key)) return key;
      return "_" + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
    }
    function textFile(source, block) {
      return source ? "search/t/" + source + "." + block + ".js" : "search/actors." + block + ".js";
    }

    // The shards that hold the words beginning with term: those of its first two letters, or of its first three
    // where the index split the two letters' shard ("2co" in manifest.split), and so on (a shorter term needs every
    // piece); a one-letter word has its own shard.
    function keysOf(term) {
      function only(key) { return manifest.keys.indexOf(key) >= 0 ? [key] : []; }
      if (term.length < 2) return only(term);
      for (var length = 2; length < manifest.longest; length++) {
        if (term.length < length) {
          return manifest.keys.filter(function (key) { return key.slice(0, term.length) === term; });
        }
        if (manifest.split.indexOf(length + term.slice(0, length)) < 0) return only(term.slice(0, length));
      }
      if (term.length < manifest.longest) return manifest.keys.filter(function (key) { return key.slice(0, term.length) === term; });
      return only(term.slice(0, manifest.longest));
    }
    // The passages holding a word that begins with term, as an object of passage numbers.
    function postings(term) {
      var found = {}, segments = [];
      keysOf(term).forEach(function (key) { segments = segments.concat(shards[key]); });
      segments.forEach(function (segment) {
        var base = segment[0] * SPAN, words = segment[1];
        Object.keys(words).forEach(function (word) {
          if (word.lastIndexOf(term, 0) !== 0) return;
          words[word].forEach(function (place) { found[base + place] = true; });
        });
      });
      return found;
    }
    // Actors first, then each report's title, then passages; in index order within each.
    function rank(id) { return id < SPAN ? 0 : id % SPAN === 0 ? 1 : 2; }
    function byRank(a, b) { return rank(a) - rank(b) || a - b; }

    function short(text, limit) { return text.length <= limit ? text : text.slice(0, limit - 1).replace(/\s+\S*$/, "") + "…"; }
    // A hit: its link, its line (section, who speaks and when, else the report's date, and the report where there
    // are several) and the text its snippet is cut from.
    function entry(id) {
      var number = Math.floor(id / SPAN), source = manifest.sources[number], place = id % SPAN;
      var data = blocks[source + "." + Math.floor(place / manifest.block)];
      if (!source) { var actor = data.d[place % manifest.block]; return { title: actor[0], meta: actor[1], url: actor[2], text: actor[3] }; }
      var report = blocks["@reports." + Math.floor((number - 1) / manifest.reports)].d[(number - 1) % manifest.reports];
      var folder = "reports/" + source + "/";
      if (place === 0) return { title: report[0], meta: "Report" + (report[1] ? ", " + report[1] : ""), url: folder + manifest.overview, text: "" };
      var row = data.d[place % manifest.block], where = data.p[row[0]], meta = [row[3], row[4] || report[1]];
      if (manifest.sources.length > 2) meta.push(short(report[0], 40));
      return { title: where[0], meta: meta.filter(Boolean).join(" · "), url: folder + where[1] + "#" + row[1], text: row[2] };
    }
    // The scripts a hit's line needs: its source's block of passages (not for a report's title) and of reports.
    function filesOf(id) {
      var number = Math.floor(id / SPAN), place = id % SPAN, files = [];
      if (number > 0) files.push("search/reports." + Math.floor((number - 1) / manifest.reports) + ".js");
      if (number === 0 || place > 0) files.push(textFile(manifest.sources[number], Math.floor(place / manifest.block)));
      return files;
    }

    // Where a term begins a word of the folded text.
    function starts(hay, term, from) {
      for (var i = hay.indexOf(term, from); i >= 0; i = hay.indexOf(term, i + 1)) {
        if (i === 0 || !LETTER.test(hay[i - 1])) return i;
      }
      return -1;
    }
    function snippet(text, terms) {
      var hay = fold(text);
      var first = Math.max(0, starts(hay, terms[0], 0));
      var start = Math.max(0, first - 70), end = Math.min(text.length, start + 240);
      if (start > 0) start = text.indexOf(" ", start) + 1 || start;
      if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), first + 1);
      var p = document.createElement("p"), at = start;
      var marks = [];
      terms.forEach(function (term) {
        for (var i = starts(hay, term, start); i >= 0 && i < end; i = starts(hay, term, i + term.length)) marks.push([i, i + term.length]);
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

    function show(query, terms, found, sets, partial) {
      list.textContent = "";
      found.slice(0, LIMIT).forEach(function (id) {
        var hit = entry(id);
        var li = document.createElement("li"), head = document.createElement("p");
        var link = document.createElement("a"), meta = document.createElement("span");
        head.className = "search-hit";
        link.href = root + "/" + hit.url;
        link.textContent = hit.title;
        meta.className = "search-meta";
        meta.textContent = hit.meta;
        head.appendChild(link);
        head.appendChild(document.createTextNode(" "));
        head.appendChild(meta);
        li.appendChild(head);
        if (hit.text) li.appendChild(snippet(hit.text, terms.filter(function (t, i) { return sets[i][id]; })));
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
      page.setAttribute("data-state", "done");
    }

    function failed(error) {
      list.textContent = "";
      status.textContent = "The search index could not be read (" + error.message + " is missing); rebuilding the site brings it back.";
      page.setAttribute("data-state", "done");
    }

    function run(query) {
      var mine = ++generation;
      var terms = fold(query).match(WORD) || [];
      terms = terms.filter(function (t, i) { return terms.indexOf(t) === i; });
      list.textContent = "";
      if (!terms.length) { status.textContent = ""; page.setAttribute("data-state", "done"); return; }
      if (!manifest) { failed(new Error("search/index.js")); return; }
      page.setAttribute("data-state", "loading");
      // Said only when the scripts take a while to come, so that a quick answer does not flicker.
      setTimeout(function () { if (mine === generation && page.getAttribute("data-state") === "loading") status.textContent = "Searching…"; }, 300);
      var keys = [];
      terms.forEach(function (t) { keys = keys.concat(keysOf(t)); });
      Promise.all(keys.map(function (k) { return load("search/w/" + keyFile(k) + ".js"); })).then(function () {
        if (mine !== generation) return null;
        var sets = terms.map(postings);
        var found = Object.keys(sets[0]).filter(function (id) {
          return sets.every(function (set) { return set[id]; });
        }).map(Number);
        var partial = false;
        if (!found.length && terms.length > 1) {
          // No passage has every word: the passages with most of them, best first, and the reader is told so.
          partial = true;
          var score = {};
          sets.forEach(function (set) { Object.keys(set).forEach(function (id) { score[id] = (score[id] || 0) + 1; }); });
          found = Object.keys(score).map(Number);
          found.sort(function (a, b) { return score[b] - score[a] || byRank(a, b); });
        } else {
          found.sort(byRank);
        }
        var files = [];
        found.slice(0, LIMIT).forEach(function (id) {
          filesOf(id).forEach(function (file) { if (files.indexOf(file) < 0) files.push(file); });
        });
        return Promise.all(files.map(load)).then(function () {
          if (mine === generation) show(query, terms, found, sets, partial);
        });
      }).catch(function (error) { if (mine === generation) failed(error); });
    }

    // results as the reader types, once the words have settled for a moment (each run drops the one before it)
    var typing = 0;
    input.addEventListener("input", function () {
      clearTimeout(typing);
      var value = input.value;
      if (value.trim().length >= 2) typing = setTimeout(function () { run(value); }, 250);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(typing);
      run(input.value);
      try { history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (error) { /* file: pages may refuse */ }
    });
    var initial = new URLSearchParams(location.search).get("q");
    if (initial) { input.value = initial; run(initial); }
  }
  document.addEventListener("DOMContentLoaded", start);
})();
