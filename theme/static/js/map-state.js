/* Dossier actor map, the pure part: the state kept in the URL hash, what is shown, the starting view,
   where labels go and what a tap hits. No DOM and no vis-network here: map.js wires this to the page,
   and tests/fixtures/map-state.html tests it on its own. Exposed as window.DossierMapState. */
(function (root) {
  "use strict";

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }
  function set(keys) {
    var out = Object.create(null);
    (keys || []).forEach(function (key) { out[key] = true; });
    return out;
  }

  // Names are folded by the site's one folding rule (fold.js, loaded before this file).
  function fold(text) {
    return root.dossierFold(String(text));
  }

  // --- the hash: "#focus=id&report=slug&kinds=a,b&relations=a,b&from=YYYY-MM-DD&to=YYYY-MM-DD" -------

  function decode(text) {
    try {
      return decodeURIComponent(text);
    } catch (error) {
      return null;  // "%" or a cut UTF-8 sequence: that part is ignored
    }
  }
  function isDate(text) {
    var match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text || "");
    if (!match) return false;
    var year = +match[1], month = +match[2], day = +match[3];
    var date = new Date(Date.UTC(year, month - 1, day));
    return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }
  function hashParams(hash) {
    var params = Object.create(null);
    String(hash || "").replace(/^#/, "").split("&").forEach(function (part) {
      var cut = part.indexOf("=");
      var key = decode(cut < 0 ? part : part.slice(0, cut)), value = decode(cut < 0 ? "" : part.slice(cut + 1));
      if (key && value !== null && !(key in params)) params[key] = value;
    });
    return params;
  }
  // known: {ids: {id: true}, reports: [slug], kinds: [kind], relations: [kind], shownRelations: [kind] (the
  // relation types shown when the hash names none; all of them if absent)}. Whatever is not known is ignored.
  function defaultRelations(known) {
    return known.shownRelations ? known.relations.filter(function (r) { return known.shownRelations.indexOf(r) >= 0; }) : known.relations.slice();
  }
  function readHash(hash, known) {
    var params = hashParams(hash);
    function list(text, all, fallback) {
      if (text === undefined) return fallback.slice();
      if (text === "") return [];  // everything unchecked
      var wanted = set(text.split(","));
      var kept = all.filter(function (value) { return wanted[value]; });
      return kept.length ? kept : all.slice();  // only unknown names: ignored
    }
    var state = {
      focus: params.focus !== undefined && has(known.ids, params.focus) ? params.focus : "",
      report: params.report !== undefined && known.reports.indexOf(params.report) >= 0 ? params.report : "",
      kinds: list(params.kinds, known.kinds, known.kinds),
      relations: list(params.relations, known.relations, defaultRelations(known)),
      from: isDate(params.from) ? params.from : "",
      to: isDate(params.to) ? params.to : ""
    };
    if (state.from && state.to && state.from > state.to) state.from = state.to = "";
    return state;
  }
  // A fragment that names a place on the page (#map-table-heading, #ev-3), not a state: it has no "key=value" part.
  function isPlace(hash) {
    return /^#[^=&]+$/.test(String(hash || ""));
  }
  function writeHash(state, known) {
    var parts = [];
    if (state.focus) parts.push("focus=" + encodeURIComponent(state.focus));
    if (state.report) parts.push("report=" + encodeURIComponent(state.report));
    if (state.kinds.length !== known.kinds.length) parts.push("kinds=" + state.kinds.map(encodeURIComponent).join(","));
    if (state.relations.join(",") !== defaultRelations(known).join(",")) parts.push("relations=" + state.relations.map(encodeURIComponent).join(","));
    if (state.from) parts.push("from=" + state.from);
    if (state.to) parts.push("to=" + state.to);
    return parts.length ? "#" + parts.join("&") : "";
  }

  // --- what is shown ------------------------------------------------------------------------

  function inRange(dates, from, to) {
    if (!from && !to) return true;
    if (!dates.length) return true;  // affiliations and undated passages are not filtered by date
    return dates.some(function (d) { return (!from || d >= from) && (!to || d <= to); });
  }
  // graph: {nodes: [{id, kind, reports}], edges: [{id, from, to, relation, reports}], byId}; datesOf(edge) gives
  // its passages' dates, or null while they are not known (then the dates do not filter yet).
  function visible(graph, state, datesOf) {
    var nodes = Object.create(null), edges = Object.create(null);
    var kindOn = set(state.kinds), relationOn = set(state.relations);
    function inReport(item) { return !state.report || !item.reports || item.reports.indexOf(state.report) >= 0; }
    graph.edges.forEach(function (e) {
      var a = graph.byId[e.from], b = graph.byId[e.to];
      if (!a || !b || !relationOn[e.relation] || !kindOn[a.kind] || !kindOn[b.kind]) return;
      var dates = (state.from || state.to) && datesOf ? datesOf(e) : null;
      if (dates && !inRange(dates, state.from, state.to)) return;
      // an edge with no report of its own and no passage (an affiliation from the registry) is in a report where its source is
      if (state.report && (e.reports && e.reports.length ? e.reports.indexOf(state.report) < 0 : (e.passages && e.passages.length > 0) || !inReport(a))) return;
      if (state.focus && e.from !== state.focus && e.to !== state.focus) return;
      edges[e.id] = true;
      nodes[e.from] = nodes[e.to] = true;
    });
    graph.nodes.forEach(function (n) {
      if (!kindOn[n.kind]) return;
      if (state.focus ? n.id === state.focus : inReport(n)) nodes[n.id] = true;
    });
    return { nodes: nodes, edges: edges };
  }
  // An actor, or a relation, with what it touches among the shown edges.
  function neighbourhood(edges, shownEdges, selection) {
    var nodes = Object.create(null), kept = Object.create(null);
    edges.forEach(function (e) {
      if (!shownEdges[e.id]) return;
      if (selection.edge ? e.id === selection.edge : e.from === selection.node || e.to === selection.node) {
        kept[e.id] = true;
        nodes[e.from] = nodes[e.to] = true;
      }
    });
    if (selection.node) nodes[selection.node] = true;
    return { nodes: nodes, edges: kept };
  }
  // Actors by how connected they are among the shown relations, then by how often they are quoted.
  function rank(nodes, edges, shown) {
    var degree = Object.create(null);
    edges.forEach(function (e) {
      if (!shown.edges[e.id]) return;
      degree[e.from] = (degree[e.from] || 0) + 1;
      degree[e.to] = (degree[e.to] || 0) + 1;
    });
    return nodes.filter(function (n) { return shown.nodes[n.id]; }).sort(function (a, b) {
      return (degree[b.id] || 0) - (degree[a.id] || 0) || (b.statements || 0) - (a.statements || 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    }).map(function (n) { return n.id; });
  }
  // An actor's relations, grouped by type and direction, in the order of `order` (the relation types).
  function relationsOf(id, edges, shownEdges, order, directed) {
    var groups = [], byKey = Object.create(null);
    edges.forEach(function (e) {
      if ((e.from !== id && e.to !== id) || !shownEdges[e.id]) return;
      var outgoing = e.from === id || !directed[e.relation];
      var key = e.relation + (outgoing ? ">" : "<");
      if (!byKey[key]) {
        byKey[key] = { relation: e.relation, outgoing: outgoing, items: [] };
        groups.push(byKey[key]);
      }
      byKey[key].items.push({ edge: e.id, other: e.from === id ? e.to : e.from });
    });
    return groups.sort(function (a, b) {
      return order.indexOf(a.relation) - order.indexOf(b.relation) || (a.outgoing ? 0 : 1) - (b.outgoing ? 0 : 1);
    });
  }
  function search(nodes, query, limit) {
    var folded = fold(query.trim());
    if (!folded) return [];
    return nodes.filter(function (n) {
      return n.search.some(function (s) { return s.indexOf(folded) >= 0; });
    }).slice(0, limit || 8);
  }
  function describe(counts, state, focusName) {
    // in one report's view the counts are that report's own, short enough for one line on a phone
    function part(shown, all, word) {
      var whole = state.report || shown === all;
      return (whole ? shown : shown + " of " + all) + " " + word + ((whole ? shown : all) === 1 ? "" : "s");
    }
    var text = part(counts.nodes, counts.allNodes, "actor") + ", " + part(counts.edges, counts.allEdges, "relation");
    if (state.focus) text = "Around " + focusName + ": " + text;
    if (state.report) text += ", in one report";
    return text + ".";
  }

  // --- geometry, in vis-network's canvas units ----------------------------------------------

  // Splits a label into lines no wider than maxWidth (a single long word keeps its own line).
  function wrap(label, measure, maxWidth) {
    var lines = [];
    String(label).split(/\s+/).forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && measure(lines[last] + " " + word) <= maxWidth) lines[last] += " " + word;
      else lines.push(word);
    });
    return lines;
  }
  // What a node covers: its shape and its label below it, as vis-network draws them
  // (the label's top is size + fontSize / 2 + 4 below the node's centre, one fontSize a line).
  function footprint(node, label, fontSize) {
    var half = Math.max(node.size, label.width / 2 + 2);
    var labelTop = node.size + fontSize / 2 + 4;
    return {
      id: node.id, x: node.x, y: node.y, size: node.size,
      left: half, right: half, top: node.size, bottom: labelTop + label.lines * fontSize + 2,
      label: { left: label.width / 2 + 2, top: labelTop, width: label.width + 4, height: label.lines * fontSize + 2 }
    };
  }
  function bounds(box) {
    return { left: box.x - box.left, right: box.x + box.right, top: box.y - box.top, bottom: box.y + box.bottom };
  }
  function labelBounds(box) {
    return { left: box.x - box.label.left, right: box.x - box.label.left + box.label.width, top: box.y + box.label.top, bottom: box.y + box.label.top + box.label.height };
  }
  function shapeBounds(box) {
    return { left: box.x - box.size, right: box.x + box.size, top: box.y - box.size, bottom: box.y + box.size };
  }
  function overlap(a, b) {
    return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;
  }
  // Label overlaps among boxes: a label over another label, or over another node's shape.
  function overlaps(boxes) {
    var labels = 0, nodes = 0;
    boxes.forEach(function (a, i) {
      var la = labelBounds(a);
      boxes.forEach(function (b, j) {
        if (i === j) return;
        if (j > i && overlap(la, labelBounds(b))) labels++;
        if (overlap(la, shapeBounds(b))) nodes++;
      });
    });
    return { labelLabel: labels, labelNode: nodes };
  }
  // The median of the boxes' distances to their nearest neighbour (a lower median: same input, same output).
  function nearestMedian(boxes) {
    var nearest = boxes.map(function (a) {
      var best = Infinity;
      boxes.forEach(function (b) { if (b !== a) best = Math.min(best, Math.sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y))); });
      return best;
    }).sort(function (a, b) { return a - b; });
    return nearest[Math.floor((nearest.length - 1) / 2)];
  }
  // Places boxes so that none overlaps another (with `gap` between them): in the given order (most connected
  // first), each stays where the layout put it if that place is free, else goes to the nearest free place.
  // A map too crowded for that is first spread out evenly, by a factor written to options.factor. With
  // options.near, no map is drawn with its actors further than that from their nearest neighbour (by the median):
  // a few actors with no relation, which the layout keeps far apart, are drawn together (a factor below 1) so that
  // the whole map can be seen at once, and a small map is spread no further than that. With options.fixed = n, the first n
  // boxes are already placed: they stay, and the others are scaled by options.factor (from the first placement)
  // before they are placed around them. Same input, same output.
  function spread(boxes, options) {
    options = options || {};
    var gap = options.gap !== undefined ? options.gap : 8, fixed = options.fixed || 0;
    if (!fixed) options.factor = 1;
    if (fixed) boxes.slice(fixed).forEach(function (b) { b.x *= options.factor || 1; b.y *= options.factor || 1; });
    if (boxes.length < 2) return boxes;
    var area = 0, cell = 0, minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    boxes.forEach(function (b) {
      area += (b.left + b.right + gap) * (b.top + b.bottom + gap);
      cell = Math.max(cell, b.left + b.right + gap, b.top + b.bottom + gap);
      minX = Math.min(minX, b.x); maxX = Math.max(maxX, b.x); minY = Math.min(minY, b.y); maxY = Math.max(maxY, b.y);
    });
    var room = Math.max(maxX - minX, 1) * Math.max(maxY - minY, 1);
    var crowding = area / (room * 0.2);  // boxes should cover at most about a fifth of the map
    var factor = !fixed && crowding > 1 ? Math.sqrt(crowding) : 1;
    if (!fixed && options.near) factor = Math.min(factor, options.near / Math.max(nearestMedian(boxes), 1));
    if (factor !== 1) {
      boxes.forEach(function (b) { b.x *= factor; b.y *= factor; });
      options.factor = factor;
    }
    var grid = new Map();
    function key(gx, gy) { return (gx + 1048576) * 2097152 + gy + 1048576; }
    function free(x, y, b) {
      var left = x - b.left, right = x + b.right, top = y - b.top, bottom = y + b.bottom;
      for (var gx = Math.floor(left / cell); gx <= Math.floor(right / cell); gx++) {
        for (var gy = Math.floor(top / cell); gy <= Math.floor(bottom / cell); gy++) {
          var placed = grid.get(key(gx, gy));
          if (!placed) continue;
          for (var i = 0; i < placed.length; i++) {
            var o = placed[i];
            if (Math.min(right, o.x + o.right) - Math.max(left, o.x - o.left) + gap > 0 &&
                Math.min(bottom, o.y + o.bottom) - Math.max(top, o.y - o.top) + gap > 0) return false;
          }
        }
      }
      return true;
    }
    function place(b) {
      for (var gx = Math.floor((b.x - b.left) / cell); gx <= Math.floor((b.x + b.right) / cell); gx++) {
        for (var gy = Math.floor((b.y - b.top) / cell); gy <= Math.floor((b.y + b.bottom) / cell); gy++) {
          var k = key(gx, gy);
          if (!grid.has(k)) grid.set(k, []);
          grid.get(k).push(b);
        }
      }
    }
    var step = Math.max(16, gap), reach = 24, offsets = [];
    for (var ox = -reach; ox <= reach; ox++) for (var oy = -reach; oy <= reach; oy++) offsets.push([ox, oy, ox * ox + oy * oy]);
    offsets.sort(function (a, b) { return a[2] - b[2] || a[0] - b[0] || a[1] - b[1]; });  // nearest first, in a fixed order
    boxes.forEach(function (b, index) {
      if (index < fixed) { place(b); return; }
      var x0 = Math.round(b.x), y0 = Math.round(b.y), x = x0, y = y0, found = false;
      for (var k = 0; k < offsets.length && !found; k++) {
        x = x0 + offsets[k][0] * step;
        y = y0 + offsets[k][1] * step;
        found = free(x, y, b);
      }
      for (var ring = reach + 1; !found; ring++) {  // rarely: further out, ring by ring
        for (var i = -ring; i <= ring && !found; i++) {
          var sides = [[i, -ring], [i, ring], [-ring, i], [ring, i]];
          for (var s = 0; s < 4 && !found; s++) {
            x = x0 + sides[s][0] * step;
            y = y0 + sides[s][1] * step;
            found = free(x, y, b);
          }
        }
      }
      b.x = x;
      b.y = y;
      place(b);
    });
    return boxes;
  }
  // The starting view: the most connected actors that fit in the viewport at a scale where labels stay
  // readable (minScale), taken in rank order; the view is centred on them and zoomed no further than maxScale.
  function startView(boxes, ranked, viewport, options) {
    var byId = Object.create(null);
    boxes.forEach(function (b) { byId[b.id] = b; });
    var margin = options.margin || 16, width = Math.max(viewport.width - 2 * margin, 1), height = Math.max(viewport.height - 2 * margin, 1);
    var area = null, ids = [];
    ranked.forEach(function (id) {
      var b = byId[id];
      if (!b) return;
      var box = bounds(b);
      var next = area ? { left: Math.min(area.left, box.left), right: Math.max(area.right, box.right), top: Math.min(area.top, box.top), bottom: Math.max(area.bottom, box.bottom) } : box;
      var scale = Math.min(width / (next.right - next.left), height / (next.bottom - next.top));
      if (area && scale < options.minScale) return;
      area = next;
      ids.push(id);
    });
    if (!area) return { x: 0, y: 0, scale: 1, ids: [] };
    var fit = Math.min(width / (area.right - area.left), height / (area.bottom - area.top));
    return {
      x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2,
      scale: Math.max(options.minScale, Math.min(options.maxScale, fit)), ids: ids
    };
  }
  // What a tap or click at `point` picks, in screen pixels: the nearest node within its radius plus
  // `slop` (at least minRadius), else a node whose label is under the point; nodes come before edges.
  function hitTest(point, items, options) {
    var best = null, bestDistance = Infinity, minRadius = options.minRadius || 12, slop = options.slop || 4;
    items.forEach(function (item) {
      var distance = Math.sqrt((item.x - point.x) * (item.x - point.x) + (item.y - point.y) * (item.y - point.y));
      if (distance <= Math.max(item.r + slop, minRadius) && distance < bestDistance) {
        best = item.id;
        bestDistance = distance;
      }
    });
    if (best !== null) return best;
    for (var i = 0; i < items.length; i++) {
      var l = items[i].label;
      if (l && point.x >= l.left - 2 && point.x <= l.right + 2 && point.y >= l.top - 2 && point.y <= l.bottom + 2) return items[i].id;
    }
    return null;
  }

  root.DossierMapState = {
    fold: fold, isDate: isDate, readHash: readHash, writeHash: writeHash, isPlace: isPlace, inRange: inRange, visible: visible,
    neighbourhood: neighbourhood, rank: rank, relationsOf: relationsOf, search: search, describe: describe,
    wrap: wrap, footprint: footprint, bounds: bounds, labelBounds: labelBounds, overlaps: overlaps, spread: spread,
    startView: startView, hitTest: hitTest
  };
})(this);
