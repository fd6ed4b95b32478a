"""A line of a PDF's text (or of a hard-wrapped copy) ending on a quotation closed by a comma ('… of the new
terminal,”') ends no sentence: the line under it opening in lower case goes on in the same paragraph. Passages of our
own, with near misses."""

from __future__ import annotations

from imported import built

HEAD = ["Why the Ferry Claims Need Care", "By Tomas Vell | May 12, 2023", ""]
FILL = "The crossings have been the subject of many claims over the years, and most of them come from the port office itself"
AFTER = "without any log or record to support them. The crews, for their part, kept their own logs of the late departures"
LAST = "and those logs show the same delays week after week, which the office has never answered in public.\f"


def paragraphs(*lines: str) -> list[str]:
    _, report = built("\n".join([*HEAD, *lines]))
    return [p.text for s in report.sections for p in s.paragraphs]


def test_a_line_closing_a_quotation_on_a_comma_runs_on_into_a_lower_case_line():
    for closing, going_on in (
        ("In a 2019 note the office said the ferries “run on time through every season of the year, whatever the weather,”", AFTER),
        ("“The ferries run on time through every season of the year, whatever the weather and whatever the crews say,’", "said Ines Roe, " + AFTER),
    ):
        found = paragraphs(FILL, closing, going_on, LAST)
        assert any(closing in p and going_on in p for p in found), found


def test_a_capital_line_under_a_quotation_closed_on_a_comma_is_the_next_paragraph():
    """In a copy whose paragraphs a blank line parts, the paragraph under a quotation closed so opens with a capital."""
    comma = "In a 2019 note the office said the ferries “run on time through every season of the year, whatever the weather,”"
    going_on = "Without any log or record to support them, the crews kept their own logs of the late departures on the route."
    assert len(paragraphs(comma, "", going_on)) == 2
