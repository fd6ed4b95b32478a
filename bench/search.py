"""Benchmark: the sharded search index of an archive (issue 18). Prints figures, asserts nothing.

Builds bench/archive.py's realistic archive (`--reports`, 100 and 300 by default) cold, then warm after an edit
of one paragraph of one report, from a snapshot of the code, and prints for each size: the search page's weight
when empty (HTML + CSS + JS + search/index.js, before compression), the largest word shard and text block, the
whole index, the files a warm build rewrote, the search stage's time cold and warm (encoding from the build's
progress lines, writing likewise), and in headless Chromium from file:// the time from a query's submit to its
results shown (fresh page each time, so its shards load; median of 3) for a one-word and a three-word query.

    python bench/search.py                      # 100 and 300 reports (a few minutes on 2 cores)
    python bench/search.py --reports 100 --work /tmp/search-bench   # keep the archive
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from archive import ROOT, Weights, kb, snapshot, synthesize

BODY_EDIT = ("Azerbaijani ambassador", "Azerbaijani envoy")  # a paragraph's words change; its numbering stays
QUERIES = {"1 word": "azerbaijan", "3 words": "iran turkey border", "most common word": "the"}


def build(code: Path, folder: Path) -> tuple[float, str]:
    env = dict(os.environ, PYTHONPATH=str(code / "plugins"))
    command = [sys.executable, "-m", "sitebuild", "--settings", str(code / "pelicanconf.py"), "--content", "content", "--output", "output"]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stdout[-2000:] + result.stderr[-2000:])
    return time.perf_counter() - started, result.stdout


def search_stages(stdout: str) -> tuple[float, float, str]:
    """Seconds the search plugin spent encoding the index and writing it (it prints both), and its last line."""
    encode = write = 0.0
    written = ""
    for line in stdout.splitlines():
        found = re.search(r"search index: .* in ([\d.]+) s$", line)
        if found and "encoded" in line:
            encode = float(found.group(1))
        elif found and "written" in line:
            write, written = float(found.group(1)), line.split("] ", 1)[1]
    return encode, write, written


def query_times(site: Path, query: str, rounds: int = 3) -> tuple[float, str]:
    from conftest import CHROMIUM_ARGS, OfflinePage
    from playwright.sync_api import sync_playwright

    measured = []
    status = ""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for _ in range(rounds):
            view = OfflinePage(browser, viewport={"width": 1280, "height": 800})
            view.page.goto((site / "search.html").as_uri())
            elapsed = view.page.evaluate(
                """query => new Promise(resolve => {
                    const page = document.querySelector('.search-page'), form = page.querySelector('form');
                    document.getElementById('search-q').value = query;
                    const started = performance.now();
                    new MutationObserver(() => { if (page.dataset.state === 'done') resolve(performance.now() - started); })
                        .observe(page, { attributes: true, attributeFilter: ['data-state'] });
                    form.requestSubmit();
                })""",
                query,
            )
            status = view.page.locator("#search-status").inner_text()
            assert not view.errors and not view.blocked, (view.errors, view.blocked)
            measured.append(elapsed)
            view.close()
        browser.close()
    return statistics.median(measured), status


def run(size: int, work: Path, code: Path) -> None:
    folder = work / f"search-{size}"
    synthesize(folder / "content", size, True)
    cold_seconds, cold_out = build(code, folder)
    output = folder / "output"
    index = [p for p in (output / "search").rglob("*.js")]
    shards = [p for p in index if p.parent.name == "w"]
    blocks = [p for p in index if p.parent.name != "w" and p.name != "index.js"]
    largest = max(shards, key=lambda p: p.stat().st_size)
    block = max(blocks, key=lambda p: p.stat().st_size)
    empty = Weights()(output / "search.html")
    edited = folder / "content" / "reports" / "report-0002.md"
    text = edited.read_text(encoding="utf-8")
    assert BODY_EDIT[0] in text
    edited.write_text(text.replace(*BODY_EDIT, 1), encoding="utf-8")
    warm_seconds, warm_out = build(code, folder)
    cold_encode, cold_write, _ = search_stages(cold_out)
    warm_encode, warm_write, written = search_stages(warm_out)
    print(f"{size:,} reports (realistic archive):")
    print(
        f"  empty search page, HTML+CSS+JS with search/index.js: {kb(empty)} (search/index.js {kb((output / 'search' / 'index.js').stat().st_size)})"
    )
    print(
        f"  index: {len(index):,} files, {kb(sum(p.stat().st_size for p in index))}; {len(shards)} word shards, largest"
        f" {largest.name} {kb(largest.stat().st_size)}, median {kb(statistics.median(p.stat().st_size for p in shards))};"
        f" {len(blocks):,} text blocks, largest {kb(block.stat().st_size)}"
    )
    print(f"  search stage cold: encode {cold_encode:.2f} s, write {cold_write:.2f} s (whole build {cold_seconds:.1f} s)")
    print(
        f"  search stage warm after a one-paragraph edit: encode {warm_encode:.2f} s, write {warm_write:.2f} s (whole build {warm_seconds:.1f} s); {written}"
    )
    for label, query in QUERIES.items():
        seconds, status = query_times(output, query)
        print(f"  query to results in Chromium, {label} “{query}”: {seconds:.0f} ms (median of 3, fresh page); {status}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[100, 300], help="archive sizes (default 100 300)")
    parser.add_argument("--work", type=Path, help="build here and keep it (default: a temporary folder)")
    args = parser.parse_args(argv)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"search benchmark: code at {commit}; load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory(prefix="dossier-search-bench-") as temporary:
        work = args.work or Path(temporary)
        code = snapshot(work)
        for size in args.reports:
            run(size, work, code)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
