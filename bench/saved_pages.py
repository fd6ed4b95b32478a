"""Saved-page benchmark: real publishers' pages, saved from a browser, imported as a user would, then built.

    .venv/bin/python bench/saved_pages.py [--set bench|heldout|heldout2|heldout3|heldout4|heldout5|newuser|all] [--only NAME] [--show NAME]

Seven sets, each scored and totalled apart: the development pages in
tests/fixtures/saved-pages-bench/, the held-out pages in
tests/fixtures/saved-pages-heldout/ (postlight/parser's fixtures, publishers the
first set does not hold, scored first before any rule was written for them),
the second held-out round in tests/fixtures/saved-pages-heldout2/
(scrapinghub's article-extraction benchmark and Trafilatura's evaluation set,
publishers neither of the others holds) and the third in
tests/fixtures/saved-pages-heldout3/ (scrapinghub's, Trafilatura's and fundus's
pages of publishers none of the others holds), and the fourth in
tests/fixtures/saved-pages-heldout4/ (analysis and features with sections, quotes and a
reference list, from fundus's, Trafilatura's and newspaper's test data), the fifth in
tests/fixtures/saved-pages-heldout5/ (government press pages and stories built on officials'
statements, from Trafilatura's, Postlight's and Readability's test data), and in
tests/fixtures/saved-pages-newuser/ the two pages a new user's review imported (Express.co.uk, Pew
Research Center), scored as the fourth round and on their `tags` besides.
README.md in each folder says where each page comes from. Each page goes through the
same entry point as `invoke import-report` (dossier.reportimport.read_export);
all imports are written into one temporary content folder and built as one
site with the committed registry; if that build fails, each report is built
alone to name the ones that fail, with the build's last line.

Per page:
- title: right when, after folding case, quotes, dashes and spaces, ours is the
  expected title, or the expected title without a trailing " | Site", " - Site"
  or " — Site" part (Readability's answers sometimes keep the site's name);
- authors: right when the set of names is the expected set (case folded);
  "·" when the library gives no person's name (not scored);
- date: right when the front matter's date is the expected day; "·" when
  the library gives none;
- recall / precision (pages with the article's full text, from Readability's
  expected.html, scrapinghub's articleBody or fundus's body): words are lower-cased \\w+ runs; the overlap is the multiset
  intersection of the report's words and the expected text's words (each word
  counted as often as it occurs in both). Recall = overlap / expected words
  (article text kept), precision = overlap / report words; "furniture" is
  1 - precision, the share of the report's words that are not the article's.
  The report's words are its body as written to the Markdown file: headings,
  paragraphs, quotes, lists, figure captions and credits and notes, without the
  front matter, directive lines, note markers, link addresses and Markdown's
  backslash escapes.
- lead (held-out pages): whether the article's opening words (postlight's first
  13 words of content, their last six words; or the hand-read `lead`) are among
  the report's first 150 words: the story's start is neither lost nor buried
  under page furniture;
- with / without (pages from Trafilatura's evaluation and the held-out pages,
  also beside the full text on the second held-out round): how many of the passages
  that must be in the article are in the report's text, and how many of the
  passages of page furniture that must not be there are (case, quotes and
  spaces folded);
- sections (pages of their own + sub-sections), notes defined, import CPU ms;
- where the expectations list the page's `sections` (fourth and fifth rounds): "heads" is expected headings
  found / expected, "+n" the headings found that are neither those nor expected subsections; notes
  defined against `notes`; first / last: `first` opens one of the body's first three paragraphs, `last`
  closes one of its last three (folded; an end mark such as ♦ after it ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from dossier.document import read_report  # noqa: E402
from dossier.model import ContentError  # noqa: E402
from dossier.reportimport import ImportFailed, read_export  # noqa: E402

SETS = {
    "bench": ROOT / "tests" / "fixtures" / "saved-pages-bench",
    "heldout": ROOT / "tests" / "fixtures" / "saved-pages-heldout",
    "heldout2": ROOT / "tests" / "fixtures" / "saved-pages-heldout2",
    "heldout3": ROOT / "tests" / "fixtures" / "saved-pages-heldout3",
    "heldout4": ROOT / "tests" / "fixtures" / "saved-pages-heldout4",
    "heldout5": ROOT / "tests" / "fixtures" / "saved-pages-heldout5",
    "newuser": ROOT / "tests" / "fixtures" / "saved-pages-newuser",
}
WORD = re.compile(r"\w+")
SITE_TAIL = re.compile(r"\s+[|\-–—:]\s+[^|\-–—]{1,60}$")
FOLDS = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(FOLDS)).strip().casefold()


def title_right(ours: str, expected: str) -> bool:
    ours, expected = fold(ours), fold(expected)
    return ours == expected or ours == SITE_TAIL.sub("", expected)


def report_text(markdown: str) -> str:
    """The Markdown file's body as a reader sees it: no front matter, directive lines or note markers."""
    body = markdown.split("\n+++\n", 1)[1] if markdown.startswith("+++") and "\n+++\n" in markdown else markdown
    lines = []
    for line in body.split("\n"):
        if line.startswith(":::") or line.startswith(":src:"):
            continue
        line = re.sub(r"^:credit:\s*", "", line)
        line = re.sub(r"^\[\^[^\]]+\]:\s*", "", line)
        line = re.sub(r"\[\^[^\]]+\]", "", line)
        line = re.sub(r"!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)", r"\1", line)  # a link: its words only
        lines.append(re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|~])", r"\1", line))  # Markdown's escapes
    return "\n".join(lines)


