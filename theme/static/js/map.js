/* Dossier actor map, the page's wiring: vis-network, the toolbar, the filters, search and the panel.
   What is shown, the hash, the starting view, label placement and hit testing are the pure code of
   map-state.js (window.DossierMapState). The page's table and passage list are the map's text twin;
   panels copy passages from them. On a large archive the page holds only the most connected actors and
   their passages (the text twin is a page of its own); the index of the others is data/map-index.js and each
   report's actors, relations and passages are data/map/<slug>.js, classic scripts added when a search, a focus
   or a report's view needs them (no fetch() from file://). */
(function () {
  "use strict";
  var S = window.DossierMapState;
  var app = document.getElementById("map-app");
  var dataNode = document.getElementById("map-data");
  if (!app || !dataNode || !window.vis || !S) return;
  if (window.performance && performance.mark) performance.mark("dossier-map-start");
  var data = JSON.parse(dataNode.textContent);
  // a large map's edges come as [from, relation, to, [passages], more, basis], without ids ("from--relation--to")
  data.edges = data.edges.map(function (item) {
    if (!Array.isArray(item)) return item;
    var e = { id: item[0] + "--" + item[1] + "--" + item[2], from: item[0], relation: item[1], to: item[2], passages: item[3] || [] };
    if (item[4]) e.more = item[4];
    if (item[5]) e.basis = item[5];
    return e;
  });
  app.hidden = false;

  var $ = function (id) { return document.getElementById(id); };
  var stage = $("map-canvas"), shield = $("map-shield"), panel = $("map-panel"), status = $("map-status");
  var title = $("map-panel-title"), body = panel.querySelector(".map-panel-body"), closer = panel.querySelector(".map-panel-close");
  var form = $("map-controls"), search = $("map-search"), results = $("map-results"), filters = $("map-filters");
  var from = $("map-from"), to = $("map-to");
  var coarse = window.matchMedia("(pointer: coarse)").matches;
  var sheetQuery = window.matchMedia("(max-width: 600px)");
  var FONT = 15, READABLE = 11.5, MAX_LABEL = 130;  // canvas units; the starting zoom keeps labels >= READABLE px
  var MIN_SCALE = READABLE / FONT;

  var styles = getComputedStyle(document.body);
  function alpha(color, amount) {
    var parts = color.match(/[\d.]+/g) || ["0", "0", "0"];
    return "rgba(" + parts.slice(0, 3).join(", ") + ", " + amount + ")";
  }
  var fg = styles.color, bg = styles.backgroundColor;
  var focusRing = styles.getPropertyValue("--focus").trim() || "#c2410c";

  var byId = Object.create(null), edgeById = Object.create(null), directed = Object.create(null);
  var measurer = document.createElement("canvas").getContext("2d");
  measurer.font = FONT + "px arial";  // vis-network's default face
  var measure = function (text) { return measurer.measureText(text).width; };
  var boxes = [], placed = [], complete = data.complete !== false;
  var reportsOf = function (numbers) { return numbers.map(function (i) { return data.reports[i]; }); };
  function addNode(n) {
    var style = data.kindStyles[n.kind] || data.kindStyles.unknown || { shape: "dot", color: "#6b6b6b" };
    n.name = n.label;
    n.shape = style.shape;
    n.color = style.color;
    n.kindLabel = data.kinds[n.kind];
    n.search = [S.fold(n.label)].concat(n.aliases || []);
    // on a large archive a node's reports are those whose shard is loaded; `shards` are the ones to load for it
    n.reports = complete ? (n.reports ? reportsOf(n.reports) : data.reports) : [];
    n.shards = n.shards || [];  // numbers in data.reports, which a large map gets with its index
    n.physics = false;
    var lines = S.wrap(n.name, measure, MAX_LABEL);
    n.label = lines.join("\n");
    var box = S.footprint(n, { width: Math.max.apply(null, lines.map(measure)), lines: lines.length }, FONT);
    boxes.push(box);
    byId[n.id] = n;
    return box;
  }
  data.nodes.forEach(function (n) { n.core = true; addNode(n); });
  // Labels must not cover other labels or nodes: nodes are moved apart from their build-time places as little as that asks.
  var boxById = Object.create(null), everything = { nodes: Object.create(null), edges: Object.create(null) };
  boxes.forEach(function (b) { boxById[b.id] = b; everything.nodes[b.id] = true; });
  data.edges.forEach(function (e) { everything.edges[e.id] = true; });
  // a few actors with no relation, which the layout keeps far apart, are drawn together to about one and a half
  // labels between neighbours, so that the starting view can hold them all at a readable zoom
  var placing = { gap: 10, near: 1.5 * MAX_LABEL };
  placed = S.spread(S.rank(data.nodes, data.edges, everything).map(function (id) { return boxById[id]; }), placing);
  boxes.forEach(function (b) { byId[b.id].x = b.x; byId[b.id].y = b.y; });

  // Every other actor, to find by name: [id, name, kind, x, y, size, statements, page, [reports], reports in all, [aliases]].
  var indexById = Object.create(null), everyone = Object.create(null), findable = data.nodes.slice();
  Object.keys(byId).forEach(function (id) { everyone[id] = true; });
  function addIndex(entries) {
    entries.forEach(function (entry) {
      var stub = { id: entry[0], label: entry[1], name: entry[1], kind: entry[2], x: entry[3], y: entry[4], size: entry[5], statements: entry[6], page: entry[7], shards: entry[8], inReports: entry[9], aliases: entry[10] };
      stub.search = [S.fold(stub.name)].concat(stub.aliases);
      stub.kindLabel = data.kinds[stub.kind];
      indexById[stub.id] = everyone[stub.id] = stub;
      findable.push(stub);
    });
  }

  // The passage list comes after the map in the page, so that the map draws before the text twin is parsed;
  // dates are read from it when a date filter or a panel first needs them.
  var passageDates = null;
  function datesOf(e) {
    if (!e.dates) {
      if (document.readyState === "loading") return null;
      if (!passageDates) {
        passageDates = Object.create(null);
        document.querySelectorAll(".passages li").forEach(function (li) {
          var time = li.querySelector("time");
          if (time) passageDates[li.id] = time.getAttribute("datetime");
        });
      }
      e.dates = e.passages.map(function (id) { return store[id] ? store[id][2] : passageDates[id]; }).filter(Boolean).sort();
    }
    return e.dates;
  }
  function addEdge(e) {
    var style = data.edgeStyles[e.relation];
    for (var key in style) e[key] = style[key];
    e.baseColor = e.color;
    e.label_text = data.relations[e.relation];
    directed[e.relation] = !!(style.arrows && style.arrows.to && style.arrows.to.enabled);
    edgeById[e.id] = e;
    return e;
  }
  data.edges.forEach(function (e) {
    e.core = true;
    e.reports = complete ? (e.reports ? reportsOf(e.reports) : data.reports) : [];
    e.passages = e.passages.map(function (n) { return "ev-" + n; });
    addEdge(e);
  });
  var graph = { nodes: data.nodes, edges: data.edges, byId: byId };
  Object.keys(data.edgeStyles).forEach(function (kind) {
    var arrows = data.edgeStyles[kind].arrows;
    directed[kind] = !!(arrows && arrows.to && arrows.to.enabled);
  });

  function make(tag, text, cls) {
    var el = document.createElement(tag);
    if (text) el.textContent = text;
    if (cls) el.className = cls;
    return el;
  }
  function values(name) {
    return Array.prototype.filter.call(form.querySelectorAll("input[name=" + name + "]"), function (i) { return i.checked; })
      .map(function (i) { return i.value; });
  }

  // --- state, kept in the URL hash ---------------------------------------------------------
  var known = {
    ids: everyone,
    reports: data.reports,
    kinds: Array.prototype.map.call(form.querySelectorAll("input[name=kind]"), function (i) { return i.value; }),
    relations: Array.prototype.map.call(form.querySelectorAll("input[name=relation]"), function (i) { return i.value; })
  };
  if (data.hiddenRelations) {  // relation types off until asked for (co-mention on a large map)
    known.shownRelations = known.relations.filter(function (r) { return data.hiddenRelations.indexOf(r) < 0; });
  }
  var state = S.readHash(location.hash, known);
  function showState() {  // the form shows the state
    form.querySelectorAll("input[name=kind]").forEach(function (i) { i.checked = state.kinds.indexOf(i.value) >= 0; });
    form.querySelectorAll("input[name=relation]").forEach(function (i) { i.checked = state.relations.indexOf(i.value) >= 0; });
    if (from) from.value = state.from;
    if (to) to.value = state.to;
  }
  function writeHash() {
    var hash = S.writeHash(state, known);
    if (!hash && S.isPlace(location.hash)) return;  // a link to a place on the page (the table) is left for the browser to follow
    if (hash !== location.hash) {
      try { history.replaceState(null, "", hash || location.pathname + location.search); } catch (error) { /* file: pages may refuse */ }
    }
  }

  // --- what is visible ---------------------------------------------------------------------
  var shown = { nodes: Object.create(null), edges: Object.create(null) };
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !!shown.nodes[n.id]; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return !!shown.edges[e.id]; } });

  var options = data.options;
  options.nodes.font = { size: FONT, color: fg, strokeWidth: 3, strokeColor: bg };
  options.interaction.zoomView = false;
  options.interaction.dragView = !coarse;
  options.interaction.dragNodes = !coarse;
  options.interaction.hover = !coarse;
  showState();
  shown = S.visible(graph, state, datesOf);
  var network = new vis.Network(stage, { nodes: nodeView, edges: edgeView }, options);
  network.once("afterDrawing", function () { if (window.performance && performance.mark) performance.mark("dossier-map-drawn"); });

  // --- report shards: data/map/<slug>.js calls dossierMapShard({report, nodes, edges, passages}) ------------
  var loaded = Object.create(null), waiting = Object.create(null), store = Object.create(null), loading = 0;
  var registryEdges = [];
  // a large map's own passages come with its data (its text twin is a page of its own): [text, url, date, date label, where]
  // (where as a number in data.passageWheres)
  (data.passages || []).forEach(function (passage, i) { store["ev-" + (i + 1)] = passage.slice(0, 4).concat([data.passageWheres[passage[4]]]); });
  // The index of the actors the page does not hold is data/map-index.js, added (once) when a search, a focus
  // or a report's shard first needs it: dossierMapIndex({index, registryEdges}).
  var indexed = complete, indexWaiting = [];
  window.dossierMapIndex = function (payload) {
    if (indexed || !payload) return;
    indexed = true;
    addIndex(payload.index || []);
    registryEdges = payload.registryEdges || [];
    if (payload.reports) data.reports = known.reports = payload.reports;
  };
  function withIndex(done) {
    if (indexed) { done(); return; }
    indexWaiting.push(done);
    if (indexWaiting.length > 1) return;
    loading++;
    var script = document.createElement("script");
    script.src = app.getAttribute("data-root") + "/data/map-index.js";
    script.onload = script.onerror = function () {
      script.remove();
      indexed = true;  // a missing index leaves the page's own actors: nothing more to wait for
      var callbacks = indexWaiting;
      indexWaiting = [];
      callbacks.forEach(function (callback) { callback(); });
      loading--;
      describe();
    };
    document.head.appendChild(script);
  }
  function materialize(id, added) {
    if (byId[id]) return byId[id];
    var stub = indexById[id];
    if (!stub) return null;
    var n = { id: id, label: stub.name, kind: stub.kind, x: stub.x, y: stub.y, size: stub.size, inReports: stub.inReports, shards: stub.shards };
    if (stub.statements) n.statements = stub.statements;
    if (stub.page) n.page = stub.page;
    if (stub.aliases.length) n.aliases = stub.aliases;
    added.push(addNode(n));
    data.nodes.push(n);
    return n;
  }
  window.dossierMapShard = function (shard) {
    var slug = shard && shard.report;
    if (!slug || loaded[slug] || data.reports.indexOf(slug) < 0) return;
    loaded[slug] = true;
    var added = [], newEdges = [];
    shard.nodes.forEach(function (item) {
      var n = materialize(item.id, added);
      if (!n) return;
      if (item.affiliation) n.affiliation = item.affiliation;
      if (item.description) n.description = item.description;
      if (n.reports.indexOf(slug) < 0) n.reports.push(slug);
    });
    var keys = shard.passages.map(function (passage, i) { var key = slug + ":" + i; store[key] = passage; return key; });
    shard.edges.forEach(function (item) {
      if (!materialize(item.from, added) || !materialize(item.to, added) || !data.edgeStyles[item.relation]) return;
      var e = edgeById[item.id];
      if (!e) {
        e = addEdge({ id: item.id, from: item.from, to: item.to, relation: item.relation, passages: [], reports: [] });
        if (item.basis) e.basis = item.basis;
        data.edges.push(e);
        newEdges.push(e);
      }
      if (e.reports.indexOf(slug) >= 0) return;
      e.reports.push(slug);
      e.passages = e.passages.concat(item.passages.map(function (i) { return keys[i]; }));
      // a relation the page holds already counts all its passages; one from the shards counts them report by report
      if (!e.core) e.more = (e.more || 0) + (item.more || 0);
      delete e.dates;
    });
    registryEdges = registryEdges.filter(function (r) {
      if (!byId[r[1]] || !byId[r[2]]) return true;
      var e = addEdge({ id: r[0], from: r[1], to: r[2], relation: "affiliation", passages: [], reports: [], basis: "actor registry" });
      data.edges.push(e);
      newEdges.push(e);
      return false;
    });
    if (added.length) {  // new actors go to their layout places, moved only as far as their labels need
      placing.fixed = placed.length;
      placed = S.spread(placed.concat(added), placing);
      added.forEach(function (b) { byId[b.id].x = b.x; byId[b.id].y = b.y; boxById[b.id] = b; });
      nodes.add(added.map(function (b) { return byId[b.id]; }));
    }
    if (newEdges.length) edges.add(newEdges);
  };
  // Loads the shards of these reports (each once) by script tags, then calls done.
  function load(slugs, done) {
    if (!indexed) { withIndex(function () { load(slugs, done); }); return; }  // a shard's actors are found in the index
    var left = 0;
    function one() { if (--left === 0) { loading--; done(); } }
    slugs.forEach(function (slug) {
      if (loaded[slug]) return;
      left++;
      if (waiting[slug]) { waiting[slug].push(one); return; }
      waiting[slug] = [one];
      var script = document.createElement("script");
      script.src = app.getAttribute("data-root") + "/data/map/" + encodeURIComponent(slug) + ".js";
      script.onload = script.onerror = function () {
        var callbacks = waiting[slug];
        delete waiting[slug];
        script.remove();
        callbacks.forEach(function (callback) { callback(); });
      };
      document.head.appendChild(script);
    });
    if (left) loading++;
    else done();
  }
  // The shards a state needs: the report it shows, and the reports that name the actor in focus.
  function needed() {
    if (complete) return [];
    var slugs = state.report ? [state.report] : [];
    var focus = state.focus && (byId[state.focus] || indexById[state.focus]);
    if (focus) slugs = slugs.concat(reportsOf(indexById[state.focus] ? indexById[state.focus].shards : []).concat(focus.core ? reportsOf(focus.shards) : []));
    return slugs;
  }
  // Shows the state now, and again once the shards it needs are loaded.
  function go(reset, after) {
    apply(reset);
    var slugs = needed();
    if (!slugs.some(function (slug) { return !loaded[slug]; })) {
      if (after) after();
      return;
    }
    load(slugs, function () {
      apply(reset);
      if (after) after();
    });
    if (loading) describe();
  }
  function nameOf(id) { return (byId[id] || indexById[id] || { name: id }).name; }

  function describe() {
    var counts = { nodes: Object.keys(shown.nodes).length, allNodes: data.actorCount || data.nodes.length, edges: Object.keys(shown.edges).length, allEdges: data.relationCount || data.edges.length };
    status.textContent = loading ? "Loading…" : S.describe(counts, state, state.focus ? nameOf(state.focus) : "");
    app.querySelector("[data-action=clear]").hidden = !(state.focus || state.report);
  }
  function viewport() {
    return { width: stage.clientWidth, height: stage.clientHeight };
  }
  // A report's own view starts with all its actors in view where they fit at a readable zoom: the whole map leaves a
  // report's actors where their other reports' relations put them, often far apart, so they are drawn together as the
  // whole map draws its own unrelated actors (S.spread's `near`), keeping their order; every other view keeps the
  // whole map's places.
  var moved = Object.create(null), arranged = "";  // actors drawn away from their place on the whole map: their box in this view
  function arrange() {
    arranged = state.report;
    var next = Object.create(null), updates = [];
    if (state.report) {
      var own = S.rank(data.nodes, data.edges, shown).map(function (id) {
        var box = boxById[id], copy = {};
        for (var key in box) copy[key] = box[key];
        return copy;
      });
      S.spread(own, { gap: placing.gap, near: placing.near });
      fit(own);
      own.forEach(function (c) { if (c.x !== boxById[c.id].x || c.y !== boxById[c.id].y) next[c.id] = c; });
    }
    Object.keys(moved).forEach(function (id) { if (!next[id]) updates.push({ id: id, x: boxById[id].x, y: boxById[id].y }); });
    Object.keys(next).forEach(function (id) { updates.push({ id: id, x: next[id].x, y: next[id].y }); });
    moved = next;
    if (updates.length) nodes.update(updates);
  }
  // Boxes drawn closer together, their places scaled about their centre, until all of them fit the canvas at a zoom
  // where labels are readable, if their labels leave room for that (a fifth of the canvas, as S.spread allows);
  // too many actors for that are left as they are, and the starting view shows the most connected.
  function fit(own) {
    var room = viewport(), width = Math.max(room.width - 24, 1) / MIN_SCALE, height = Math.max(room.height - 24, 1) / MIN_SCALE;
    var cover = 0;
    own.forEach(function (b) { cover += (b.left + b.right + placing.gap) * (b.top + b.bottom + placing.gap); });
    if (own.length < 2 || cover > 0.2 * width * height) return;
    for (var round = 0; round < 4; round++) {
      var area = own.map(S.bounds).reduce(function (a, b) {
        return { left: Math.min(a.left, b.left), right: Math.max(a.right, b.right), top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) };
      });
      var wide = area.right - area.left, high = area.bottom - area.top;
      if (wide <= width && high <= height) return;
      var x = (area.left + area.right) / 2, y = (area.top + area.bottom) / 2, factor = 0.95 * Math.min(width / wide, height / high);
      own.forEach(function (b) { b.x = Math.round(x + (b.x - x) * factor); b.y = Math.round(y + (b.y - y) * factor); });
      S.spread(own, { gap: placing.gap });
    }
  }
  // The starting view: the most connected actors at a zoom where their labels are readable.
  function startView() {
    var here = boxes.filter(function (b) { return shown.nodes[b.id]; }).map(function (b) { return moved[b.id] || b; });
    var view = S.startView(here, S.rank(data.nodes, data.edges, shown), viewport(), { minScale: MIN_SCALE, maxScale: 1.4, margin: 12 });
    network.moveTo({ position: { x: view.x, y: view.y }, scale: view.scale, animation: false });
  }
  // In a report's own view the text twin below lists what the map shows, that report's relations and their passages;
  // in every other view all of them, as without JavaScript (read once the page is parsed: it comes after the map).
  var twin = null;
  function showTwin() {
    if (!complete) return;
    if (document.readyState === "loading") {
      if (!twin) { twin = {}; document.addEventListener("DOMContentLoaded", showTwin); }
      return;
    }
    if (!twin || !twin.rows) {
      var table = document.querySelector(".map-text .relations-table");
      twin = {
        rows: document.querySelectorAll(".map-text tr[data-edge]"),
        passages: document.querySelectorAll(".map-passages .passages li"),
        list: document.querySelector("section.map-passages"),
        lead: document.querySelector(".actor-map > .lead"),
        scope: document.querySelector(".map-text .map-table-scope"),
        alone: document.querySelectorAll(".map-unrelated li[data-actor]"),
        aloneBox: document.querySelector(".map-unrelated"),
        table: table,
        note: table ? table.previousElementSibling : null,
        shown: ""
      };
    }
    var key = state.report ? Object.keys(shown.edges).sort().join(" ") + " | " + Object.keys(shown.nodes).sort().join(" ") : "";
    if (twin.shown === key && twin.report === state.report) return;
    twin.shown = key;
    twin.report = state.report;
    var cited = Object.create(null), count = 0;
    twin.rows.forEach(function (row) {
      var id = row.getAttribute("data-edge"), on = !state.report || !!shown.edges[id];
      row.hidden = !on;
      if (!on) return;
      count++;
      if (state.report && edgeById[id]) edgeById[id].passages.forEach(function (pid) { cited[pid] = true; });
    });
    var any = false;
    twin.passages.forEach(function (li) { li.hidden = !!state.report && !cited[li.id]; any = any || !li.hidden; });
    if (twin.list) twin.list.hidden = !any;
    if (twin.lead) twin.lead.hidden = !!state.report;  // the whole map's counts: the status line and the scope say the report's
    if (twin.table) twin.table.hidden = !!state.report && !count;
    if (twin.note) twin.note.hidden = !!state.report && !count;
    var alone = 0;  // the actors drawn without a line: in a report's view, that report's only
    twin.alone.forEach(function (li) { li.hidden = !!state.report && !shown.nodes[li.getAttribute("data-actor")]; alone += li.hidden ? 0 : 1; });
    if (twin.aloneBox) twin.aloneBox.hidden = !alone;
    if (!twin.scope) return;
    var all = twin.rows.length;
    twin.scope.hidden = !state.report || !all;  // no relation anywhere: the table's place says so already
    twin.scope.textContent = !state.report ? "" : !count
      ? "The map shows no relation between this report’s actors; “Show everyone” lists the " + plural(all, "relation") + " of all reports."
      : "This report’s " + plural(count, "relation") + " as the map shows them" + (count < all ? ", of the " + all + " in all reports; “Show everyone” lists them all." : ".");
  }
  // In a report's own view the key names only the kinds of actor and relation drawn; elsewhere all of the map's.
  var keyItems = panel.querySelectorAll(".map-key li");
  function showKey() {
    var drawn = Object.create(null);
    Object.keys(shown.nodes).forEach(function (id) { drawn["kind " + byId[id].kind] = true; });
    Object.keys(shown.edges).forEach(function (id) { drawn["relation " + edgeById[id].relation] = true; });
    keyItems.forEach(function (li) {
      var kind = li.getAttribute("data-kind"), relation = li.getAttribute("data-relation");
      li.hidden = !!state.report && !drawn[kind ? "kind " + kind : "relation " + relation];
    });
  }
  function apply(reset) {
    shown = S.visible(graph, state, datesOf);
    if (reset || state.report !== arranged) arrange();
    nodeView.refresh();
    edgeView.refresh();
    writeHash();
    describe();
    showTwin();
    showKey();
    if (selection && !(selection.node ? shown.nodes[selection.node] : shown.edges[selection.edge])) clearSelection();
    else dim();
    if (reset) startView();
    if (!selection) showIntro();
  }

  // --- selection: the neighbourhood stays, the rest is dimmed -----------------------------
  var selection = null, dimmed = false;
  function dim() {
    var hood = selection ? S.neighbourhood(data.edges, shown.edges, selection) : null;
    if (!hood && !dimmed) return;
    var faint = alpha(fg, 0.25);
    nodes.update(data.nodes.map(function (n) {
      var on = !hood || hood.nodes[n.id];
      return { id: n.id, opacity: on ? 1 : 0.18, font: { color: on ? fg : faint } };
    }));
    edges.update(data.edges.map(function (e) {
      var on = !hood || hood.edges[e.id];
      var color = { color: e.baseColor.color, highlight: e.baseColor.highlight, hover: e.baseColor.hover, opacity: on ? 1 : 0.08 };
      return { id: e.id, color: color };
    }));
    dimmed = !!hood;
  }
  function select(next) {
    selection = next;
    if (next.node) network.selectNodes([next.node]);
    else network.selectEdges([next.edge]);
    dim();
  }
  function clearSelection() {
    selection = null;
    network.unselectAll();
    dim();
  }
  network.on("afterDrawing", function (context) {  // a ring around the selected actor
    if (!selection || !selection.node || !shown.nodes[selection.node]) return;
    var n = byId[selection.node], position = network.getPositions([n.id])[n.id], scale = network.getScale();
    context.save();
    context.beginPath();
    context.arc(position.x, position.y, n.size + 5 / scale, 0, 2 * Math.PI);
    context.lineWidth = 3 / scale;
    context.strokeStyle = focusRing;
    context.stroke();
    context.restore();
  });

  // Centre an actor in the part of the canvas the reader can see (above the sheet on a phone), readable.
  function reveal(id) {
    var position = network.getPositions([id])[id];
    if (!position) return;
    var box = stage.getBoundingClientRect(), sheet = isSheet() && !panel.hidden;
    if (sheet || box.top < 0 || box.top > window.innerHeight / 2) {  // under a sheet, the map is scrolled to the top
      stage.parentNode.scrollIntoView({ block: "start" });
      box = stage.getBoundingClientRect();
    }
    var top = Math.max(box.top, 0), bottom = Math.min(box.bottom, window.innerHeight);
    if (sheet) bottom = Math.min(bottom, panel.getBoundingClientRect().top);
    var offset = { x: 0, y: Math.round((top + bottom) / 2 - (box.top + box.bottom) / 2) };
    network.moveTo({ position: position, scale: Math.max(network.getScale(), MIN_SCALE), offset: offset, animation: false });
  }

  // --- the panel: beside the map on a wide screen, a bottom sheet on a phone -------------------
  function isSheet() { return sheetQuery.matches; }
  function openPanel(heading) {
    panel.classList.remove("is-intro");
    panel.querySelector(".map-top").textContent = "";
    title.textContent = heading;
    body.textContent = "";
    closer.hidden = false;
    panel.hidden = false;
  }
  function showIntro() {
    panel.classList.add("is-intro");
    // with no line drawn the ranking is by statements alone: "connected" would promise relations the view has none of
    title.textContent = Object.keys(shown.edges).length ? "Most connected" : "Most quoted";
    body.textContent = "";
    closer.hidden = true;
    var list = panel.querySelector(".map-top");
    list.textContent = "";
    S.rank(data.nodes, data.edges, shown).slice(0, 8).forEach(function (id) {
      var li = make("li");
      li.appendChild(button(byId[id].name, function () { choose(id); }, "map-link"));
      list.appendChild(li);
    });
    if (isSheet()) panel.hidden = true;
  }
  function closePanel() {
    clearSelection();
    showIntro();
    if (isSheet()) panel.hidden = true;
    stage.focus();
  }
  function button(text, handler, cls) {
    var b = make("button", text, cls || "map-action");
    b.type = "button";
    b.addEventListener("click", handler);
    return b;
  }
  function passages(e) {
    var list = make("ol", "", "map-passages"), seen = Object.create(null);
    e.passages.forEach(function (pid) {
      var found = store[pid];
      if (found) {  // from a report's shard: [text, url, date, date label, where]; the page may list the same one
        if (seen[found[1] + " " + found[0]]) return;
        seen[found[1] + " " + found[0]] = true;
        var item = make("li"), where = make("span", "", "where"), link = make("a", found[4]);
        item.appendChild(make("q", found[0]));
        item.appendChild(document.createTextNode(" "));
        link.href = app.getAttribute("data-root") + "/" + found[1];
        where.appendChild(link);
        if (found[2]) {
          var time = make("time", found[3]);
          time.setAttribute("datetime", found[2]);
          where.appendChild(document.createTextNode(", "));
          where.appendChild(time);
        }
        item.appendChild(where);
        list.appendChild(item);
        return;
      }
      var source = $(pid);
      if (!source) return;
      var li = source.cloneNode(true), link = li.querySelector(".where a"), text = li.querySelector("q");
      li.removeAttribute("id");
      if (link && text) seen[link.getAttribute("href").replace(/^\.\//, "") + " " + text.textContent] = true;
      list.appendChild(li);
    });
    return list;
  }
  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }
  // what a line rests on: its passages, and for an affiliation the actor registry (named as such, never quoted)
  function basisOf(e) { var count = e.passages.length + (e.more || 0); return (e.basis ? e.basis + (count ? ", " : "") : "") + (count || !e.basis ? plural(count, "passage") : ""); }
  function showNode(id, moveFocus) {
    var n = byId[id];
    if (!n) return;
    select({ node: id });
    openPanel(n.name);
    body.appendChild(make("p", n.kindLabel + (n.affiliation ? " · " + n.affiliation : ""), "meta"));
    if (n.description) body.appendChild(make("p", n.description));
    if (n.page) {
      var p = make("p"), a = make("a", n.statements ? "What " + n.name + " said (" + plural(n.statements, "statement") + ")" : n.name + "’s page");
      a.href = app.getAttribute("data-root") + "/" + n.page;
      p.appendChild(a);
      body.appendChild(p);
    }
    if (state.focus !== id) body.appendChild(button("Show only " + n.name + "’s relations", function () { state.focus = id; state.report = ""; go(true, function () { showNode(id, true); reveal(id); }); }));
    if (!complete && n.inReports > n.shards.length) body.appendChild(make("p", "Relations from the latest " + n.shards.length + " of the " + n.inReports + " reports that name " + n.name + " when shown alone; each report’s own map has the rest.", "meta"));
    var groups = S.relationsOf(id, data.edges, shown.edges, known.relations, directed);
    groups.forEach(function (group) {
      var words = data.relations[group.relation];
      var heading = words.charAt(0).toUpperCase() + words.slice(1) + (group.outgoing ? "" : " " + n.name);
      body.appendChild(make("h3", heading + " (" + group.items.length + ")"));
      var list = make("ul", "", "map-relations");
      group.items.forEach(function (item) {
        var e = edgeById[item.edge], other = byId[item.other];
        var li = make("li");
        var label = (e.from === id ? e.label_text + " " + other.name : other.name + " " + e.label_text + " " + n.name) + " · " + basisOf(e);
        li.appendChild(button(label, function () { showEdge(e.id, true); }, "map-link"));
        li.appendChild(passages(e));
        list.appendChild(li);
      });
      body.appendChild(list);
    });
    if (!groups.length) body.appendChild(make("p", "No relation of this actor is shown with the current filters.", "meta"));
    if (moveFocus) title.focus({ preventScroll: true });
  }
  function showEdge(id, moveFocus) {
    var e = edgeById[id], a = byId[e.from], b = byId[e.to];
    select({ edge: id });
    openPanel(a.name + " " + e.label_text + " " + b.name);
    var dates = datesOf(e) || [], first = dates[0], last = dates[dates.length - 1];
    var span = first ? (first === last ? first : first + " to " + last) : "";
    body.appendChild(make("p", basisOf(e) + (span ? ", " + span : "") + (e.more ? "; " + e.passages.length + " shown here, all in data/relations.csv" : ""), "meta"));
    body.appendChild(passages(e));
    [a, b].forEach(function (n) { body.appendChild(button(n.name, function () { showNode(n.id, true); reveal(n.id); })); });
    if (moveFocus) title.focus({ preventScroll: true });
  }
  closer.addEventListener("click", closePanel);
  document.addEventListener("click", function (event) {  // the filters and the search results close on a click elsewhere
    if (filters.open && !filters.contains(event.target)) filters.open = false;
    if (results.children.length && !form.contains(event.target)) results.textContent = "";
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    if (filters.open) { filters.open = false; filters.querySelector("summary").focus(); }
    else if (results.children.length) results.textContent = "";
    else if (selection) closePanel();
  });

  // --- picking: nodes before edges, a node's label counts, and a 24-px target at least -----------
  function pick(point) {
    var scale = network.getScale(), items = [];
    Object.keys(shown.nodes).forEach(function (id) {
      var at = network.canvasToDOM(network.getPositions([id])[id]), box = boxById[id];
      items.push({
        id: id, x: at.x, y: at.y, r: byId[id].size * scale,
        label: { left: at.x - box.label.left * scale, right: at.x + (box.label.width - box.label.left) * scale, top: at.y + box.label.top * scale, bottom: at.y + (box.label.top + box.label.height) * scale }
      });
    });
    var node = S.hitTest(point, items, { minRadius: 14, slop: 6 });
    if (node !== null) return { node: node };
    var edge = network.getEdgeAt(point);
    return edge !== undefined ? { edge: edge } : null;
  }
  function tapAt(point) {
    var hit = pick(point);
    if (hit && hit.node) { showNode(hit.node, false); reveal(hit.node); }
    else if (hit) showEdge(hit.edge, false);
    else if (selection) closePanel();
  }
  network.on("click", function (params) {
    if (!coarse || exploring) tapAt(params.pointer.DOM);
  });
  network.on("dragStart", function (params) {  // a node dragged is a node picked
    if (params.nodes.length) showNode(params.nodes[0], false);
  });

  // On touch screens a shield lets one finger scroll the page; a tap still picks what is under it.
  shield.hidden = !coarse;
  shield.addEventListener("click", function (event) {
    var box = stage.getBoundingClientRect();
    tapAt({ x: event.clientX - box.left, y: event.clientY - box.top });
  });
  var exploring = false;
  function setExplore(on) {
    exploring = on;
    shield.hidden = !coarse || on;
    network.setOptions({ interaction: { zoomView: on, dragView: on || !coarse, dragNodes: on || !coarse } });
    app.querySelector("[data-action=explore]").setAttribute("aria-pressed", String(on));
  }

  // --- toolbar, filters, search ------------------------------------------------------------
  app.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("button[data-action]");
    var action = target && target.getAttribute("data-action");
    if (action === "zoom-in" || action === "zoom-out") network.moveTo({ scale: network.getScale() * (action === "zoom-in" ? 1.3 : 1 / 1.3) });
    else if (action === "fit") network.fit({ nodes: Object.keys(shown.nodes) });
    else if (action === "explore") setExplore(!exploring);
    else if (action === "clear") { state.focus = ""; state.report = ""; go(true); }
    else if (action === "png") downloadPng();
  });
  form.addEventListener("change", function (event) {
    if (event.target === search) return;
    state.kinds = values("kind");
    state.relations = values("relation");
    state.from = from && S.isDate(from.value) ? from.value : "";
    state.to = to && S.isDate(to.value) ? to.value : "";
    apply(false);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); var first = results.querySelector("button"); if (first) first.click(); });
  search.addEventListener("focus", function () { withIndex(function () {}); });
  search.addEventListener("input", function showHits() {
    results.textContent = "";
    if (!search.value.trim()) return;
    if (!indexed) { withIndex(showHits); return; }
    var hits = S.search(findable, search.value, 8);
    hits.forEach(function (n) {
      var li = make("li");
      li.appendChild(button(n.name + " (" + n.kindLabel + ")", function () { choose(n.id); }));
      results.appendChild(li);
    });
    if (!hits.length) results.appendChild(make("li", "No actor matches.", "meta"));
  });
  function choose(id) {
    results.textContent = "";
    var found = byId[id] || indexById[id];
    if (state.kinds.indexOf(found.kind) < 0) state.kinds.push(found.kind);
    if (!found.core) {  // an actor the page does not hold: its reports are loaded and the map shows it with its relations
      state.focus = id;
      state.report = "";
      showState();
      go(true, function () {
        if (!shown.nodes[id]) return;
        showNode(id, true);
        reveal(id);
      });
      return;
    }
    if (!shown.nodes[id] || state.focus) { state.focus = ""; state.report = ""; }
    showState();
    apply(false);
    if (!shown.nodes[id]) return;  // hidden by the relation or date filters: nothing to centre on
    showNode(id, true);
    reveal(id);
  }

  function downloadPng() {
    var source = stage.querySelector("canvas"), out = document.createElement("canvas");
    out.width = source.width; out.height = source.height;
    var context = out.getContext("2d");
    context.fillStyle = bg;
    context.fillRect(0, 0, out.width, out.height);
    context.drawImage(source, 0, 0);
    var link = make("a");
    link.href = out.toDataURL("image/png");
    link.download = "actor-map.png";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function showFocus() {
    if (state.focus && shown.nodes[state.focus]) { showNode(state.focus, false); reveal(state.focus); }
  }
  function followHash() {
    state = S.readHash(location.hash, known);
    showState();
    go(true, showFocus);
  }
  // an actor in the hash the page does not hold, or a report, is known once the index is in
  var wantsIndex = function () { return !indexed && /(^#|&)(focus|report)=/.test(location.hash); };
  window.addEventListener("hashchange", function () {
    if (S.isPlace(location.hash)) return;  // a link within the page (the table, a passage) changes nothing on the map
    if (wantsIndex()) withIndex(followHash);
    else followHash();
  });
  sheetQuery.addEventListener("change", function () { if (!selection) showIntro(); else panel.hidden = false; });
  if (wantsIndex()) withIndex(followHash);  // not go() first: it would write the hash without the focus it cannot read yet
  else go(true, showFocus);
  if ((state.from || state.to) && document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { apply(true); });
  window.dossierMap = {
    loading: function () { return loading; },
    loadedReports: function () { return Object.keys(loaded).sort(); },
    network: network,
    shownEdges: function () { return Object.keys(shown.edges); },
    shownNodes: function () { return Object.keys(shown.nodes); },
    selection: function () { return selection; },
    minScale: MIN_SCALE,
    fontSize: FONT
  };
})();
