"""A short report's cover: the title, the byline and the month it came out ('March 2025') over the text, which quotes
interviews its numbered notes date ('1 Interview with Jane Roe, July 2, 2024.'). The month dates the report; a note's
interview day never does. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built

TEXT = (
    "Quayside Freight Outlook\n\n{cover}\n\nOverview\n\n"
    "Freight volumes across the coast grew again last year and the port operators are planning for more.\n\n"
    "“We have added two berths and we still turn ships away,” said Ilse Varga, a berth planner at Orm.1\n\n"
    "Smaller ports are slower to change. Pieter Lang, a pilot at Vells, explains, “Our budgets are set years ahead.”2\n\n"
    "1 Interview with Ilse Varga, May 14, 2024.\n"
    "2 Interview with Pieter Lang, June 3, 2024.\n"
)


def test_the_covers_month_dates_the_report_not_a_notes_interview_day():
    for cover in ("By Nora Feld\n\nMarch 2025", "March 2025\n\nBy Nora Feld"):
        result, _report = built(TEXT.format(cover=cover))
        assert 'date = "2025-03"' in result.markdown, cover


def test_a_full_date_line_on_the_cover_still_gives_the_day():
    _result, report = built(TEXT.format(cover="By Nora Feld\n\nMarch 4, 2025"))
    assert str(report.date) == "2025-03-04"


def test_a_month_heading_over_prose_in_a_timeline_is_kept_and_never_dates_the_report():
    text = (
        "Orm Valley Trust: the story of the weir\n\nTimeline\n\nMay 2017\n\n"
        "The weir was first closed to boats after the flood of 9 May 2017.\n\nToday\n\n"
        "Orm, 2 June 2025 - The board voted again to close the weir to boats.\n"
    )
    result, report = built(text)
    assert "May 2017" in result.markdown.split("+++")[-1]
    assert str(report.date) != "2017-05-01"


def test_a_month_over_a_lede_of_that_month_keeps_the_ledes_day():
    text = (
        "Orm Valley Trust\n\nQuarterly briefing\n\nApril 2026\n\n"
        "On 7 April 2026 the board voted to close the weir to boats, after a month of complaints from anglers about the banks.\n\n"
        "The trust had asked for the closure in February.\n"
    )
    _result, report = built(text)
    assert str(report.date) == "2026-04-07"
