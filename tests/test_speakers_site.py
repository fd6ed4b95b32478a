"""Speaker pages, the speakers index, the timeline and the statements data, as a reader and a data user get them."""

from __future__ import annotations

import csv
import functools
import io
import json
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT, run_build, shared_build
from site_checks import ids_in, soup
from test_bad_input import tree_digest

QUOTED_IN_SEED = {"abdollahian", "bayramov", "cavusoglu", "farazmand", "heydari", "kayhan", "khamenei", "mossad", "raisi", "tasnim"}
WITH_PAGES = QUOTED_IN_SEED - {"mossad"}  # Kayhan quotes Mossad, which says nothing itself: no page, on the map only
ONLY_MENTIONED = {"lavrov", "erdogan", "aliyev", "pashinyan", "araghchi", "iran", "azerbaijan", "turkey", "russia"}

SECOND_REPORT = """+++
title = "Border Talks Resume"
date = 2022-03-01
slug = "border-talks-resume"
+++

On February 10, 2022, Foreign Minister Abdollahian said: "Our neighbours in the Caucasus must settle their disputes among themselves, without outsiders."[^1]

Deputy Interior Minister Farid Kazemi told reporters: "We will reopen the northern border crossings to trucks next month."[^2]

Sergei Lavrov discussed the crossings with his counterparts on February 12.

[^1]: ISNA (Iran), February 10, 2022.

[^2]: Mehr (Iran), February 14, 2022.
"""


@pytest.fixture(scope="module")
def two_report_site(tmp_path_factory):
    return shared_build(tmp_path_factory, {"border-talks-resume.md": SECOND_REPORT})


def statement_dates(page) -> list[str]:
    return [time["datetime"] for time in page.select(".statements .statement-meta time")]


def test_everyone_quoted_in_the_seed_has_a_page_and_nobody_only_mentioned_does(seed_site):
    pages = {p.stem for p in (seed_site / "speakers").glob("*.html")} - {"index"}
    assert pages == WITH_PAGES
    assert not pages & ONLY_MENTIONED


def test_the_speakers_index_links_to_every_speaker_page_with_counts_grouped_by_kind(seed_site):
    index = soup(seed_site / "speakers" / "index.html")
    linked = {Path(a["href"]).stem for a in index.select("main a[href$='.html']") if "/" not in a["href"]}
    assert linked >= WITH_PAGES and "mossad" not in linked
    groups = [h.get_text(strip=True) for h in index.select("main h2")]
    assert "People" in groups[0] and any("outlet" in g.lower() for g in groups)
    text = index.find("main").get_text(" ", strip=True)
    assert "Hossein Amir-Abdollahian" in text and "7 statements" in text


def test_a_speaker_page_has_every_statement_in_date_order_with_source_and_context(seed_site):
    path = seed_site / "speakers" / "abdollahian.html"
    page = soup(path)
    assert page.find("h1").get_text(" ", strip=True).startswith("Hossein Amir-Abdollahian")
    statements = page.select("ol.statements > li.statement")
    assert len(statements) == 7
    dates = statement_dates(page)
    assert dates == sorted(dates) and dates[0] == "2021-10-02" and dates[-1] == "2021-11-15"
    first = statements[0]
    assert first.find("blockquote").get_text(" ", strip=True).startswith("We have expressed our concerns to Azerbaijan's authorities")
    assert "TV interview" in first.select_one(".occasion").get_text()
    inline = [s for s in statements if s.select_one("p.statement-quote > q")]
    assert inline, "inline quotes are shown in <q>"
    ids = ids_in(path)
    for statement in statements:
        reference = statement.select_one("sup.note-ref a")
        assert reference and reference["href"].lstrip("#") in ids, "each statement's note is a card reference to this page's notes"
        context = statement.select_one(".statement-source a")
        target = (path.parent / urlsplit(context["href"]).path).resolve()
        assert urlsplit(context["href"]).fragment in ids_in(target)
    facts = page.select_one(".speaker-facts").get_text(" ", strip=True)
    assert "Iran" in facts and "Minister of Foreign Affairs" in page.select_one(".speaker-header .roles").get_text()
    assert "October 2, 2021 to November 15, 2021" in facts
    spoke_with = page.select_one(".counterparts").get_text(" ", strip=True)
    assert "Azerbaijan" in spoke_with


def test_an_outlet_gets_a_page_and_the_actor_it_quotes_who_says_nothing_itself_does_not(seed_site):
    kayhan = soup(seed_site / "speakers" / "kayhan.html")
    assert "Mossad" in kayhan.select_one(".statement-quoted").get_text()
    assert not kayhan.select_one(".statement-quoted a[href$='mossad.html']")
    assert not (seed_site / "speakers" / "mossad.html").exists()
    tasnim = soup(seed_site / "speakers" / "tasnim.html")
    assert "cartoon" in tasnim.select_one(".occasion").get_text()


def test_note_ids_on_a_speaker_page_are_unique(seed_site):
    for path in (seed_site / "speakers").glob("*.html"):
        ids = [tag["id"] for tag in soup(path).find_all(id=True)]
        assert len(ids) == len(set(ids)), path.name


def test_the_timeline_lists_every_dated_statement_in_order(seed_site):
    page = soup(seed_site / "timeline.html")
    dates = [time["datetime"] for time in page.select("main .statement-meta time")]
    data = json.loads((seed_site / "data" / "statements.json").read_text(encoding="utf-8"))
    assert dates == sorted(dates) and len(dates) == sum(1 for row in data["statements"] if row["date"])


