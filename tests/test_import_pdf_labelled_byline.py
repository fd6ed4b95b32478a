"""A printed page's first page in a PDF's text: a headline as wide as the column over a labelled byline ('BY: JANE
ROE', 'By: Jane Roe'): the byline is a line of its own, the author, never the headline's end. Passages of our own, with
near misses."""

from __future__ import annotations

import textwrap

from imported import built

WIDTH = 76
HEADLINE = "Velan Harbour Talks Stall as the Northern Ports Weigh a Levy on Ferry Tickets"


def column(*topics: str) -> str:
    return "\n\n".join(
        "\n".join(
            textwrap.wrap(
                f"Harbour masters in the northern ports have argued about {topic} for years, and their boards meet each month "
                f"to settle what {topic} asks of the pilots. Each port keeps its own tug and crew for {topic}, and the ferry "
                f"companies pay a share of the cost of {topic} through their mooring fees, as agreed in the trial.",
                WIDTH,
            )
        )
        for topic in topics
    )


BODY = column("the rosters", "the tugs", "the shifts", "safety") + "\n"


def test_a_labelled_byline_under_a_headline_as_wide_as_the_column_is_the_author():
    for byline, author in (("BY: ADA VORN", "Ada Vorn"), ("By: Oren Tasky", "Oren Tasky"), ("BY:  KASIMIR DELL", "Kasimir Dell")):
        for under in ("\n", "\nMARCH 4, 2024\n\n", "\n\n"):
            for pages in (BODY, BODY + "\f" + BODY):
                _, report = built(f"{HEADLINE}\n{byline}{under}{pages}")
                assert report.title == HEADLINE, (byline, under)
                assert [a.name for a in report.authors] == [author], (byline, under)


def test_a_line_opening_on_by_in_a_sentence_goes_on_with_it():  # near miss: no label's colon
    lines = [
        "The levy on ferry tickets that the northern ports agreed in the spring was paid",
        "by the ferry companies for the first time in June, and the pilots' union said",
        "the share each port pays was set by the board without asking its members.",
    ]
    _, report = built("Ferry Levy Paid\n\n" + "\n".join(lines) + "\n\n" + BODY)
    assert "was paid by the ferry companies for the first time" in " ".join(p.text for s in report.sections for p in s.paragraphs)
