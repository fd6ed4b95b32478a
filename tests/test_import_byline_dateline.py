"""A copied news story's byline and its dateline at the top of the text: the byline run into the dateline after a comma
('By Jane Roe, VELDEN, Norland — …') and a city alone in capitals before a dash on its own line ('VELDEN —'). The
writer is the author and the dateline opens the story's first paragraph; near misses stay as they were."""

from __future__ import annotations

import pytest
from dossier.document import read_report
from dossier.importer import import_text

HEADLINE = "Ferry crews walk out over the night rota"
STORY = "Ferry crews at the port of Velden stopped work on Monday, saying the new night rota left them too tired to sail safely."
MORE = "The harbour board said talks would resume on Wednesday, and the unions said they would wait for its offer."


def imported(*lines: str):
    result = import_text("\n\n".join([HEADLINE, *lines, MORE]) + "\n", "story.txt")
    return result, read_report(result.markdown, "reports/x.md")


def body(result) -> list[str]:
    return [line for line in result.markdown.split("+++")[-1].split("\n") if line.strip()]


@pytest.mark.parametrize("dateline", ["VELDEN, Norland —", "VELDEN, Norland (AP) —", "VELDEN, March 3 —"])
def test_a_byline_run_into_the_dateline_gives_the_writer_and_keeps_the_dateline(dateline: str) -> None:
    result, report = imported(f"By Jane Roe, {dateline} {STORY}")
    assert [a.name for a in report.authors] == ["Jane Roe"]
    assert body(result)[0] == f"{dateline} {STORY}"


@pytest.mark.parametrize(
    "line",
    [
        f"By Jane Roe, Staff Writer — {STORY}",  # a post after the comma, no dateline
        "By Christmas, the quays at Velden will have been closed for a month, the harbour board said in its statement.",
    ],
)
def test_near_misses_no_dateline_after_the_comma_gives_no_run_in_byline(line: str) -> None:
    _, report = imported(line)
    assert "Jane Roe" not in [a.name for a in report.authors]


@pytest.mark.parametrize("city", ["VELDEN —", "PORT HARLOW --", "ST. ANNS —", "NEW YORK —", "SINGAPORE —"])
def test_a_city_alone_before_a_dash_opens_the_first_paragraph(city: str) -> None:
    result, report = imported("By Jane Roe", city, STORY)
    assert [a.name for a in report.authors] == ["Jane Roe"]
    assert body(result)[0] == f"{city} {STORY}"
    assert f"## {city}" not in result.markdown


@pytest.mark.parametrize(
    "label",
    [
        "NOTE —", "UPDATE --", "ANALYSIS —", "PHOTOS —", "WATCH —", "SPONSORED —", "BACKGROUND —", "PREVIEW —",
        "LIVE UPDATES —", "FACT CHECK —", "THE BIG PICTURE —", "WHAT HAPPENED -", "MARLOW —",  # no place the story names
    ],
)  # fmt: skip
def test_near_misses_a_label_before_a_dash_is_no_dateline(label: str) -> None:
    result, _ = imported("By Jane Roe", label, STORY)
    assert f"{label} {STORY}" not in result.markdown


def test_near_miss_a_city_before_a_dash_after_the_story_has_begun_is_left_alone() -> None:
    result, _ = imported("By Jane Roe", STORY, "VELDEN —", MORE)
    assert f"VELDEN — {MORE}" not in result.markdown


@pytest.mark.parametrize("label", ["UPDATED, March 3 —", "EDITOR'S NOTE, March 3 —", "CORRECTION, May 2 --"])
def test_near_misses_a_label_and_its_date_is_no_dateline_alone(label: str) -> None:
    result, _ = imported("By Jane Roe", label, STORY)
    assert f"{label} {STORY}" not in result.markdown


def test_a_run_in_byline_with_its_agency_keeps_the_agency_out_of_the_text() -> None:
    result, report = imported(f"By Jane Roe, Reuters, VELDEN, Norland — {STORY}")
    assert [a.name for a in report.authors] == ["Jane Roe"]
    assert body(result)[0] == f"VELDEN, Norland — {STORY}"


@pytest.mark.parametrize("line", [f"By Victoria Station, LONDON — {STORY}", f"By Grace Harbour, VELDEN — {STORY}"])
def test_near_misses_a_place_shaped_as_a_name_before_the_dateline_is_no_writer(line: str) -> None:
    _, report = imported(line)
    assert report.authors == []
