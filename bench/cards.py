"""Benchmark: footnote-card script and stylesheet size, and set-up time on a page with 1,000 references.

Prints figures; it asserts nothing (targets: script <= 4 KB and CSS <= 2 KB gzipped, set-up < 5 ms).
"""

from __future__ import annotations

import gzip
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM_ARGS  # noqa: E402

SCRIPT = ROOT / "theme/static/js/cards.js"
STYLE = ROOT / "theme/static/css/cards.css"


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


def synthetic_page(references: int) -> str:
    paragraphs = "".join(
        f'<p>Claim {n}.<sup class="note-ref"><a href="#note-{n}" id="cite-{n}-1" aria-label="Note {n}">{n}</a></sup></p>'
        for n in range(1, references + 1)
    )
    notes = "".join(
        f'<li id="note-{n}" data-outlet="Outlet" data-date="May 1, 2024"><span class="note-text">Outlet, May 1, 2024.</span></li>'
        for n in range(1, references + 1)
    )
    return f"<!DOCTYPE html><html lang=en><title>bench</title><main>{paragraphs}<ol>{notes}</ol></main></html>"


def main() -> None:
    from playwright.sync_api import sync_playwright

    source = SCRIPT.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        page_file = Path(folder) / "page.html"
        page_file.write_text(synthetic_page(1000), encoding="utf-8")
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        timings = []
        for _ in range(20):
            page.goto(page_file.as_uri())
            timings.append(page.evaluate("src => { const t = performance.now(); (0, eval)(src); return performance.now() - t; }", source))
        browser.close()
    print(f"cards.js   {SCRIPT.stat().st_size:6d} B, {gzipped(SCRIPT):5d} B gzipped (target <= 4096)")
    print(f"cards.css  {STYLE.stat().st_size:6d} B, {gzipped(STYLE):5d} B gzipped (target <= 2048)")
    print(f"set-up on 1,000 references: median {statistics.median(timings):.2f} ms, max {max(timings):.2f} ms over 20 loads (target < 5 ms)")


if __name__ == "__main__":
    main()
