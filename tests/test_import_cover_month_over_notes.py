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
