"""A cached report's notes (each with its citations) are kept in its light analysis as a pickle of their own, unpickled
only when something asks for them: a warm build asks only whether a report has notes, except for the pages it renders."""

from __future__ import annotations

import re

from conftest import ROOT, build_seed_plus
from dossier.analysis import LightReport, analyse_reports
from dossier.model import Report
from dossier.pages import reading_order
from seeded import seed_copies
from test_incremental import assert_same_site, build

REGISTRY = str(ROOT / "content" / "actors.toml")
NOTED = """+++
title = "Noted"
slug = "noted"
date = 2022-04-02
+++

## Remarks

On April 1, 2022, Iranian Foreign Minister Hossein Amir-Abdollahian said: "We will keep talking with Baku."[^1]

[^1]: IRNA (Iran), April 1, 2022.
"""
PLAIN = NOTED.replace("[^1]\n\n[^1]: IRNA (Iran), April 1, 2022.\n", "\n")


def test_a_cached_reports_notes_are_unpickled_only_when_asked_for_and_kept_when_its_body_is_read(tmp_path):
    files = seed_copies(tmp_path, 1)
    cache = tmp_path / "cache"
    whole = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)[files[0][0]].report
    assert type(whole) is Report and whole.notes and whole.has_notes()
    light = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)[files[0][0]].report
    assert type(light) is LightReport and "notes" not in light.__dict__
    assert light.has_notes()
    assert [page.file_name for page in reading_order(light)] == [page.file_name for page in reading_order(whole)]
    assert "notes" not in light.__dict__  # answered without unpickling them
    assert light.notes == whole.notes and type(light) is LightReport  # unpickled now; the body is still unread
    # the body read first: the notes are unpickled as the report becomes whole, and stay when it is
    again = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)[files[0][0]].report
    assert again.sections[1].paragraphs == whole.sections[1].paragraphs
    assert type(again) is Report and again.notes == whole.notes and again == whole
    assert not {"_notes_pickle", "_has_notes"} & set(again.__dict__)


def test_a_cached_report_without_notes_has_no_notes_page(tmp_path):
    path = tmp_path / "plain.md"
    path.write_text(PLAIN, encoding="utf-8")
    files = [(str(path), path.name)]
    cache = tmp_path / "cache"
    analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    light = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)[str(path)].report
    assert type(light) is LightReport and not light.has_notes()
    assert [page.kind for page in reading_order(light)] == ["overview", "section"]
    assert light.notes == {}


def test_warm_builds_after_edits_to_a_reports_notes_equal_builds_from_scratch(tmp_path):
    output, _ = build_seed_plus(tmp_path, {"noted.md": NOTED})
    content = tmp_path / "content"
    noted = content / "reports" / "noted.md"
    seed = next(path for path in (content / "reports").glob("*.md") if path.name != "noted.md")
    assert (output / "reports" / "noted" / "notes.html").exists()
    edits = [
        # only a note's text: the statement citing it shows its note, on the speaker's page and in the data
        lambda: noted.write_text(NOTED.replace("IRNA (Iran)", "Tasnim (Iran)"), encoding="utf-8"),
        # the report's only note goes: no notes page any more
        lambda: noted.write_text(PLAIN, encoding="utf-8"),
        # a note of another report, which keeps its notes page
        lambda: seed.write_text(
            seed.read_text(encoding="utf-8").replace("[^2]: , October 3, 2021.", "[^2]: Fars, October 3, 2021.", 1), encoding="utf-8"
        ),
    ]
    for number, change in enumerate(edits):
        change()
        warm = build(content, output)
        assert re.search(r"analysed \d+ report\(s\): 1 read", warm), warm
        scratch = tmp_path / f"scratch-{number}"
        build(content, scratch)
        assert_same_site(output, scratch)
    assert not (output / "reports" / "noted" / "notes.html").exists()
    assert any('<span class="note-outlet">Fars</span>' in page.read_text(encoding="utf-8") for page in (output / "reports").glob("*/notes.html"))
