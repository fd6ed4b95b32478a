"""Benchmark: one report with many sections (issue 16): build time, total output size and the largest page.

Every section page carries a bounded contents list (its neighbours and a link to the overview's full
contents), so the output should grow linearly with the number of sections. Prints figures; asserts nothing.

    python bench/pages.py              # 1,000 and 10,000 sections
    python bench/pages.py 1000 3000    # other sizes
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_SECONDS = 180  # a size whose build takes longer is left out; the figure is extrapolated from the smaller ones


def report_text(sections: int, statements: int = 0) -> str:
    """A report of `sections` sections, each a heading, two paragraphs and a note, one quoted statement, and
    `statements` more by the same speaker spread over the sections."""
    parts = ['+++\ntitle = "A Report In Many Sections"\ndate = 2022-03-01\nslug = "many-sections"\nsummary = "A long report."\n+++\n']
    parts.append("The report starts here with an introduction of a few words.[^1]\n")
    per_section = -(-statements // sections)
    made = 0
    for number in range(1, sections + 1):
        parts.append(
            f"## Section {number}: On The Matter Of Border Crossings In District {number}\n\n"
            f"The crossings in district {number} reopened after talks between the two ministries, which met twice.[^{number + 1}]\n\n"
            f"Traffic was light in the first week and the officials said little about it in public.\n"
        )
        for _ in range(min(per_section, statements - made)):
            made += 1
            parts.append(
                f'On February {1 + made % 27}, 2022, Foreign Minister Abdollahian said: "Crossing {made} in district {number} will stay open."\n'
            )
    parts.append('\n## Statements\n\nOn February 10, 2022, Foreign Minister Abdollahian said: "The crossings will stay open."\n')
    parts.append("\n".join(f"[^{n}]: ISNA (Iran), February {1 + n % 27}, 2022." for n in range(1, sections + 2)))
    return "\n".join(parts) + "\n"


def build(sections: int, work: Path, statements: int = 0) -> dict:
    content = work / f"content-{sections}"
    shutil.copytree(ROOT / "content", content)
    for old in (content / "reports").glob("*.md"):
        old.unlink()
    (content / "reports" / "many-sections.md").write_text(report_text(sections, statements), encoding="utf-8")
    output = work / f"output-{sections}"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "sitebuild", "--content", str(content), "--output", str(output)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"the build of {sections} sections failed: {result.stderr.strip().splitlines()[-1]}")
    files = [p for p in output.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    sections_pages = [p for p in pages if p.parent.name == "many-sections" and p.name not in ("index.html", "notes.html")]
    result = {
        "sections": sections,
        "seconds": seconds,
        "bytes": sum(p.stat().st_size for p in files),
        "pages": len(pages),
        "largest": largest.stat().st_size,
        "largest_name": str(largest.relative_to(output)),
        "section_max": max(p.stat().st_size for p in sections_pages),
        "speaker": max(p.stat().st_size for p in (output / "speakers").glob("abdollahian*.html")),  # its largest page
        "speaker_pages": sum(1 for _ in (output / "speakers").glob("abdollahian*.html")),
        "timeline_max": max(p.stat().st_size for p in output.glob("timeline*.html")),
    }
    shutil.rmtree(content)
    shutil.rmtree(output)
    return result


def main(sizes: list[int]) -> None:
    results = []
    with tempfile.TemporaryDirectory(prefix="dossier-bench-pages-") as folder:
        for sections in sizes:
            if results and results[-1]["seconds"] * sections / results[-1]["sections"] > LIMIT_SECONDS * 1.5:
                print(f"{sections:>6,} sections: left out, the build would take over {LIMIT_SECONDS} s on this machine")
                continue
            row = build(sections, Path(folder))
            results.append(row)
            print(
                f"{sections:>6,} sections: built in {row['seconds']:.1f} s, {row['pages']:,} pages, {row['bytes'] / 2**20:.1f} MiB in all "
                f"({row['bytes'] / sections / 1024:.1f} KB a section); largest page {row['largest']:,} B ({row['largest_name']}), "
                f"largest section page {row['section_max']:,} B"
            )
        row = build(300, Path(folder), statements=2000)
        print(
            f"   300 sections and a speaker with 2,000 statements: built in {row['seconds']:.1f} s; their speaker pages "
            f"{row['speaker_pages']}, the largest {row['speaker']:,} B, largest timeline page {row['timeline_max']:,} B, largest page {row['largest']:,} B ({row['largest_name']})"
        )
    if len(results) >= 2:
        first, last = results[0], results[-1]
        ratio = last["sections"] / first["sections"]
        print(
            f"from {first['sections']:,} to {last['sections']:,} sections ({ratio:.0f}x): size {last['bytes'] / first['bytes']:.1f}x, "
            f"time {last['seconds'] / first['seconds']:.1f}x (linear growth would be {ratio:.0f}x)"
        )
        missing = [n for n in sizes if n not in {r["sections"] for r in results}]
        for sections in missing:
            per_section = (last["bytes"] - first["bytes"]) / (last["sections"] - first["sections"])
            per_second = (last["seconds"] - first["seconds"]) / (last["sections"] - first["sections"])
            print(
                f"{sections:>6,} sections, extrapolated linearly from the two sizes measured: "
                f"{(last['bytes'] + per_section * (sections - last['sections'])) / 2**20:.0f} MiB, "
                f"{last['seconds'] + per_second * (sections - last['sections']):.0f} s"
            )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
