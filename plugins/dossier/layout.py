"""Node positions for the actor map, computed at build time.

A seeded Fruchterman-Reingold force layout in plain Python: networkx's own
layouts need numpy, which the site does not otherwise need. Repulsion is
counted only between nodes in neighbouring grid cells, so a 500-actor graph
lays out in a second or two rather than minutes. Same input, same output.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import subprocess
import sys
from collections.abc import Callable

from .kept import keep

LAYOUT_FILE = "layout.json"


def force_layout(
    nodes: list[str],
    edges: list[tuple[str, str, float]],
    seed: int = 7,
    iterations: int | None = None,
    size: float = 1000.0,
) -> dict[str, tuple[int, int]]:
    """Integer positions in a square of about `size` units centred on 0, nodes and edges in a fixed order."""
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0, 0)}
    rng = random.Random(seed)
    count = len(nodes)
    ideal = size / math.sqrt(count)  # the distance two linked nodes settle at
    index = {node: i for i, node in enumerate(nodes)}
    x = [rng.uniform(-size / 2, size / 2) for _ in nodes]
    y = [rng.uniform(-size / 2, size / 2) for _ in nodes]
    links = [(index[a], index[b], w) for a, b, w in edges if a in index and b in index and a != b]
    degree = [0.0] * count
    for a, b, w in links:
        degree[a] += w
        degree[b] += w
    rounds = iterations or max(30, min(150, 15000 // count))
    temperature = size / 10
    cell = ideal * 2
    reach = cell * cell
    repulsion = ideal * ideal
    for _ in range(rounds):
        dx = [0.0] * count
        dy = [0.0] * count
        grid: dict[tuple[int, int], list[int]] = {}
        for i in range(count):
            grid.setdefault((int(x[i] // cell), int(y[i] // cell)), []).append(i)
        for (gx, gy), members in grid.items():
            near = [j for ox in (-1, 0, 1) for oy in (-1, 0, 1) for j in grid.get((gx + ox, gy + oy), ())]
            for i in members:
                xi, yi = x[i], y[i]
                push_x = push_y = 0.0
                for j in near:
                    if j <= i:  # each pair once, pushed both ways
                        continue
                    ddx, ddy = xi - x[j], yi - y[j]
                    squared = ddx * ddx + ddy * ddy
                    if squared > reach or squared == 0:
                        continue
                    # the repulsion ideal²/d along the unit vector: no square root needed
                    force = repulsion / squared
                    push_x += ddx * force
                    push_y += ddy * force
                    dx[j] -= ddx * force
                    dy[j] -= ddy * force
                dx[i] += push_x
                dy[i] += push_y
        for a, b, w in links:
            ddx, ddy = x[a] - x[b], y[a] - y[b]
            distance = math.hypot(ddx, ddy) or 0.01
            force = distance * distance / ideal * min(w, 4.0) / 2
            fx, fy = ddx / distance * force, ddy / distance * force
            dx[a] -= fx
            dy[a] -= fy
            dx[b] += fx
            dy[b] += fy
        for i in range(count):
            # a gentle pull to the centre keeps unconnected actors from drifting away
            dx[i] -= x[i] * 0.01 * (1 if degree[i] else 3)
            dy[i] -= y[i] * 0.01 * (1 if degree[i] else 3)
            length = math.hypot(dx[i], dy[i])
            if length > 0:
                step = min(length, temperature)
                x[i] += dx[i] / length * step
                y[i] += dy[i] / length * step
        temperature = max(temperature * 0.95, size / 500)
    return {node: (round(x[i]), round(y[i])) for node, i in index.items()}


def cached_layout(folder: str, nodes: list[str], edges: list[tuple[str, str, float]], seed: int = 7) -> dict[str, tuple[int, int]]:
    """force_layout, kept in folder for the next build: the same nodes, edges and code give the same positions."""
    return layout_later(folder, nodes, edges, seed, apart=False)()


Positions = dict[str, tuple[int, int]]

# force_layout in a process of its own: the same interpreter and code, so the same floating-point steps and positions
_CHILD = """import json, sys
sys.path.insert(0, sys.argv[1])
from dossier.layout import force_layout
nodes, edges, seed = json.load(sys.stdin)
json.dump(force_layout(nodes, [tuple(edge) for edge in edges], seed=seed), sys.stdout)
"""


def layout_later(folder: str, nodes: list[str], edges: list[tuple[str, str, float]], seed: int = 7, apart: bool = True) -> Callable[[], Positions]:
    """cached_layout's positions, to be asked for later: when the cache has none, they are worked out (apart: in a
    process of its own, on another core while the build goes on; a large map's layout takes seconds) and kept once asked for."""
    with open(__file__, "rb") as handle:
        code = handle.read()
    key = hashlib.sha256(code + json.dumps([nodes, edges, seed]).encode()).hexdigest()
    path = os.path.join(folder, LAYOUT_FILE)
    kept = _kept_positions(path, key, nodes)
    if kept is not None:
        return lambda: kept
    process = _start_layout(nodes, edges, seed) if apart and len(nodes) >= APART_FROM else None
    found: list[Positions] = []

    def positions() -> Positions:
        if not found:
            laid = _finished_layout(process, nodes) if process is not None else None
            found.append(laid if laid is not None else force_layout(nodes, edges, seed=seed))
            keep(path, json.dumps({"key": key, "positions": found[0], "check": _check(key, found[0])}).encode())
        return found[0]

    return positions


APART_FROM = 200  # nodes: a smaller map lays out in well under a second, less than starting a process costs to be worth it


def _start_layout(nodes: list[str], edges: list[tuple[str, str, float]], seed: int) -> subprocess.Popen[bytes] | None:
    plugins = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        process = subprocess.Popen(
            [sys.executable, "-I", "-c", _CHILD, plugins], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        assert process.stdin is not None
        process.stdin.write(json.dumps([nodes, edges, seed]).encode())
        process.stdin.close()
        return process
    except (OSError, ValueError):  # no process to be had: the layout is made in this one when asked for
        return None


def _finished_layout(process: subprocess.Popen[bytes], nodes: list[str]) -> Positions | None:
    """The child's positions, or None if it failed (then the caller lays out itself)."""
    try:
        assert process.stdout is not None
        data = process.stdout.read()
        if process.wait() != 0:
            return None
        found = json.loads(data)
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or list(found) != nodes:
        return None
    if not all(isinstance(p, list) and len(p) == 2 and all(type(v) is int for v in p) for p in found.values()):
        return None
    return {node: (place[0], place[1]) for node, place in found.items()}


def _check(key: str, positions: dict[str, tuple[int, int]]) -> str:
    """A digest of the positions under their key: a hand edit of the file (a node moved to [0, 0]) no longer matches."""
    return hashlib.sha256((key + json.dumps(sorted((n, list(p)) for n, p in positions.items()))).encode()).hexdigest()


def _kept_positions(path: str, key: str, nodes: list[str]) -> dict[str, tuple[int, int]] | None:
    """The last build's positions if the file is what it wrote for this very graph, else None (lay out again)."""
    try:
        with open(path, encoding="utf-8") as handle:
            kept = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("key") != key or not isinstance(kept.get("positions"), dict):
        return None
    positions = {}
    for node, place in kept["positions"].items():
        if not (isinstance(place, list) and len(place) == 2 and all(type(v) is int for v in place)):
            return None
        positions[node] = (place[0], place[1])
    if set(positions) != set(nodes) or kept.get("check") != _check(key, positions):
        return None
    return positions
