"""Import benchmark: every development text and saved-page fixture, imported as a user would, then built.

    .venv/bin/python bench/import.py
    .venv/bin/python bench/import.py --set heldout5   # tests/fixtures/copied-text-heldout5 against its expected.json
    .venv/bin/python bench/import.py --heldout4       # the same as --set heldout4

Per text: whether the import builds (one site with all of them, the committed
registry, in a temporary folder), sections found against the gold's, notes
defined against the gold's `notes_defined`, note markers resolved, and the share
of the source's words the report keeps. The gold lists a CRS report's Contents
and Figures lists and its Footnotes heading as sections; Dossier makes them the
site's own contents, figure list and notes page, so they are counted apart
("lists").
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from dossier.document import read_report  # noqa: E402
from dossier.reportimport import read_export  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SHARED = ROOT.parent / "shared" / "corpus"
PAGES = ROOT / "tests" / "fixtures" / "saved-page"
HELDOUT_SETS = {name: ROOT / "tests" / "fixtures" / f"copied-text-{name}" for name in ("heldout4", "heldout5", "heldout6")}
SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
STRUCTURAL = re.compile(r"^(?:contents|table of contents|figures|tables|footnotes|endnotes|notes|references)$", re.I)
WORD = re.compile(r"\w+")


def sources() -> list[tuple[str, Path, dict | None]]:
    found = []
    seen = set()
    for folder in (CORPUS / "reports", SHARED / "reports"):
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            if path.name in seen:
                continue
            seen.add(path.name)
            gold_path = (CORPUS if folder.parent == CORPUS else SHARED) / "gold" / f"{path.stem}.json"
            found.append((path.stem, path, json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else None))
    for path in sorted(PAGES.glob("*.html")) if PAGES.is_dir() else []:
        found.append((path.stem, path, None))
    return found


def without_source_line(path: Path, folder: Path) -> Path:
    if path.suffix != ".txt":
        return path
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[0].startswith("Source:"):
        lines = lines[2:] if len(lines) > 1 and not lines[1].strip() else lines[1:]
    copy = folder / path.name
    copy.write_text("\n".join(lines), encoding="utf-8")
    return copy


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory(prefix="dossier-import-") as tmp:
        folder = Path(tmp)
        content = folder / "content"
        (content / "reports").mkdir(parents=True)
        (content / "actors.toml").write_text((ROOT / "content" / "actors.toml").read_text(encoding="utf-8"), encoding="utf-8")
        for stem, path, gold in sources():
            export = without_source_line(path, folder)
            started = time.perf_counter()
            result = read_export(str(export), None, re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-"))
            seconds = time.perf_counter() - started
            (content / "reports" / f"{result.slug}.md").write_text(result.markdown, encoding="utf-8")
            report = read_report(result.markdown, f"reports/{result.slug}.md")
            sections = ([s.title for s in report.chapters], [h.title for s in report.sections for h in s.subheadings])
            kept_words = sum(len(WORD.findall(p.text)) for s in report.sections for p in s.paragraphs) + sum(
                len(WORD.findall(n.text)) for n in report.notes.values()
            )
            source_words = len(WORD.findall(export.read_text(encoding="utf-8", errors="replace"))) if path.suffix == ".txt" else 0
            defined = sum(1 for n in report.notes.values() if n.defined)
            markers = sum(len(n.citations) for n in report.notes.values())
            resolved = sum(len(n.citations) for n in report.notes.values() if n.defined)
            rows.append((stem, result, report, sections, gold, defined, markers, resolved, kept_words, source_words, seconds))
        env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
        build = subprocess.run(
            [sys.executable, "-m", "sitebuild", "--content", str(content), "--output", str(folder / "output")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
    print(f"{'text':44} {'builds':>6} {'sect+sub':>10} {'lists':>5} {'notes':>9} {'markers':>9} {'words kept':>10} {'ms':>5}")
    within = 0
    with_gold = 0
    for stem, _result, report, sections, gold, defined, markers, resolved, kept, source, seconds in rows:
        known = gold or {}
        headings = known.get("sections", []) + known.get("sections_run_in", [])
        gold_sections = [s for s in headings if not STRUCTURAL.match(s)]
        gold_notes = known.get("notes_any_form", known.get("notes_defined", 0))  # endnotes numbered other than [n] too
        lists = len(headings) - len(gold_sections)
        wanted = f"/{len(gold_sections)}" if gold else ""
        top, sub = len(sections[0]), len(sections[1])
        notes = f"{defined}/{gold_notes}" if gold else f"{defined}"
        share = f"{kept / source:.0%}" if source else "—"
        if gold:
            with_gold += 1
            # the gold counts a digest's sub-sections in one text and not in another: either count within one passes, and both are printed
            within += min(abs(top - len(gold_sections)), abs(top + sub - len(gold_sections))) <= 1 and defined == gold_notes
        print(
            f"{stem[:44]:44} {'yes' if build.returncode == 0 else 'NO':>6} {f'{top}+{sub}':>6}{wanted:<4} {lists:>5} {notes:>9} {resolved:>4}/{markers:<4} {share:>10} {seconds * 1000:5.0f}"
        )
        del report
    print(
        f"site build of all {len(rows)} imports: {'exit 0' if build.returncode == 0 else 'FAILED: ' + (build.stderr.strip().splitlines() or ['?'])[-1]}"
    )
    print(
        f"targets: every import builds ({'yes' if build.returncode == 0 else 'no'}); sections within one of the gold and every note found: {within} of {with_gold} gold texts"
    )


def squeezed(text: str) -> str:
    return " ".join(text.replace("*", "").split())


def build_site(content: Path, output: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    return subprocess.run(
        [sys.executable, "-m", "sitebuild", "--content", str(content), "--output", str(output)], cwd=ROOT, env=env, capture_output=True, text=True
    )


def folded_heading(text: str) -> str:
    """A heading as the held-out rounds compare it: no leading section number, case or spaces (a PDF's text breaks and spaces them)."""
    return "".join(SECTION_NUMBER.sub("", squeezed(text)).casefold().split())


def heldout(name: str) -> None:
    """Per text of a held-out round of copied texts: builds (alone), title, date, sections and notes against expected.json."""
    folder_of_set = HELDOUT_SETS[name]
    expected = json.loads((folder_of_set / "expected.json").read_text(encoding="utf-8"))
    print(f"{'text':40} {'builds':>6} {'title':>5} {'date':>4} {'sections':>9} {'extra':>5} {'notes':>7} {'first':>5} {'last':>4}")
    totals = {"builds": 0, "title": 0, "date": 0, "sections": 0, "notes": 0, "first": 0, "last": 0}
    texts = sorted(folder_of_set.glob("*.txt"))
    for path in texts:
        want = expected[path.stem]
        with tempfile.TemporaryDirectory(prefix=f"dossier-{name}-") as tmp:
            folder = Path(tmp)
            content = folder / "content"
            (content / "reports").mkdir(parents=True)
            (content / "actors.toml").write_text((ROOT / "content" / "actors.toml").read_text(encoding="utf-8"), encoding="utf-8")
            export = without_source_line(path, folder)
            result = read_export(str(export), None, path.stem)
            (content / "reports" / f"{result.slug}.md").write_text(result.markdown, encoding="utf-8")
            builds = build_site(content, folder / "output").returncode == 0
        report = read_report(result.markdown, f"reports/{result.slug}.md")
        found = [squeezed(s.title) for s in report.chapters] + [squeezed(h.title) for s in report.sections for h in s.subheadings]
        wanted = {folded_heading(s) for s in want["sections"]}
        allowed = wanted | {folded_heading(s) for s in want["subsections"]}
        found_folded = {folded_heading(s) for s in found}
        right = len(wanted & found_folded)
        extra = len([s for s in found if folded_heading(s) not in allowed and not STRUCTURAL.match(s)])
        paragraphs = [squeezed(p.text) for s in report.sections for p in s.paragraphs]
        defined = sum(1 for n in report.notes.values() if n.defined)
        row = {
            "builds": builds,
            "title": squeezed(report.title).casefold() == squeezed(want["title"]).casefold(),
            # a text that names only the month is dated right by any day of it
            "date": report.date is not None and report.date.isoformat().startswith(want["date"]),
            "sections": right == len(wanted) and extra == 0,
            "notes": defined == want["notes"],
            # the body's first sentence opens one of its first three paragraphs (a standfirst may come first), its last closes one of the last three
            "first": any(p.startswith(squeezed(want["first"])) for p in paragraphs[:3]),
            "last": any(p.endswith(squeezed(want["last"])) for p in paragraphs[-3:]),
        }
        for key, value in row.items():
            totals[key] += value
        mark = {True: "yes", False: "no"}
        notes = f"{defined}/{want['notes']}"
        print(
            f"{path.stem[:40]:40} {mark[builds]:>6} {mark[row['title']]:>5} {mark[row['date']]:>4} {f'{right}/{len(wanted)}':>9} {extra:>5} "
            f"{notes:>7} {mark[row['first']]:>5} {mark[row['last']]:>4}"
        )
        if not row["title"]:
            print(f"    title: {report.title[:110]!r}")
        if "-v" in sys.argv:
            print(f"    date: {report.date}  authors: {getattr(report, 'authors', None)}")
            print(f"    found: {found}")
            print(f"    first paragraphs: {[p[:80] for p in paragraphs[:3]]}")
            print(f"    last paragraphs: {[p[-80:] for p in paragraphs[-3:]]}")
    print("totals: " + ", ".join(f"{key} {value}/{len(texts)}" for key, value in totals.items()))


if __name__ == "__main__":
    if "--set" in sys.argv[1:]:
        heldout(sys.argv[sys.argv.index("--set") + 1])
    elif "--heldout4" in sys.argv[1:]:
        heldout("heldout4")
    else:
        main()
