"""Warm builds: what the last build read and wrote is reused, and the result is exactly what a build from scratch gives."""

from __future__ import annotations

import filecmp
import hashlib
import os
import re
import shutil
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_build
from dossier.actors import load_registry
from dossier.analysis import analyse, analyse_reports
from dossier.document import read_report
from dossier.fingerprints import recipe
from dossier.speakers import SpeakerBook
from seeded import seed_copies
from site_checks import internal_links, soup

REPORT = "content/reports/irans-defeat-in-the-second-nagorno-karabakh-war-part-iii.md"
SECOND = """+++
title = "A Second Report"
slug = "second-report"
date = 2021-12-20
+++

## Talks In Baku

On December 14, 2021, Iranian Foreign Minister Hossein Amir-Abdollahian said: "Our neighbours are our first priority, and we will keep talking with Baku."[^1]

## Notes

[^1]: IRNA, December 14, 2021.
"""


def files_of(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file())


def assert_same_site(built: Path, reference: Path) -> None:
    assert files_of(built) == files_of(reference)
    _, mismatch, errors = filecmp.cmpfiles(built, reference, files_of(reference), shallow=False)
    assert not mismatch and not errors, mismatch + errors


def build(content: Path, output: Path) -> str:
    result = run_build(content, output)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def archive(tmp_path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "reports" / "second-report.md").write_text(SECOND, encoding="utf-8")
    return content


def inode(path: Path) -> int:
    return os.stat(path).st_ino


def test_a_warm_build_after_editing_one_report_reuses_the_rest_and_equals_a_build_from_scratch(archive, tmp_path):
    output = tmp_path / "output"
    build(archive, output)
    seed_section = output / "reports" / "irans-defeat-in-the-second-nagorno-karabakh-war-part-iii" / "irans-diplomatic-efforts-with-azerbaijan.html"
    untouched_speaker = output / "speakers" / "heydari.html"
    before = {seed_section: inode(seed_section), untouched_speaker: inode(untouched_speaker)}

    second = archive / "reports" / "second-report.md"
    second.write_text(SECOND.replace("first priority", "highest priority"), encoding="utf-8")
    messages = build(archive, output)

    reused = re.search(r"pages: (\d+) rendered, (\d+) unchanged since the last build", messages)
    assert reused, messages
    rendered, unchanged = int(reused.group(1)), int(reused.group(2))
    assert unchanged >= 10 and rendered >= 5  # the second report's pages, Abdollahian's page, the site-wide pages
    for page, number in before.items():
        assert inode(page) == number, f"{page.name} was rendered again though nothing it shows changed"
    assert "highest priority" in (output / "speakers" / "abdollahian.html").read_text(encoding="utf-8")
    assert "highest priority" in (output / "timeline.html").read_text(encoding="utf-8")

    build(archive, tmp_path / "scratch")
    assert_same_site(output, tmp_path / "scratch")


def test_a_registry_edit_renders_every_page_that_names_the_actor_again(archive, tmp_path):
    output = tmp_path / "output"
    build(archive, output)
    registry = archive / "actors.toml"
    registry.write_text(registry.read_text(encoding="utf-8").replace('name = "Kioumars Heydari"', 'name = "Kiumars Heydari"'), encoding="utf-8")
    build(archive, output)
    overview = output / "reports" / "irans-defeat-in-the-second-nagorno-karabakh-war-part-iii" / "index.html"
    assert "Kiumars Heydari" in overview.read_text(encoding="utf-8")
    build(archive, tmp_path / "scratch")
    assert_same_site(output, tmp_path / "scratch")


NEWCOMER = """+++
title = "A Third Report"
slug = "third-report"
date = 2021-12-22
+++

## Talks In Tabriz

On December 21, 2021, the governor of East Azerbaijan, Farhad Zolbarani, said: "The border crossing will stay open through the winter."

On December 22, 2021, Zolbarani said: "Trade with Nakhchivan grew this year."
"""