def test_statements_data_as_json_and_csv_agree_and_point_into_the_site(seed_site):
    data = json.loads((seed_site / "data" / "statements.json").read_text(encoding="utf-8"))
    rows = data["statements"]
    with open(seed_site / "data" / "statements.csv", encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert (
        len(rows) == len(table) == 20
    )  # the gold's 20 body quotes, all found (Kayhan's "naturally starting negotiations" since the second that-clause rule)
    assert {"speaker", "date", "occasion", "quote", "note_text", "report", "section", "anchor"} <= set(table[0])
    assert {row["speaker"] for row in rows} == WITH_PAGES
    ids_of = functools.cache(ids_in)  # each page parsed once, not once a row
    for row, line in zip(rows, table, strict=True):
        assert row["quote"] == line["quote"] and row["date"] == line["date"]
        target, fragment = row["url"].split("#")
        assert fragment in ids_of(seed_site / target)
    cartoon = next(row for row in rows if row["speaker"] == "tasnim")
    assert cartoon["occasion"] == "cartoon" and cartoon["date"] == "2021-10-05" and cartoon["note_text"].startswith("Tasnim")
    assert io.StringIO((seed_site / "data" / "statements.csv").read_text(encoding="utf-8")).readline().startswith("speaker,")


def test_with_two_reports_a_speaker_page_gathers_statements_from_both(two_report_site):
    output, _ = two_report_site
    page = soup(output / "speakers" / "abdollahian.html")
    dates = statement_dates(page)
    assert len(dates) == 8 and dates[-1] == "2022-02-10" and dates == sorted(dates)
    assert "in 2 reports" in page.select_one(".speaker-facts").get_text(" ", strip=True)
    notes = page.select(".page-notes li")
    assert len({n["id"] for n in notes}) == len(notes)
    # each report's notes under its title, once
    headings = [h.get_text(" ", strip=True) for h in page.select(".page-notes h3.notes-from")]
    assert len(headings) == 2 and any("Border Talks Resume" in h for h in headings)
    assert not (output / "speakers" / "lavrov.html").exists()


def test_an_unknown_speaker_gets_a_provisional_page_and_the_build_names_them(two_report_site):
    output, stderr = two_report_site
    page = soup(output / "speakers" / "farid-kazemi.html")
    assert page.find("h1").get_text(strip=True) == "Farid Kazemi"
    assert "not yet in the actor registry" in page.select_one(".speaker-kind").get_text()
    # who the report says he is, where a registry entry's roles stand (attribution.descriptions)
    assert page.select_one(".speaker-header .roles").get_text(" ", strip=True) == "Deputy Interior Minister"
    assert page.select_one("blockquote, q").get_text(" ", strip=True).startswith("We will reopen the northern border crossings")
    warnings = [line for line in stderr.splitlines() if "Farid Kazemi" in line]
    assert len(warnings) == 1 and "border-talks-resume.md:9" in warnings[0] and "invoke speakers" in warnings[0]
    index = soup(output / "speakers" / "index.html")
    item = index.select_one("a[href='farid-kazemi.html']").parent
    assert item.select_one(".speaker-role").get_text(strip=True) == "Deputy Interior Minister"


def test_invoke_speakers_prints_the_review_table_and_an_entry_to_paste(two_report_site, tmp_path):
    import subprocess
    import sys

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "reports" / "border-talks-resume.md").write_text(SECOND_REPORT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "speakers", "--content", str(content)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "22 statements by 10 speakers in 2 reports" in out
    assert "Hossein Amir-Abdollahian (abdollahian, person): 8 statements" in out
    assert "why: sieve cue_before (high confidence): 'replied'" in out
    assert '[[actor]]\nid = "farid-kazemi"\nname = "Farid Kazemi"\nkind = "person"' in out
    assert 'aliases = ["Kazemi"]\ndescription = "Deputy Interior Minister"' in out


REGISTRY_ERRORS = {
    "duplicate id": ('\n[[actor]]\nid = "kayhan"\nname = "Kayhan Daily"\nkind = "outlet"\n', "speakers/kayhan.html, which the actor at line"),
    "duplicate alias": ('\n[[actor]]\nid = "kayhan-english"\nname = "Kayhan International"\nkind = "outlet"\naliases = ["Tasnim"]\n', "Tasnim"),
    "unknown affiliation": ('\n[[actor]]\nid = "zarif"\nname = "Javad Zarif"\nkind = "person"\naffiliation = "atlantis"\n', "atlantis"),
    "bad toml": ('\n[[actor]]\nid = "broken\n', "not valid TOML"),
    "same page name": ('\n[[actor]]\nname = "KAYHAN!"\nkind = "outlet"\n', "speakers/kayhan.html, which the actor at line"),
}


@pytest.mark.parametrize("case", sorted(REGISTRY_ERRORS))
def test_a_registry_error_fails_the_build_with_file_and_line_and_keeps_the_previous_output(case, content_copy, good_output):
    output = good_output
    before = tree_digest(output)
    registry = content_copy / "actors.toml"
    lines_before = registry.read_text(encoding="utf-8").count("\n")
    addition, expected = REGISTRY_ERRORS[case]
    registry.write_text(registry.read_text(encoding="utf-8") + addition, encoding="utf-8")
    result = run_build(content_copy, output)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    location = errors[0].split(": ")[1]
    path, line = location.rsplit(":", 1)
    assert path.endswith("actors.toml") and int(line) > lines_before
    assert expected in errors[0]
    assert tree_digest(output) == before


def test_invoke_speakers_reports_bad_input_in_one_line(content_copy):
    import subprocess
    import sys

    (content_copy / "reports" / "latin.md").write_bytes('+++\ntitle = "T"\ndate = 2024-01-01\n+++\n\nCaf\xe9.\n'.encode("latin-1"))
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "speakers", "--content", str(content_copy)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "latin.md:6: is not UTF-8 text" in result.stderr
