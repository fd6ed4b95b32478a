"""What the map shows in the browser, measured from vis-network's own drawing: used by tests/test_map.py and bench/map.py."""

from __future__ import annotations

# Label boxes as vis-network draws them and node shapes, in canvas units, for the shown actors: the label's
# width and height are vis-network's (labelModule.size), its place is where vis-network draws a label below a
# shape (size + font / 2 + 4 under the centre; labelModule.size.top is only current for nodes drawn in view);
# counts a label over another label and a label over another actor's shape, among all shown actors and among
# those whose node is inside the canvas at the current view.
LABEL_OVERLAPS = """() => {
  const net = window.dossierMap.network, stage = document.getElementById('map-canvas');
  const width = stage.clientWidth, height = stage.clientHeight;
  const items = window.dossierMap.shownNodes().map(id => {
    const n = net.body.nodes[id], l = n.labelModule.size, r = n.options.size, dom = net.canvasToDOM({x: n.x, y: n.y});
    const top = n.y + r + n.labelModule.fontOptions.size / 2 + 4;
    return {id, inView: dom.x >= 0 && dom.x <= width && dom.y >= 0 && dom.y <= height,
      label: {left: n.x - l.width / 2, right: n.x + l.width / 2, top, bottom: top + l.height},
      shape: {left: n.x - r, right: n.x + r, top: n.y - r, bottom: n.y + r}};
  });
  const cross = (a, b) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
  const count = {labelLabel: 0, labelNode: 0, labelLabelInView: 0, labelNodeInView: 0, inView: items.filter(i => i.inView).length, shown: items.length, pairs: []};
  items.forEach((a, i) => items.forEach((b, j) => {
    if (i === j) return;
    const both = a.inView && b.inView;
    if (j > i && cross(a.label, b.label)) { count.labelLabel++; if (both) count.labelLabelInView++; if (count.pairs.length < 10) count.pairs.push([a.id, b.id, 'labels']); }
    if (cross(a.label, b.shape)) { count.labelNode++; if (both) count.labelNodeInView++; if (count.pairs.length < 10) count.pairs.push([a.id, b.id, 'label over node']); }
  }));
  return count;
}"""

# The starting view: vis-network's scale, the label font size it draws with, and the labels' size on screen.
START_VIEW = """() => {
  const net = window.dossierMap.network, ids = window.dossierMap.shownNodes();
  const font = Math.min(...ids.map(id => net.body.nodes[id].labelModule.fontOptions.size));
  return {scale: net.getScale(), font, labelPx: net.getScale() * font};
}"""

# Each shown actor's opacity and each shown relation's line opacity, as vis-network holds them.
OPACITIES = """() => {
  const net = window.dossierMap.network, nodes = {}, edges = {};
  window.dossierMap.shownNodes().forEach(id => { const o = net.body.nodes[id].options.opacity; nodes[id] = o === undefined ? 1 : o; });
  window.dossierMap.shownEdges().forEach(id => { const c = net.body.edges[id].options.color; edges[id] = c.opacity === undefined ? 1 : c.opacity; });
  return {nodes, edges};
}"""
