"""A report dated by its month alone: the month on a line of its own near the top (a PDF's cover) or the month its
How-to-cite line ends on. Passages of our own, each with a near miss."""

from __future__ import annotations

import datetime as dt

from dossier.dates import format_month, iso_month, month_line
from imported import PROSE, body_text, built, headings

COVER = (
    "Harbour Pilots and the Tidal Grid\n\n"
    "Rethinking how small ports share their pilots\n\n"
    "March 2023\n\n"
    "Executive summary\n\n"
    f"The harbour pilots of three northern ports now share one roster, and {PROSE.lower()}.\n\n"
    f"Each port keeps its own tug, and {PROSE.lower()}.\n"
)


def test_a_month_alone_near_the_top_dates_the_report_by_its_month():
    result, report = built(COVER)
    assert 'date = "2023-03"' in result.markdown
    assert report.date == dt.date(2023, 3, 1) and report.month_only
    assert "March 2023" not in headings(report) and "March 2023" not in body_text(report)


def test_a_day_near_the_top_still_dates_the_report_to_the_day():
    """Near miss: a full date line is read as before, the day known."""
    result, report = built(COVER.replace("March 2023\n", "14 March 2023\n"))
    assert "date = 2023-03-14" in result.markdown and not report.month_only


def test_a_month_inside_a_sentence_does_not_date_the_report():
    """Near miss: 'in March 2023' in the text is the story's history, not the report's month."""
    result, _ = built(COVER.replace("March 2023\n\n", "").replace("now share", "since March 2023 share"))
    assert 'date = "unknown"' in result.markdown


CITED = (
    "Harbour Pilots and the Tidal Grid\n\n"
    "Executive summary\n\n"
    f"The harbour pilots of three northern ports now share one roster, and {PROSE.lower()}.\n\n"
    f"Each port keeps its own tug, and {PROSE.lower()}.\n\n"
    "How to cite\n\n"
    "Roe, J. and Doe, J. (2022) Harbour pilots and the tidal grid. Port Studies Brief No. 4, Lisbon, September 2022.\n"
)


def test_the_month_a_how_to_cite_line_ends_on_dates_the_report():
    result, report = built(CITED)
    assert 'date = "2022-09"' in result.markdown and report.month_only


def test_a_citation_without_its_label_does_not_date_the_report():
    """Near miss: a reference list's entry naming a month is another work's date."""
    result, _ = built(CITED.replace("How to cite\n\n", "References\n\n"))
    assert 'date = "unknown"' in result.markdown


def test_month_helpers():
    assert month_line("SEPTEMBER 2022") == dt.date(2022, 9, 1)
    assert month_line("September 12, 2022") is None and month_line("September marked the start") is None
    assert iso_month("2022-09") == dt.date(2022, 9, 1) and iso_month("2022-09-01") is None
    assert format_month(dt.date(2022, 9, 1)) == "September 2022"
