"""A news page copied with select-all whose share bars stand between the headline and the byline, a button a line
('Share on twitter (opens new window)', 'Share', 'Save'), once above the lead picture and once below it: the bars count
for nothing in the header's reach, so the byline and the date line under them are still read. Passages of our own, with
near misses."""

from __future__ import annotations

import pytest
from dossier.furniture import furniture_kind
from imported import body_text, built, headings

BAR = (
    "Share on twitter (opens new window)\nShare on facebook (opens new window)\nShare on linkedin (opens new window)\n"
    "Share on whatsapp (opens new window)\nShare\nSave\n"
)
HEADLINE = "Tolvik grain exporters cut forecasts as the drought spreads\n"
STORY = (
    "\nEda Lunn and Marek Hollis\n\nJune 11 2024\n\n"
    "Grain exporters in Tolvik cut their harvest forecasts for the second time this month as the drought spread east.\n\n"
    "“The rain came too late for the winter wheat,” said Ansel Vik, who runs the growers’ co-operative in Nordby.\n"
)


@pytest.mark.parametrize("bars", [1, 2, 3])
def test_share_bars_between_headline_and_byline_leave_the_byline_and_date_read(bars):
    result, report = built(HEADLINE + BAR * bars + STORY)
    assert report.title == "Tolvik grain exporters cut forecasts as the drought spreads"
    assert [a.name for a in report.authors] == ["Eda Lunn", "Marek Hollis"]
    assert str(report.date) == "2024-06-11"
    assert headings(report) == []
    assert "Save" not in body_text(report) and "Ansel Vik" in body_text(report)
    assert len(result.dropped["share bar"]) == 6 * bars


def test_a_save_button_alone_on_its_line_is_the_share_bar_s():
    assert furniture_kind("Save") == "share bar"
    assert furniture_kind("SAVE") == "share bar"


@pytest.mark.parametrize("line", ["Save the harbour", "Save our ferries, the campaigners said", "Saved"])
def test_near_miss_save_in_a_heading_or_sentence_is_text(line):
    assert furniture_kind(line) == ""


def test_near_miss_many_short_lines_that_are_no_share_bar_still_end_the_header():
    lines = "".join(f"Point {n} of the plan\n" for n in range(14))
    _, report = built(HEADLINE + lines + STORY)
    assert report.authors == [] or [a.name for a in report.authors] != ["Eda Lunn", "Marek Hollis"]