def test_the_speakers_index_is_kept_while_nothing_it_shows_changed_and_made_again_when_it_does(archive, tmp_path):
    output = tmp_path / "output"
    index = output / "speakers" / "index.html"
    third = archive / "reports" / "third-report.md"
    third.write_text(NEWCOMER, encoding="utf-8")
    build(archive, output)
    assert "Zolbarani" in index.read_text(encoding="utf-8")  # a provisional speaker
    kept = inode(index)

    second = archive / "reports" / "second-report.md"
    second.write_text(SECOND.replace("first priority", "highest priority"), encoding="utf-8")  # a quote's words only
    build(archive, output)
    assert inode(index) == kept, "the speakers index was rendered again though nothing it shows changed"

    renamed = NEWCOMER.replace("Zolbarani", "Zolbarany")
    steps = [
        lambda: third.write_text(renamed, encoding="utf-8"),  # only a provisional speaker's name
        lambda: third.write_text(renamed.replace("December 22", "December 23"), encoding="utf-8"),  # a statement's date
        second.unlink,  # a report, with its statements
    ]
    for number, step in enumerate(steps):
        step()
        build(archive, output)
        assert inode(index) != kept
        kept = inode(index)
        build(archive, tmp_path / f"scratch-{number}")
        assert_same_site(output, tmp_path / f"scratch-{number}")


def test_the_home_pages_are_kept_while_no_report_in_them_changed_what_they_show_and_made_again_when_one_does(archive, tmp_path):
    """The home pages list each report's front matter: an edit of a report's text keeps every page of the list; a
    title or a summary makes the page that lists the report again, a report more or less every page (each counts
    them); a page changed by hand is made again. Each warm build equals a build from scratch. One report a page, so
    that the list has pages."""
    settings = tmp_path / "onepage.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nDEFAULT_PAGINATION = 1\n", encoding="utf-8")
    output = tmp_path / "output"
    pages = [output / "index.html", output / "index2.html"]

    def build_paged(site: Path) -> str:
        result = run_build(archive, site, "--settings", str(settings))
        assert result.returncode == 0, result.stderr
        return result.stdout

    build_paged(output)
    kept = [inode(page) for page in pages]
    second = archive / "reports" / "second-report.md"
    second.write_text(SECOND.replace("IRNA, December 14", "IRNA, 14 December"), encoding="utf-8")  # a note: not the summary
    build_paged(output)
    assert [inode(page) for page in pages] == kept, "the home pages were rendered again though nothing they show changed"

    third = archive / "reports" / "third-report.md"
    # the list is newest first: index.html lists the second report, index2.html the first, until a third comes
    steps = [
        (lambda: second.write_text(SECOND.replace("A Second Report", "A Second Report, Revised"), encoding="utf-8"), "Revised", [True, False]),
        (
            lambda: second.write_text(SECOND.replace("+++\n\n", 'summary = "Talks go on."\n+++\n\n', 1), encoding="utf-8"),
            "Talks go on.",
            [True, False],
        ),
        (lambda: third.write_text(NEWCOMER, encoding="utf-8"), "Third", [True, True]),
        (lambda: pages[0].write_text("changed by hand", encoding="utf-8"), None, [True, False]),
    ]
    for number, (step, shown, made) in enumerate(steps):
        step()
        build_paged(output)
        assert [inode(page) != before for page, before in zip(pages, kept, strict=True)] == made
        assert shown is None or shown in "".join(page.read_text(encoding="utf-8") for page in output.glob("index*.html"))
        kept = [inode(page) for page in pages]
        build_paged(tmp_path / f"scratch-{number}")
        assert_same_site(output, tmp_path / f"scratch-{number}")


def test_a_page_changed_by_hand_in_the_output_is_rendered_again(archive, tmp_path):
    output = tmp_path / "output"
    build(archive, output)
    page = output / "speakers" / "heydari.html"
    original = page.read_text(encoding="utf-8")
    page.write_text(original.replace("Heydari", "Tampered"), encoding="utf-8")
    build(archive, output)
    assert page.read_text(encoding="utf-8") == original


