"""A local news site's story copied whole with select-all: the headline over a byline in lower case and the date lines,
the lead photo's caption (twice) and credit, captions among the paragraphs, and the site's boxes after the story.
Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built

HEADLINE = "Harbour Lights: The Town's Old Beacons Mostly Don't Shine Anymore"
STORY = [
    "You have seen the towers along the coast, beside the piers and the ferry docks. Fifty years ago the harbour kept dozens of working beacons, and nobody is sure how many are left.",
    "So what shape are these towers in? And how safe would the boats be on a foggy night without them?",
    "The good news is that the harbour now has radar, and the ferries rarely need the old beacons at all.",
]


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_byline_in_lower_case_under_the_headline_is_the_byline():
    _, report = built(page(HEADLINE, "by Lena Marsh", "Published March 9, 2017", *STORY))
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["Lena Marsh"]


def test_a_wrapped_sentence_going_on_in_by_and_a_name_stays_one_paragraph():
    first = "The survey of the old towers along the quay that the council ordered last spring was carried out"
    _, report = built(page(HEADLINE, "By Lena Marsh", "Published March 9, 2017", first, "by Tomas Brenner", *STORY))
    assert f"{first} by Tomas Brenner" in body_text(report)
    assert [a.name for a in report.authors] == ["Lena Marsh"]
