/* Dossier actor map: vis-network over build-time positions, with filters, search, focus and panels.
   The page's table and passage list are the map's text twin; panels copy passages from them. */
(function () {
  "use strict";
  var app = document.getElementById("map-app");
  var dataNode = document.getElementById("map-data");
  if (!app || !dataNode || !window.vis) return;
  if (window.performance && performance.mark) performance.mark("dossier-map-start");
  var data = JSON.parse(dataNode.textContent);
  app.hidden = false;

  var $ = function (id) { return document.getElementById(id); };
  var stage = $("map-canvas"), shield = $("map-shield"), panel = $("map-panel"), status = $("map-status");
  var title = $("map-panel-title"), body = panel.querySelector(".map-panel-body");
  var form = $("map-controls"), search = $("map-search"), results = $("map-results");
  var from = $("map-from"), to = $("map-to");
  var coarse = window.matchMedia("(pointer: coarse)").matches;
  var byId = {}, edgeById = {};
  function fold(text) {
    return window.dossierFold(text);
  }
  data.nodes.forEach(function (n) {
    var style = data.kindStyles[n.kind];
    n.shape = style.shape;
    n.color = style.color;
    n.kindLabel = data.kinds[n.kind];
    n.search = [fold(n.label)].concat(n.aliases || []);
    n.reports = n.reports ? n.reports.map(function (i) { return data.reports[i]; }) : data.reports;
    n.physics = false;
    byId[n.id] = n;
  });
  // The passage list comes after the map in the page, so that the map draws before the text twin is parsed;
  // dates are read from it when a date filter or a panel first needs them.
  var passageDates = null;
  function datesOf(e) {
    if (!e.dates) {
      if (!passageDates) {
        passageDates = {};
        document.querySelectorAll(".passages li").forEach(function (li) {
          var time = li.querySelector("time");
          if (time) passageDates[li.id] = time.getAttribute("datetime");
        });
      }
      e.dates = e.passages.map(function (id) { return passageDates[id]; }).filter(Boolean).sort();
    }
    return e.dates;
  }
  data.edges.forEach(function (e) {
    var style = data.edgeStyles[e.relation];
    for (var key in style) e[key] = style[key];
    e.label_text = data.relations[e.relation];
    e.reports = e.reports ? e.reports.map(function (i) { return data.reports[i]; }) : data.reports;
    e.passages = e.passages.map(function (n) { return "ev-" + n; });
    edgeById[e.id] = e;
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
  var allKinds = Array.prototype.map.call(form.querySelectorAll("input[name=kind]"), function (i) { return i.value; });
  var allRelations = Array.prototype.map.call(form.querySelectorAll("input[name=relation]"), function (i) { return i.value; });
  var state = {};
  function readHash() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var pair = part.split("=");
      if (pair[0]) params[decodeURIComponent(pair[0])] = decodeURIComponent(pair[1] || "");
    });
    state = {
      focus: byId[params.focus] ? params.focus : "",
      report: params.report || "",
      kinds: params.kinds ? params.kinds.split(",") : allKinds.slice(),
      relations: params.relations ? params.relations.split(",") : allRelations.slice(),
      from: /^\d{4}-\d\d-\d\d$/.test(params.from || "") ? params.from : "",
      to: /^\d{4}-\d\d-\d\d$/.test(params.to || "") ? params.to : ""
    };
    showState();
  }
  function showState() {  // the form shows the state
    form.querySelectorAll("input[name=kind]").forEach(function (i) { i.checked = state.kinds.indexOf(i.value) >= 0; });
    form.querySelectorAll("input[name=relation]").forEach(function (i) { i.checked = state.relations.indexOf(i.value) >= 0; });
    if (from) from.value = state.from;
    if (to) to.value = state.to;
  }
  function writeHash() {
    var parts = [];
    if (state.focus) parts.push("focus=" + encodeURIComponent(state.focus));
    if (state.report) parts.push("report=" + encodeURIComponent(state.report));
    if (state.kinds.length !== allKinds.length) parts.push("kinds=" + state.kinds.join(","));
    if (state.relations.length !== allRelations.length) parts.push("relations=" + state.relations.join(","));
    if (state.from) parts.push("from=" + state.from);
    if (state.to) parts.push("to=" + state.to);
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (hash !== location.hash) history.replaceState(null, "", hash || location.pathname + location.search);
  }

  // --- what is visible ---------------------------------------------------------------------
  var shownEdges = {}, shownNodes = {};
  function inDates(e) {
    if (!state.from && !state.to) return true;
    if (document.readyState === "loading") return true;  // the passage list is not parsed yet: filter once it is
    var dates = datesOf(e);
    if (!dates.length) return true;  // affiliations and undated passages are not filtered by date
    return dates.some(function (d) { return (!state.from || d >= state.from) && (!state.to || d <= state.to); });
  }
  function compute() {
    shownEdges = {}; shownNodes = {};
    var kindOn = {}, relationOn = {};
    state.kinds.forEach(function (k) { kindOn[k] = true; });
    state.relations.forEach(function (r) { relationOn[r] = true; });
    var inReport = function (n) { return !state.report || n.reports.indexOf(state.report) >= 0; };
    data.edges.forEach(function (e) {
      var a = byId[e.from], b = byId[e.to];
      if (!relationOn[e.relation] || !kindOn[a.kind] || !kindOn[b.kind] || !inDates(e)) return;
      if (state.report && (e.reports.length ? e.reports.indexOf(state.report) < 0 : !inReport(a))) return;
      if (state.focus && e.from !== state.focus && e.to !== state.focus) return;
      shownEdges[e.id] = true;
      shownNodes[e.from] = shownNodes[e.to] = true;
    });
    data.nodes.forEach(function (n) {
      if (!kindOn[n.kind]) return;
      if (state.focus ? n.id === state.focus : inReport(n)) shownNodes[n.id] = true;
    });
  }
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !!shownNodes[n.id]; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return !!shownEdges[e.id]; } });

  var styles = getComputedStyle(document.body);
  var options = data.options;
  options.nodes.font.color = styles.color;
  options.nodes.font.strokeColor = styles.backgroundColor;
  options.interaction.zoomView = false;
  options.interaction.dragView = !coarse;
  options.interaction.dragNodes = !coarse;
  readHash();
  var datesWaiting = (state.from || state.to) && document.readyState === "loading";
  compute();
  var network = new vis.Network(stage, { nodes: nodeView, edges: edgeView }, options);
  network.once("afterDrawing", function () { if (window.performance && performance.mark) performance.mark("dossier-map-drawn"); });

  function describe() {
    var n = Object.keys(shownNodes).length, e = Object.keys(shownEdges).length;
    var text = "Showing " + n + " of " + data.nodes.length + " actors and " + e + " of " + data.edges.length + " relations";
    if (state.focus) text += ", around " + byId[state.focus].label;
    if (state.report) text += ", in one report";
    status.textContent = text + ".";
    app.querySelector("[data-action=clear]").hidden = !(state.focus || state.report);
  }
  function apply(fit) {
    compute();
    nodeView.refresh();
    edgeView.refresh();
    writeHash();
    describe();
    if (fit) network.fit({ nodes: Object.keys(shownNodes), animation: false });
  }

  // --- panels ------------------------------------------------------------------------------
  var pinned = false;
  function openPanel(heading, pin) {
    pinned = pin;
    title.textContent = heading;
    body.textContent = "";
    panel.hidden = false;
  }
  function closePanel(returnFocus) {
    panel.hidden = true;
    pinned = false;
    network.unselectAll();
    if (returnFocus) stage.focus();
  }
  function button(text, handler) {
    var b = make("button", text, "map-action");
    b.type = "button";
    b.addEventListener("click", handler);
    return b;
  }
  function showNode(id, pin) {
    var n = byId[id];
    openPanel(n.label, pin);
    body.appendChild(make("p", n.kindLabel + (n.affiliation ? " · " + n.affiliation : ""), "meta"));
    if (n.description) body.appendChild(make("p", n.description));
    if (n.page) {
      var p = make("p"), a = make("a", n.statements ? "What " + n.label + " said (" + n.statements + " statement" + (n.statements === 1 ? "" : "s") + ")" : n.label + "’s page");
      a.href = app.getAttribute("data-root") + "/" + n.page;
      p.appendChild(a);
      body.appendChild(p);
    }
    if (state.focus !== id) body.appendChild(button("Show only " + n.label + "’s relations", function () { state.focus = id; apply(true); showNode(id, true); }));
    var list = make("ul");
    data.edges.forEach(function (e) {
      if (e.from !== id && e.to !== id) return;
      var other = byId[e.from === id ? e.to : e.from];
      var words = e.from === id ? e.label_text + " " + other.label : other.label + " " + e.label_text + " " + n.label;
      var li = make("li");
      li.appendChild(button(words + " (" + e.passages.length + ")", function () { network.selectEdges([e.id]); showEdge(e.id, true); }));
      list.appendChild(li);
    });
    if (list.children.length) { body.appendChild(make("p", "Relations:", "meta")); body.appendChild(list); }
    if (pin) title.focus({ preventScroll: coarse });
  }
  function showEdge(id, pin) {
    var e = edgeById[id], a = byId[e.from], b = byId[e.to];
    openPanel(a.label + " " + e.label_text + " " + b.label, pin);
    var dates = datesOf(e), first = dates[0], last = dates[dates.length - 1];
    var span = first ? (first === last ? first : first + " to " + last) : "";
    var count = e.passages.length + (e.more || 0);
    body.appendChild(make("p", count + " passage" + (count === 1 ? "" : "s") + (span ? ", " + span : "") + (e.more ? "; " + e.passages.length + " shown here, all in data/relations.csv" : ""), "meta"));
    var list = make("ol");
    e.passages.forEach(function (pid) {
      var source = $(pid);
      if (!source) return;
      var li = source.cloneNode(true);
      li.removeAttribute("id");
      list.appendChild(li);
    });
    body.appendChild(list);
    [a, b].forEach(function (n) { body.appendChild(button(n.label, function () { network.selectNodes([n.id]); showNode(n.id, true); })); });
    if (pin) title.focus({ preventScroll: coarse });
  }
  panel.querySelector(".map-panel-close").addEventListener("click", function () { closePanel(true); });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape" && !panel.hidden) closePanel(true); });

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0], true);
    else if (params.edges.length) showEdge(params.edges[0], true);
    else if (!panel.hidden) closePanel(false);
  });
  network.on("hoverNode", function (params) { if (!pinned) showNode(params.node, false); });
  network.on("hoverEdge", function (params) { if (!pinned) showEdge(params.edge, false); });

  // On touch screens a shield lets one finger scroll the page; a tap still picks what is under it.
  shield.hidden = !coarse;
  shield.addEventListener("click", function (event) {
    var box = stage.getBoundingClientRect(), point = { x: event.clientX - box.left, y: event.clientY - box.top };
    var node = network.getNodeAt(point), edge = node === undefined ? network.getEdgeAt(point) : undefined;
    if (node !== undefined) { network.selectNodes([node]); showNode(node, true); }
    else if (edge !== undefined) { network.selectEdges([edge]); showEdge(edge, true); }
    else if (!panel.hidden) closePanel(false);
  });
  var exploring = false;
  function setExplore(on) {
    exploring = on;
    shield.hidden = !coarse || on;
    network.setOptions({ interaction: { zoomView: on, dragView: on || !coarse, dragNodes: on || !coarse } });
    app.querySelector("[data-action=explore]").setAttribute("aria-pressed", String(on));
  }

  // --- toolbar, filters, search ------------------------------------------------------------
  app.querySelector(".map-toolbar").addEventListener("click", function (event) {
    var action = event.target.closest("button") && event.target.closest("button").getAttribute("data-action");
    if (action === "zoom-in" || action === "zoom-out") network.moveTo({ scale: network.getScale() * (action === "zoom-in" ? 1.3 : 1 / 1.3) });
    else if (action === "fit") network.fit({ nodes: Object.keys(shownNodes) });
    else if (action === "explore") setExplore(!exploring);
    else if (action === "clear") { state.focus = ""; state.report = ""; apply(true); }
    else if (action === "png") downloadPng();
  });
  form.addEventListener("change", function () {
    state.kinds = values("kind");
    state.relations = values("relation");
    state.from = from ? from.value : "";
    state.to = to ? to.value : "";
    apply(false);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); var first = results.querySelector("button"); if (first) first.click(); });
  search.addEventListener("input", function () {
    var query = fold(search.value.trim());
    results.textContent = "";
    if (!query) return;
    var hits = data.nodes.filter(function (n) { return n.search.some(function (s) { return s.indexOf(query) >= 0; }); }).slice(0, 8);
    hits.forEach(function (n) {
      var li = make("li");
      li.appendChild(button(n.label + " (" + n.kindLabel + ")", function () { choose(n.id); }));
      results.appendChild(li);
    });
    if (!hits.length) results.appendChild(make("li", "No actor matches.", "meta"));
  });
  function choose(id) {
    if (state.kinds.indexOf(byId[id].kind) < 0) state.kinds.push(byId[id].kind);
    if (!shownNodes[id] || state.focus) { state.focus = ""; state.report = ""; }
    showState();
    apply(false);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
    showNode(id, true);
  }

  function downloadPng() {
    var source = stage.querySelector("canvas"), out = document.createElement("canvas");
    out.width = source.width; out.height = source.height;
    var context = out.getContext("2d");
    context.fillStyle = styles.backgroundColor;
    context.fillRect(0, 0, out.width, out.height);
    context.drawImage(source, 0, 0);
    var link = make("a");
    link.href = out.toDataURL("image/png");
    link.download = "actor-map.png";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  window.addEventListener("hashchange", function () { readHash(); apply(true); if (state.focus) showNode(state.focus, false); });
  apply(true);
  if (datesWaiting) document.addEventListener("DOMContentLoaded", function () { apply(true); });
  if (state.focus) { network.selectNodes([state.focus]); showNode(state.focus, false); }
  window.dossierMap = { network: network, shownEdges: function () { return Object.keys(shownEdges); }, shownNodes: function () { return Object.keys(shownNodes); } };
})();
