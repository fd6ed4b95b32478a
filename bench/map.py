"""Benchmark: the actor map page's weight on the first report, the first frame of a 500-actor map, and what
the first screen shows at 360x740 and 1280x800 (canvas place, starting zoom and label size, actors in view,
label overlaps at the build-time positions and at the starting view). Then, at archive scale (bench/archive.py's
realistic archive, 1,000 reports unless --reports says otherwise; --no-archive skips it): the map page's initial
transfer (the page and every stylesheet and script it loads before the first frame, gzipped), its first frame,
the report shards, how long a searched actor outside the page's own takes to be loaded and shown, a report's own
view, and which shards a warm build rewrites after a one-report edit.

Prints figures; it asserts nothing (targets: the map page's own HTML, CSS and JS <= 60 KB for the
first report, the shared vis-network file not counted; a 500-actor graph draws its first frame in < 1 s;
the canvas in the first screen, labels >= 11 px at the starting zoom, no label over another label or node).
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM_ARGS, run_build, wait_until  # noqa: E402
from map_checks import LABEL_OVERLAPS, START_VIEW  # noqa: E402

SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vos", "du", "sel", "an", "bri", "cor", "ez", "fa", "gil", "ho", "ix"]


def word(number: int) -> str:
    letters = []
    for _ in range(3):
        letters.append(SYLLABLES[number % len(SYLLABLES)])
        number //= len(SYLLABLES)
    return "".join(letters).capitalize()


def synthetic_content(folder: Path, actors: int = 500, sentences: int = 1500) -> None:
    names = [f"{word(n)} {word(n * 7 + 3)}x" for n in range(actors)]
    registry = "".join(
        f'[[actor]]\nid = "a{n}"\nname = "{name}"\nkind = "{("person", "organization", "outlet")[n % 3]}"\n\n' for n, name in enumerate(names)
    )
    (folder / "reports").mkdir(parents=True)
    (folder / "actors.toml").write_text(registry, encoding="utf-8")
    paragraphs = []
    verbs = ["met", "warned", "praised", "spoke with", "was named with"]
    for n in range(sentences):
        a, b = names[n % actors], names[(n * 37 + (n // actors) * 101 + 11) % actors]
        day = n % 28 + 1
        if n % 10 == 0:
            paragraphs.append(f'On March {day}, 2023, {a} said: "We will work with {b} on every question before us."[^1]')
        else:
            paragraphs.append(f"On March {day}, 2023, {a} {verbs[n % len(verbs)]} {b}.")
    body = "\n\n".join(paragraphs[:750]) + "\n\n## Second Part\n\n" + "\n\n".join(paragraphs[750:])
    report = f'+++\ntitle = "Synthetic Map Report"\ndate = 2023-04-01\nslug = "synthetic"\n+++\n\n{body}\n\n[^1]: Wire, March 3, 2023.\n'
    (folder / "reports" / "synthetic.md").write_text(report, encoding="utf-8")


def own_weight(site: Path) -> tuple[int, int]:
    files = [
        site / "map.html",
        *(site / "theme").glob("css/map.*.css"),
        *(site / "theme").glob("js/map.*.js"),
        *(site / "theme").glob("js/map-state.*.js"),
    ]
    raw = sum(f.stat().st_size for f in files)
    return raw, sum(len(gzip.compress(f.read_bytes(), 9)) for f in files)


def first_frames(page, site: Path, loads: int = 5) -> list[float]:
    times = []
    starts = first_frames.starts = []
    for _ in range(loads):
        page.goto((site / "map.html").as_uri())
        wait_until(page, "performance.getEntriesByName('dossier-map-drawn').length > 0", timeout=30)
        times.append(page.evaluate("performance.getEntriesByName('dossier-map-drawn')[0].startTime"))
        starts.append(page.evaluate("performance.getEntriesByName('dossier-map-start')[0].startTime"))
    return times


# Label overlaps at the layout's own positions, before the page moves labels apart: the same measure as
# LABEL_OVERLAPS, on the boxes map-state.js computes from the payload.
RAW_OVERLAPS = """() => {
  const S = window.DossierMapState, data = JSON.parse(document.getElementById('map-data').textContent);
  const context = document.createElement('canvas').getContext('2d');
  context.font = window.dossierMap.fontSize + 'px arial';
  const measure = text => context.measureText(text).width;
  const boxes = data.nodes.map(n => {
    const lines = S.wrap(n.label, measure, 130);
    return S.footprint(n, {width: Math.max(...lines.map(measure)), lines: lines.length}, window.dossierMap.fontSize);
  });
  return S.overlaps(boxes);
}"""

FIRST_SCREEN = """() => {
  const stage = document.querySelector('.map-stage').getBoundingClientRect();
  return {top: stage.top, bottom: stage.bottom, height: innerHeight};
}"""


def first_screen(browser, site: Path) -> list[str]:
    lines = []
    for name, options in (
        ("phone 360x740", {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}),
        ("desktop 1280x800", {"viewport": {"width": 1280, "height": 800}}),
    ):
        context = browser.new_context(**options)
        page = context.new_page()
        page.goto((site / "map.html").as_uri())
        wait_until(page, "window.dossierMap !== undefined", timeout=30)
        screen, start, overlaps = page.evaluate(FIRST_SCREEN), page.evaluate(START_VIEW), page.evaluate(LABEL_OVERLAPS)
        lines.append(
            f"{name}: canvas {screen['top']:.0f}-{screen['bottom']:.0f} px of {screen['height']}; starting zoom {start['scale']:.2f}, "
            f"labels {start['labelPx']:.1f} px; {overlaps['inView']} of {overlaps['shown']} actors in view; "
            f"label overlaps: {overlaps['labelLabel']} label-label, {overlaps['labelNode']} label-node "
            f"({overlaps['labelLabelInView']} and {overlaps['labelNodeInView']} in view)"
        )
        if name.startswith("desktop"):
            raw = page.evaluate(RAW_OVERLAPS)
            lines.append(
                f"  at the layout's own positions, before labels are moved apart: {raw['labelLabel']} label-label, {raw['labelNode']} label-node"
            )
        context.close()
    return lines


def build(content: Path, output: Path) -> str:
    """A build of any size (conftest's run_build stops at two minutes); returns its progress lines."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    command = [sys.executable, "-m", "sitebuild", "--content", str(content), "--output", str(output)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout + result.stderr


def initial_transfer(site: Path) -> list[tuple[str, int, int]]:
    """map.html and every stylesheet and classic script it names: what loads before the first frame."""
    html = (site / "map.html").read_text(encoding="utf-8")
    names = ["map.html", *re.findall(r'<link rel="stylesheet" href="\./([^"]+)"', html), *re.findall(r'<script src="\./([^"]+)"', html)]
    return [(name, len(data), len(gzip.compress(data, 9))) for name in names for data in [(site / name).read_bytes()]]


SEARCH_OUTSIDE = """(name) => {
  const started = performance.now();
  const input = document.getElementById('map-search');
  input.value = name;
  input.dispatchEvent(new Event('input'));  // on a large map the first search adds data/map-index.js, then lists
  return started;
}"""


def archive_scale(reports: int, folder: Path) -> list[str]:
    import json

    from bs4 import BeautifulSoup
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "bench"))
    from archive import synthesize

    content, site = folder / "archive", folder / "archive-site"
    lines: list[str] = []
    if not (site / "map.html").exists():  # --work keeps a built archive for the next run
        shutil.rmtree(content, ignore_errors=True)
        synthesize(content, reports, True)
        started = time.perf_counter()
        log = build(content, site)
        lines.append(f"archive of {reports} reports (bench/archive.py's realistic one) built in {time.perf_counter() - started:.0f} s")
        lines += [f"  {line.split('] ', 1)[-1]}" for line in log.splitlines() if "] map:" in line]
        print("\n".join(lines), flush=True)
        lines = []
    parts = initial_transfer(site)
    raw, packed = sum(p[1] for p in parts), sum(p[2] for p in parts)
    lines.append(f"map page initial transfer: {raw / 1024:.0f} KB, {packed / 1024:.1f} KB gzipped (target < 300 KB gzipped), of which:")
    lines += [f"  {name}: {size / 1024:.1f} KB, {gz / 1024:.1f} KB gzipped" for name, size, gz in parts]
    shards = sorted((site / "data" / "map").glob("*.js"), key=lambda f: f.stat().st_size)
    sizes = [f.stat().st_size for f in shards]
    lines.append(
        f"report shards: {len(shards)}, median {statistics.median(sizes) / 1024:.1f} KB, largest {sizes[-1] / 1024:.1f} KB "
        f"({len(gzip.compress(shards[-1].read_bytes(), 9)) / 1024:.1f} KB gzipped), all {sum(sizes) / 1024 / 1024:.1f} MB"
    )
    data = json.loads(BeautifulSoup((site / "map.html").read_text(encoding="utf-8"), "html.parser").find(id="map-data").string)
    if "index" not in data:  # the index of the actors the page does not hold is a script of its own, data/map-index.js
        index_text = (site / "data" / "map-index.js").read_text(encoding="utf-8")
        data.update(json.loads(index_text[len("dossierMapIndex(") : -len(");\n")]))
        lines.append(f"index of the other actors, data/map-index.js, loaded by the first search: {len(index_text.encode()) / 1024:.1f} KB")
    outside = max(data["index"], key=lambda entry: (entry[9], entry[0]))  # the most widely named actor the page does not hold
    slug = data["reports"][len(data["reports"]) // 2]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        frames = first_frames(page, site, loads=3)
        searched = []
        for _ in range(3):
            page.goto((site / "map.html").as_uri())
            wait_until(page, "window.dossierMap !== undefined", timeout=30)
            began = page.evaluate(SEARCH_OUTSIDE, outside[1])
            wait_until(page, "document.querySelector('#map-results button') !== null", timeout=30)
            page.evaluate("document.querySelector('#map-results button').click()")
            wait_until(page, f"document.getElementById('map-panel-title').textContent === {json.dumps(outside[1])}", timeout=30)
            searched.append(page.evaluate("performance.now()") - began)
        loaded = len(page.evaluate("window.dossierMap.loadedReports()"))
        shown = len(page.evaluate("window.dossierMap.shownNodes()"))
        page = browser.new_page(viewport={"width": 1280, "height": 900})  # a new document: not a hash change on the last one
        page.goto((site / "map.html").as_uri() + f"#report={slug}")
        wait_until(
            page, "window.dossierMap !== undefined && window.dossierMap.loading() === 0 && window.dossierMap.loadedReports().length === 1", timeout=30
        )
        in_report = len(page.evaluate("window.dossierMap.shownNodes()"))
        browser.close()
    lines.append(
        f"first frame at {reports} reports: median {statistics.median(frames):.0f} ms, max {max(frames):.0f} ms over {len(frames)} loads (target < 1000 ms)"
    )
    lines.append(
        f"searched actor outside the page ({outside[1]}, named in {outside[9]} reports): loaded ({loaded} shards) and shown with "
        f"{shown - 1} neighbours in median {statistics.median(searched):.0f} ms"
    )
    lines.append(f"report view map.html#report={slug}: {in_report} actors, one shard loaded")
    edited = content / "reports" / f"{slug}.md"
    text = edited.read_text(encoding="utf-8")
    shard_text = (site / "data" / "map" / f"{slug}.js").read_text(encoding="utf-8")
    passages = json.loads(shard_text[len("dossierMapShard(") : -len(");\n")])["passages"]
    quoted = next(p[0][:40] for p in passages if p[0][:40] in text)  # a sentence the report's shard quotes
    edited.write_text(text.replace(quoted, quoted[:20] + " also" + quoted[20:], 1), encoding="utf-8")
    before = {f.name: f.stat().st_ino for f in (site / "data" / "map").glob("*.js")}
    warm = [line.split("] ", 1)[-1] for line in build(content, site).splitlines() if "shards written" in line]
    after = {f.name: f.stat().st_ino for f in (site / "data" / "map").glob("*.js")}
    lines.append(f"warm build after editing {slug}: {'; '.join(warm)} ({sum(1 for n in after if before.get(n) != after[n])} shard files new on disk)")
    return lines


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=1000, help="reports in the archive-scale part")
    parser.add_argument("--no-archive", action="store_true", help="skip the archive-scale part")
    parser.add_argument("--work", help="a folder to build the archive in and keep (reused when it holds one); a temporary one if not given")
    parser.add_argument("--archive-only", action="store_true", help="only the archive-scale part")
    arguments = parser.parse_args()
    if not arguments.no_archive:
        if arguments.work:
            Path(arguments.work).mkdir(parents=True, exist_ok=True)
            scale = archive_scale(arguments.reports, Path(arguments.work))
        else:
            with tempfile.TemporaryDirectory() as folder:
                scale = archive_scale(arguments.reports, Path(folder))
        for line in scale:
            print(line, flush=True)
    if arguments.archive_only:
        return
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        seed = folder / "seed"
        assert run_build(ROOT / "content", seed).returncode == 0
        raw, packed = own_weight(seed)
        synthetic = folder / "content"
        synthetic_content(synthetic)
        started = time.perf_counter()
        result = run_build(synthetic, folder / "big")
        build_seconds = time.perf_counter() - started
        assert result.returncode == 0, result.stderr
        import json

        from bs4 import BeautifulSoup

        data = json.loads(BeautifulSoup((folder / "big" / "map.html").read_text(encoding="utf-8"), "html.parser").find(id="map-data").string)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            seed_frames = first_frames(page, seed)
            big_frames = first_frames(page, folder / "big")
            big_starts = first_frames.starts
            seed_screen = first_screen(browser, seed)
            big_screen = first_screen(browser, folder / "big")
            browser.close()
    print(f"map page, first report: {raw / 1024:.1f} KB own HTML+CSS+JS ({packed / 1024:.1f} KB gzipped); target <= 60 KB; vis-network not counted")
    print(f"map first frame, first report: median {statistics.median(seed_frames):.0f} ms from navigation start")
    print(
        f"synthetic map: {data['actorCount']} actors, {data['relationCount']} relations, {len(data['nodes'])} actors and "
        f"{len(data['edges'])} relations in the page; site built in {build_seconds:.1f} s"
    )
    print(f"synthetic map: its script starts at median {statistics.median(big_starts):.0f} ms (page, data and vis-network parsed)")
    print(
        f"synthetic map first frame: median {statistics.median(big_frames):.0f} ms, max {max(big_frames):.0f} ms over {len(big_frames)} loads (target < 1000 ms)"
    )
    for line in seed_screen:
        print(f"first report, {line}")
    for line in big_screen:
        print(f"synthetic map, {line}")


if __name__ == "__main__":
    main()