def test_a_same_size_hand_edit_with_its_time_put_back_is_rendered_again(archive, tmp_path):
    """Reuse compares the kept page's bytes (a SHA-256), not its size and modification time."""
    output = tmp_path / "output"
    build(archive, output)
    page = output / "speakers" / "heydari.html"
    original = page.read_bytes()
    status = os.stat(page)
    tampered = original.replace(b"Heydari", b"Heydarx")
    assert tampered != original and len(tampered) == len(original)
    page.write_bytes(tampered)
    os.utime(page, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert os.stat(page).st_mtime_ns == status.st_mtime_ns
    build(archive, output)
    assert page.read_bytes() == original


def test_a_damaged_cache_costs_time_not_correctness(archive, tmp_path):
    output = tmp_path / "output"
    build(archive, output)
    cache = tmp_path / ".dossier-cache" / "output"
    kept = sorted(cache.iterdir())
    assert {p.suffix for p in kept} >= {".analysis", ".json"}
    for path in kept:
        path.write_bytes(b"\x80garbage")
    messages = build(archive, output)
    assert re.search(r"analysed 2 report\(s\): 2 read, 0 unchanged", messages), messages  # every report read again
    assert re.search(r"pages: \d+ rendered, 0 unchanged", messages), messages  # and every page rendered
    build(archive, tmp_path / "scratch")
    assert_same_site(output, tmp_path / "scratch")


def test_reports_read_in_worker_processes_equal_reports_read_in_order(tmp_path, monkeypatch):
    import dossier.analysis as analysis

    files = seed_copies(tmp_path, 6)
    registry = str(ROOT / "content" / "actors.toml")
    monkeypatch.setattr(analysis, "PARALLEL_FROM", 2)
    parallel = analyse_reports(files, registry, "actors.toml", str(tmp_path / "cache"), workers=2)
    in_order = analyse_reports(files, registry, "actors.toml", "", workers=1)
    cached = analyse_reports(files, registry, "actors.toml", str(tmp_path / "cache"), workers=2)
    for path, _ in files:
        for other in (in_order, cached):
            assert parallel[path].report == other[path].report
            assert parallel[path].extraction.statements == other[path].extraction.statements
            assert parallel[path].reading == other[path].reading
    cache = tmp_path / "cache"
    assert len(list(cache.glob("*.analysis"))) == len(files)
    # the workers also kept each report's share of the search index and of the statements data
    assert len(list(cache.glob("*.search"))) == len(list(cache.glob("*.statements"))) == len(files)


def test_reports_read_in_workers_come_back_light_with_their_body_read_from_the_cache_when_asked(tmp_path, monkeypatch):
    """A worker keeps a report's body (text, sections' HTML and paragraphs) in the cache and sends only the rest: the
    build process holds no report's text until a page of it is rendered, and whether a section may hold an intrasite
    link was found by the worker, without the HTML."""
    import dossier.analysis as analysis
    from dossier.analysis import LightReport, sections_may_link
    from dossier.paths import may_hold_link

    files = seed_copies(tmp_path, 3)
    linking = Path(files[1][0])  # a section linking another report: only the build process can resolve it
    text = linking.read_text(encoding="utf-8")
    linking.write_text(text.replace("\n## ", "\nSee [the other report]({filename}r0.md).\n\n## ", 2), encoding="utf-8")
    registry = str(ROOT / "content" / "actors.toml")
    monkeypatch.setattr(analysis, "PARALLEL_FROM", 2)
    parallel = analyse_reports(files, registry, "actors.toml", str(tmp_path / "cache"), workers=2)
    in_order = analyse_reports(files, registry, "actors.toml", "", workers=1)
    assert [sections_may_link(parallel[path].report) for path, _ in files] == [False, True, False]
    for path, _ in files:
        report = parallel[path].report
        assert isinstance(report, LightReport) and "source_text" not in report.__dict__
        whole = in_order[path].report
        assert sections_may_link(report) == any(may_hold_link(section.html) for section in whole.chapters)
        assert isinstance(report, LightReport)  # the answer did not read the body
        assert report.source_text == whole.source_text  # read from the cache when asked
        assert report == whole and not isinstance(report, LightReport)


def test_a_few_changed_reports_among_many_cached_ones_are_read_in_a_worker_and_come_back_in_order(tmp_path, monkeypatch):
    """A warm build reads its one edited report in a forked worker while it loads the other analyses: the result is
    what reading it here gives, the others come from the cache, and the analyses are in the order of the files."""
    import dossier.analysis as analysis

    files = seed_copies(tmp_path, 5)
    registry = str(ROOT / "content" / "actors.toml")
    cache = tmp_path / "cache"
    monkeypatch.setattr(analysis, "PARALLEL_FROM", 3)
    analyse_reports(files[:-1], registry, "actors.toml", str(cache), workers=1)  # four kept, read here
    assert not list(cache.glob("*.search"))  # read here: no worker kept a search part
    edited = files[-1][0]
    found = analyse_reports(files, registry, "actors.toml", str(cache), workers=2)
    # the one report to read went to a worker, which also kept its search part and statements rows
    assert len(list(cache.glob("*.search"))) == len(list(cache.glob("*.statements"))) == 1
    assert list(found) == [path for path, _ in files]
    assert [found[path].from_cache for path, _ in files] == [True, True, True, True, False]
    here = analyse_reports([files[-1]], registry, "actors.toml", "", workers=1)[edited]
    assert found[edited].report == here.report
    assert found[edited].extraction.statements == here.extraction.statements
    assert found[edited].reading == here.reading
    assert len(list(cache.glob("*.analysis"))) == len(files)


def test_parts_the_workers_encode_are_what_the_build_process_would_encode(tmp_path, monkeypatch):
    """Each report's search part and statements rows, encoded by the worker that read it, are kept under the very
    key the build looks them up by, and hold what the build process would have encoded from the speaker book."""
    import pickle

    import dossier.analysis as analysis
    from dossier import exports, search

    files = seed_copies(tmp_path, 4)
    registry_file = ROOT / "content" / "actors.toml"
    monkeypatch.setattr(analysis, "PARALLEL_FROM", 2)
    cache = tmp_path / "cache"
    found = analyse_reports(files, str(registry_file), "actors.toml", str(cache), workers=2)
    registry = load_registry(str(registry_file), "actors.toml")
    book = SpeakerBook([a.report for a in found.values()], registry, {a.report.slug: a.extraction for a in found.values()})
    code = analysis.code_version()
    base = exports.base_key(hashlib.sha256(registry_file.read_bytes()).hexdigest(), code)
    name_of = lambda actor_id: registry[actor_id].name  # noqa: E731
    for slug, report in book.reports.items():
        statements = book.by_report[slug]
        assert statements, "the seed quotes people: the rows are not empty"
        kept = pickle.loads(Path(search.part_file(str(cache), search.part_key(code, report, statements, name_of))).read_bytes())
        assert kept == search.report_part(report, book)
        kept_rows = pickle.loads(Path(exports.part_file(str(cache), exports.part_key(base, report, statements, name_of))).read_bytes())
        assert kept_rows == exports.encode(book, slug)


def test_statements_found_apart_give_the_same_book_when_a_provisional_speaker_recurs(tmp_path):
    """A provisional speaker one report adds is named by a later one: the book must not use what was found apart."""
    texts = {
        "a.md": '+++\ntitle = "A"\ndate = 2022-01-02\n+++\n\nOn January 1, 2022, analyst Marek Oszlanyi said: "The talks will fail before spring."\n',
        "b.md": '+++\ntitle = "B"\ndate = 2022-02-02\n+++\n\nOn February 1, 2022, Oszlanyi said: "The talks failed, as I expected they would."\n',
    }
    registry_path = str(ROOT / "content" / "actors.toml")
    reports = [read_report(text, name) for name, text in texts.items()]
    prepared = {}
    for name, text in texts.items():
        found = analyse(text.encode(), name, load_registry(registry_path, "actors.toml"))
        prepared[found.report.slug] = found.extraction
    assert any(e.provisional for e in prepared.values())
    apart = SpeakerBook(reports, load_registry(registry_path, "actors.toml"), prepared)
    in_order = SpeakerBook([read_report(t, n) for n, t in texts.items()], load_registry(registry_path, "actors.toml"))
    assert [(s.speaker, s.quote, s.date) for s in apart.statements] == [(s.speaker, s.quote, s.date) for s in in_order.statements]
    assert [a.id for a in apart.provisional] == [a.id for a in in_order.provisional]


def test_the_recipe_changes_with_the_theme_and_the_settings(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme" / "templates", theme / "templates")
    settings = {"THEME": str(theme), "PLUGIN_PATHS": [], "SITENAME": "A", "OUTPUT_PATH": "/tmp/x", "JINJA_FILTERS": {"f": len}}
    first = recipe(settings)
    assert recipe(dict(settings, OUTPUT_PATH="/tmp/y")) == first  # where this build writes is not what it writes
    assert recipe(dict(settings, SITENAME="B")) != first
    (theme / "templates" / "base.html").write_text("changed", encoding="utf-8")
    assert recipe(settings) != first


def test_an_archive_timeline_is_paged_by_month_and_keeps_every_statement_in_order(paged_timeline, seed_site):
    index = soup(paged_timeline / "timeline.html")
    pages = [a["href"].removeprefix("./") for a in index.select("ul.timeline-months a")]
    pages = list(dict.fromkeys(pages))
    assert len(pages) >= 4 and all(re.fullmatch(r"timeline-\d{4}-\d{2}(-\d+)?\.html", p) for p in pages)
    dates = []
    for number, name in enumerate(pages):
        page = soup(paged_timeline / name)
        statements = page.select("ol.statements > li.statement")
        assert 1 <= len(statements) <= 5
        dates += [t["datetime"] for t in page.select(".statements .statement-meta time")]
        following = page.select_one("nav.pager a[rel=next]")
        assert (following["href"].removeprefix("./") if following else None) == (pages[number + 1] if number + 1 < len(pages) else None)
    single = [t["datetime"] for t in soup(seed_site / "timeline.html").select(".statements .statement-meta time")]
    assert dates == single
    broken = [(page.name, value) for page, value, target, _ in internal_links(paged_timeline) if not target.exists()]
    assert not broken


def test_a_bare_surname_in_one_report_and_the_full_name_in_another_are_one_speaker_read_apart_or_in_order():
    texts = {
        "a.md": '+++\ntitle = "A"\ndate = 2022-01-02\n+++\n\nOn January 1, 2022, analyst Oszlanyi said: "The talks will fail before spring."\n',
        "b.md": '+++\ntitle = "B"\ndate = 2022-02-02\n+++\n\nOn February 1, 2022, Marek Oszlanyi said: "The talks failed, as I expected they would."\n',
    }
    registry_path = str(ROOT / "content" / "actors.toml")
    prepared = {}
    for name, text in texts.items():
        found = analyse(text.encode(), name, load_registry(registry_path, "actors.toml"))
        prepared[found.report.slug] = found.extraction
    apart = SpeakerBook([read_report(t, n) for n, t in texts.items()], load_registry(registry_path, "actors.toml"), prepared)
    in_order = SpeakerBook([read_report(t, n) for n, t in texts.items()], load_registry(registry_path, "actors.toml"))
    for book in (apart, in_order):
        assert [s.speaker for s in book.statements] == ["marek-oszlanyi", "marek-oszlanyi"]
        assert [a.id for a in book.provisional] == ["marek-oszlanyi"]


def test_the_previous_site_is_removed_in_the_background_after_the_swap(archive, tmp_path):
    output = tmp_path / "output"
    build(archive, output)
    previous_page = os.stat(output / "reports" / "second-report" / "talks-in-baku.html")
    build(archive, output)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dossier-cache", "content", "output"]
    trash = tmp_path / ".dossier-cache" / "output.trash"
    assert trash.is_dir(), "the previous site is moved into the cache folder's trash, not removed while the user waits"
    deadline = time.monotonic() + 120
    while any(trash.iterdir()) and time.monotonic() < deadline:  # the background remover's work, however slow the machine
        time.sleep(0.1)
    assert not any(trash.iterdir())
    assert os.stat(output / "reports" / "second-report" / "talks-in-baku.html").st_ino == previous_page.st_ino  # linked, kept


@pytest.mark.parametrize(
    "row",
    [
        ["plain", "", "with, comma", 'a "quoted" word', "two\n\nparagraphs", "a\r\nline end", " spaced ", "“curly”", "tab\there"],
        ["", ""],
        ['"', ",", "\n", "\r"],
        [""],
        ["one", None, 2.5],
    ],
)
def test_a_statements_csv_line_is_what_the_csv_module_writes(row):
    import csv
    import io

    from dossier.exports import csv_line

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(row)
    assert csv_line(row) == buffer.getvalue()
