"""Listing pages cut by count and by weight (issue 18: no page over 300 KB at 1,000 reports): a speaker's statements
over numbered pages, the timeline's months in parts. The site is the seed report built with two statements a page,
so that its speakers and months are paged; every statement must be on exactly one page, every page link must
resolve, and the pages must read in order without JavaScript."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT, run_build
from dossier.paging import KeptSplits, split_pages
from site_checks import soup
from test_incremental import assert_same_site
from test_map_scale import SECOND, SECOND_REPORT

MOST = 2


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("paging")
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "reports" / f"{SECOND}.md").write_text(SECOND_REPORT, encoding="utf-8")
    settings = folder / "pagingconf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nDOSSIER_SPEAKER_PAGE = {MOST}\nDOSSIER_TIMELINE_PAGE = {MOST}\n"
        "DEFAULT_PAGINATION = 1\n",
        encoding="utf-8",
    )
    result = run_build(content, folder / "output", "--settings", str(settings))
    assert result.returncode == 0, result.stderr
    return folder / "output"


def test_pages_end_at_the_count_or_the_weight_and_keep_every_item_once_in_order():
    items = list(range(10))
    assert split_pages(items, lambda i: 1, most=3) == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]
    weights = {0: 5, 1: 5, 2: 50, 3: 1, 4: 1, 5: 30, 6: 30, 7: 1, 8: 1, 9: 1}
    pages = split_pages(items, weights.__getitem__, most=100, budget=40)
    assert [i for page in pages for i in page] == items
    assert all(sum(weights[i] for i in page) <= 40 for page in pages if len(page) > 1), pages
    assert [2] in pages, "an item heavier than the budget is a page of its own"
    assert split_pages(items, lambda i: 10, most=100, budget=40, first_budget=20)[0] == [0, 1], "the first page may get less"
    assert split_pages([], lambda i: 1, most=3) == [[]]


def test_a_kept_split_is_the_last_builds_under_the_same_key_and_made_again_under_another(tmp_path):
    path = str(tmp_path / "splits.json")
    items = list(range(7))
    weighed: list[int] = []

    def weight(item: int) -> int:
        weighed.append(item)
        return 1

    first = KeptSplits(path, "basis")
    assert first.split("speaker a", "key 1", items, weight, 3) == [[0, 1, 2], [3, 4, 5], [6]] and first.made == 1
    first.save()
    weighed.clear()
    again = KeptSplits(path, "basis")
    assert again.split("speaker a", "key 1", items, lambda item: 100, 3) == [[0, 1, 2], [3, 4, 5], [6]], "kept: not weighed"
    assert again.made == 0 and not weighed
    assert again.split("speaker a", "key 2", items, weight, 7) == [items] and weighed, "another key: split again"
    assert again.split("speaker a", "key 1", items[:5], weight, 3) == [[0, 1, 2], [3, 4]], "not the kept number of items"
    assert KeptSplits(path, "other basis").split("speaker a", "key 1", items, weight, 7) == [items], "another basis: none kept"


def test_warm_builds_split_a_speakers_pages_and_a_month_as_a_build_from_scratch_does(tmp_path):
    """Listings whose statements are the same keep the last build's split; an edit that gives a speaker and a month
    one statement more, makes it long enough to need a page of its own (the same number of statements, split by
    weight) or takes it away splits them again, and every warm build equals a build from scratch."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "reports" / f"{SECOND}.md").write_text(SECOND_REPORT, encoding="utf-8")
    settings = tmp_path / "pagingconf.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nDOSSIER_SPEAKER_PAGE = {MOST}\nDOSSIER_TIMELINE_PAGE = {MOST}\n",
        encoding="utf-8",
    )
    second = content / "reports" / f"{SECOND}.md"
    said = '\n\nOn March 5, 2022, Iranian Foreign Minister Hossein Amir-Abdollahian said: "{}"\n'
    added, longer = said.format("We count every page of it."), said.format("We count every page of it. " * 8000)
    output = tmp_path / "output"
    for number, text in enumerate([SECOND_REPORT, SECOND_REPORT + added, SECOND_REPORT + added, SECOND_REPORT + longer, SECOND_REPORT]):
        second.write_text(text, encoding="utf-8")
        result = run_build(content, output, "--settings", str(settings))
        assert result.returncode == 0, result.stderr
        scratch = tmp_path / f"scratch-{number}"
        result = run_build(content, scratch, "--settings", str(settings))
        assert result.returncode == 0, result.stderr
        assert_same_site(output, scratch)
        shutil.rmtree(scratch)
        shutil.rmtree(tmp_path / ".dossier-cache" / f"scratch-{number}", ignore_errors=True)


def speaker_rows(site: Path) -> Counter:
    rows = json.loads((site / "data" / "statements.json").read_text(encoding="utf-8"))["statements"]
    return Counter(row["speaker"] for row in rows)


def speaker_files(site: Path, actor_id: str) -> list[Path]:
    first = site / "speakers" / f"{actor_id}.html"
    rest = sorted((site / "speakers").glob(f"{actor_id}_*.html"), key=lambda p: int(p.stem.rsplit("_", 1)[1]))
    return [first, *rest]