def words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in WORD.findall(text))


def build(content: Path, output: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    return subprocess.run(
        [sys.executable, "-m", "sitebuild", "--content", str(content), "--output", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def last_line(run: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in (run.stderr + run.stdout).strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else f"exit {run.returncode}"


def new_content(folder: Path) -> Path:
    content = folder / "content"
    (content / "reports").mkdir(parents=True)
    (content / "actors.toml").write_text((ROOT / "content" / "actors.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return content


def measure(pages: Path, only: str | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="dossier-saved-pages-") as tmp:
        folder = Path(tmp)
        content = new_content(folder)
        for page in sorted(p for p in pages.iterdir() if (p / "page.html").is_file()):
            if only and only not in page.name:
                continue
            expected = json.loads((page / "expected.json").read_text(encoding="utf-8"))
            row: dict[str, Any] = {"name": page.name, "expected": expected, "failure": "", "markdown": ""}
            rows.append(row)
            started = time.process_time()
            try:
                result = read_export(str(page / "page.html"), None, page.name)
            except ImportFailed as refused:
                row["failure"] = f"import refused: {refused}"
                row["ms"] = (time.process_time() - started) * 1000
                continue
            row["ms"] = (time.process_time() - started) * 1000
            row["markdown"] = result.markdown
            (content / "reports" / f"{result.slug}.md").write_text(result.markdown, encoding="utf-8")
            try:
                row["report"] = read_report(result.markdown, f"reports/{result.slug}.md")
            except ContentError as error:
                row["failure"] = str(error)
        started = time.perf_counter()
        whole = build(content, folder / "output")
        seconds = time.perf_counter() - started
        if whole.returncode != 0:
            for row in rows:
                if row["failure"] or not row["markdown"]:
                    continue
                alone = new_content(folder / f"alone-{row['name']}")
                (alone / "reports" / f"{row['name']}.md").write_text(row["markdown"], encoding="utf-8")
                single = build(alone, folder / f"alone-{row['name']}" / "output")
                if single.returncode != 0:
                    row["failure"] = last_line(single)
        for row in rows:
            row["site"] = (whole.returncode == 0, seconds, last_line(whole))
    return rows


def score(row: dict[str, Any]) -> dict[str, Any]:
    expected, report = row["expected"], row.get("report")
    figures: dict[str, Any] = {"builds": not row["failure"] and report is not None}
    if report is None:
        return figures
    figures["title"] = title_right(report.title, expected["title"])
    if expected.get("authors"):
        figures["authors"] = {fold(n) for n in expected["authors"]} == {fold(a.name) for a in report.authors}
    if expected.get("date"):
        figures["date"] = report.date is not None and report.date.isoformat() == expected["date"][:10]
    text = report_text(row["markdown"])
    lead = expected.get("lead") or " ".join(WORD.findall(expected.get("first_words") or "")[-6:])
    if lead:
        opening = " ".join(w.casefold() for w in WORD.findall(text)[:150])
        figures["lead"] = " ".join(w.casefold() for w in WORD.findall(lead)) in opening
    if "text" in expected:
        ours, theirs = words(text), words(expected["text"])
        overlap = sum((ours & theirs).values())
        figures["recall"] = overlap / max(1, sum(theirs.values()))
        figures["precision"] = overlap / max(1, sum(ours.values()))
    if "with" in expected:
        folded = fold(text)
        figures["with"] = (sum(fold(p) in folded for p in expected["with"]), len(expected["with"]))
        figures["without"] = (sum(fold(p) in folded for p in expected["without"]), len(expected["without"]))
    figures["sections"] = (len(report.chapters), sum(len(s.subheadings) for s in report.sections))
    if "sections" in expected:
        figures.update(structure(report, expected))
    if "tags" in expected:  # the page's topics, without its CMS's switches ("ctp_video")
        figures["tags"] = [fold(t) for t in report.tags] == [fold(t) for t in expected["tags"]]
    figures["notes"] = sum(1 for n in report.notes.values() if n.defined)
    figures["words"] = sum(words(text).values())
    return figures


END_MARK = re.compile(r"[\s♦❖■□●◆▪∎]+$")


def structure(report: Any, expected: dict[str, Any]) -> dict[str, Any]:
    """Headings, notes and the body's first and last sentences against the hand-read expectations."""
    found = [fold(s.title) for s in report.chapters] + [fold(h.title) for s in report.sections for h in s.subheadings]
    wanted = [fold(s) for s in expected["sections"]]
    allowed = set(wanted) | {fold(s) for s in expected.get("subsections", [])}
    right = sum(1 for s in wanted if s in found)
    extra = sum(1 for s in found if s not in allowed)
    paragraphs = [END_MARK.sub("", fold(p.text.replace("*", ""))) for s in report.sections for p in s.paragraphs]
    defined = sum(1 for n in report.notes.values() if n.defined)
    return {
        "heads": (right, len(wanted), extra),
        "heads_right": right == len(wanted) and extra == 0,
        "notes_right": defined == expected.get("notes", 0),
        "first": any(p.startswith(fold(expected["first"])) for p in paragraphs[:3]),
        "last": any(p.endswith(fold(expected["last"])) for p in paragraphs[-3:]),
    }


def mark(value: bool | None) -> str:
    return "·" if value is None else ("yes" if value else "NO")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all", help="which pages (default: all, each set totalled apart)")
    parser.add_argument("--only", help="only the pages whose folder name contains this")
    parser.add_argument("--show", help="print the imported Markdown of this page (folder name) after the table")
    parser.add_argument("--json", help="write the per-page figures to this file")
    args = parser.parse_args()
    dump: dict[str, Any] = {}
    for name, pages in SETS.items():
        if args.set in (name, "all"):
            dump.update(report_set(name, pages, args.only or args.show, args.show))
    if args.json:
        Path(args.json).write_text(json.dumps(dump, indent=1, default=str) + "\n", encoding="utf-8")


def report_set(name: str, pages: Path, only: str | None, show: str | None) -> dict[str, Any]:
    rows = measure(pages, only)
    if not rows:
        return {}
    print(f"== {name}: {pages.relative_to(ROOT)}")
    print(
        f"{'page':32} {'builds':>6} {'title':>5} {'auth':>4} {'date':>4} {'lead':>4} {'recall':>6} {'prec':>5} {'with':>5} {'w/out':>5} {'sect':>6} {'notes':>5} {'words':>6} {'ms':>5}"
    )
    totals: dict[str, list[Any]] = {key: [] for key in ("builds", "title", "authors", "date", "lead", "recall", "precision")}
    with_found = with_all = without_kept = without_all = 0
    dump = {}
    failures = []
    structural: dict[str, list[bool]] = {}
    for row in rows:
        figures = score(row)
        dump[row["name"]] = {k: v for k, v in figures.items()}
        for key in totals:
            if key in figures:
                totals[key].append(figures[key])
        if "with" in figures:
            with_found += figures["with"][0]
            with_all += figures["with"][1]
            without_kept += figures["without"][0]
            without_all += figures["without"][1]
        if row["failure"]:
            failures.append(f"  {row['name']}: {row['failure']}")
        recall = f"{figures['recall']:.0%}" if "recall" in figures else ""
        precision = f"{figures['precision']:.0%}" if "precision" in figures else ""
        found = f"{figures['with'][0]}/{figures['with'][1]}" if "with" in figures else ""
        kept = f"{figures['without'][0]}/{figures['without'][1]}" if "without" in figures else ""
        sections = f"{figures['sections'][0]}+{figures['sections'][1]}" if "sections" in figures else ""
        print(
            f"{row['name'][:32]:32} {mark(figures['builds']):>6} {mark(figures.get('title')):>5} {mark(figures.get('authors')):>4} "
            f"{mark(figures.get('date')):>4} {mark(figures.get('lead')):>4} {recall:>6} {precision:>5} {found:>5} {kept:>5} {sections:>6} "
            f"{figures.get('notes', ''):>5} {figures.get('words', ''):>6} {row['ms']:5.0f}"
        )
        if "heads" in figures:
            right, wanted, extra = figures["heads"]
            print(
                f"{'':32} heads {right}/{wanted} +{extra} ({mark(figures['heads_right'])}), notes {mark(figures['notes_right'])}, "
                f"first {mark(figures['first'])}, last {mark(figures['last'])}"
            )
            for key in ("heads_right", "notes_right", "first", "last"):
                structural.setdefault(key, []).append(figures[key])
        if "tags" in figures:
            print(f"{'':32} tags {mark(figures['tags'])}")
            structural.setdefault("tags", []).append(figures["tags"])
    if failures:
        print("failures:")
        print("\n".join(failures))
    site_ok, seconds, line = rows[0]["site"]

    def share(key: str) -> str:
        values = totals[key]
        return f"{sum(values)}/{len(values)}"

    def mean(key: str) -> str:
        values = totals[key]
        return f"{sum(values) / len(values):.1%}" if values else "—"

    print(f"site build of all {len(rows)} imports: {'exit 0' if site_ok else 'FAILED: ' + line} ({seconds:.1f} s wall)")
    leads = f", lead found {share('lead')}" if totals["lead"] else ""
    texts = (
        f"full-text pages: mean recall {mean('recall')}, mean precision {mean('precision')} "
        f"(furniture kept {1 - sum(totals['precision']) / max(1, len(totals['precision'])):.1%}); "
        if totals["recall"]
        else ""
    )
    print(
        f"{name} overall: builds {share('builds')}, title right {share('title')}, authors right {share('authors')}, date right {share('date')}{leads}; "
        f"{texts}passage pages: article passages found {with_found}/{with_all}, furniture passages kept {without_kept}/{without_all}; "
        f"import CPU {sum(r['ms'] for r in rows):.0f} ms in all"
    )
    if structural:
        print(f"{name} structure: " + ", ".join(f"{key} {sum(v)}/{len(v)}" for key, v in structural.items()))
    if show:
        for row in rows:
            if row["name"] == show:
                print(row["markdown"])
    return dump


if __name__ == "__main__":
    main()