def test_a_speaker_with_more_statements_than_a_page_holds_gets_numbered_pages_each_statement_once(paged_site):
    counts = speaker_rows(paged_site)
    paged = [actor for actor, count in counts.items() if count > MOST]
    assert paged, "the seed has speakers with more statements than a page holds"
    for actor_id, count in counts.items():
        files = speaker_files(paged_site, actor_id)
        assert len(files) == -(-count // MOST), (actor_id, [f.name for f in files])
        seen: list[str] = []
        for number, path in enumerate(files, 1):
            page = soup(path)
            items = page.select("ol.statements > li.statement")
            assert 1 <= len(items) <= MOST, path.name
            seen.extend(li["id"] for li in items)
            if len(files) == 1:
                assert not page.select("nav.statement-pages")
                continue
            for nav in page.select("nav.statement-pages"):
                links = [a["href"] for a in nav.select("ol a")]
                assert links == [f.name for f in files], "every page links every page, in order"
                assert nav.select_one("a[aria-current=page]")["href"] == path.name
                step = {a["rel"][0]: a["href"] for a in nav.select(".statement-pages-step a")}
                assert step.get("prev") == (files[number - 2].name if number > 1 else None)
                assert step.get("next") == (files[number].name if number < len(files) else None)
            assert int(page.select_one("ol.statements")["start"]) == (number - 1) * MOST + 1
        assert len(seen) == count and len(set(seen)) == count, f"{actor_id}: every statement on exactly one page"


def test_speaker_pages_are_linked_from_the_index_and_the_timeline_and_titles_differ(paged_site):
    index = soup(paged_site / "speakers" / "index.html")
    for link in index.select("a.speaker-name"):
        assert (paged_site / "speakers" / link["href"]).is_file(), link["href"]
        assert "_" not in link["href"], "the index links each speaker's first page"
    for timeline in paged_site.glob("timeline*.html"):
        for link in soup(timeline).select(".entry-links a[href*='speakers/']"):
            assert (timeline.parent / link["href"]).resolve().is_file(), (timeline.name, link["href"])
    actor_id = next(a for a, n in speaker_rows(paged_site).items() if n > MOST)
    titles = [soup(p).title.get_text() for p in speaker_files(paged_site, actor_id)]
    assert len(set(titles)) == len(titles), titles


def test_timeline_pages_hold_every_dated_statement_once_with_a_pager(paged_site):
    rows = json.loads((paged_site / "data" / "statements.json").read_text(encoding="utf-8"))["statements"]
    dated = sum(1 for row in rows if row["date"])
    months = soup(paged_site / "timeline.html")
    pages = [a["href"] for a in months.select(".timeline-months a")]
    files = list(dict.fromkeys(pages))
    assert files and all((paged_site / f).is_file() for f in files)
    seen = []
    for name in files:
        page = soup(paged_site / name)
        entries = page.select("li.timeline-entry")
        assert 1 <= len(entries) <= MOST
        seen.extend(li["id"] for li in entries)
        for link in page.select("nav.pager a"):
            assert (paged_site / link["href"]).is_file()
    assert len(seen) == dated and len(set(seen)) == dated


def test_a_long_speaker_page_and_timeline_are_cut_by_weight(tmp_path):
    """A speaker quoted at length: pages stay far under 300 KB though they hold fewer than DOSSIER_SPEAKER_PAGE."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for old in (content / "reports").glob("*.md"):
        old.unlink()
    paragraph = "The crossings will stay open and the talks will go on, whatever the others say about them. " * 30
    body = "\n\n".join(f"On February {1 + n % 27}, 2022, Foreign Minister Abdollahian said:\n\n> {paragraph}{n}" for n in range(120))
    (content / "reports" / "long.md").write_text(
        f'+++\ntitle = "Long Quotes"\nslug = "long"\ndate = 2022-03-01\n+++\n\n## Statements\n\n{body}\n', encoding="utf-8"
    )
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 0, result.stderr
    files = speaker_files(tmp_path / "output", "abdollahian")
    assert len(files) > 1
    assert max(f.stat().st_size for f in files) < 250_000, [f.stat().st_size for f in files]
    assert max(f.stat().st_size for f in (tmp_path / "output").glob("timeline*.html")) < 250_000
    seen = [li["id"] for f in files for li in soup(f).select("ol.statements > li.statement")]
    assert len(seen) == len(set(seen)) == speaker_rows(tmp_path / "output")["abdollahian"]


def test_the_home_page_lists_the_reports_in_pages_newest_first(paged_site):
    first, second = soup(paged_site / "index.html"), soup(paged_site / "index2.html")
    assert not (paged_site / "index3.html").exists()
    links = [a["href"] for page in (first, second) for a in page.select(".report-card h2 a")]
    assert len(links) == 2 and f"./reports/{SECOND}/index.html" == links[0], "one report a page, the newest first"
    assert all((paged_site / link).is_file() for link in links)
    assert [a["href"] for a in first.select(".report-pages a")] == ["./index2.html"]
    assert [a["href"] for a in second.select(".report-pages a")] == ["./index.html"]
