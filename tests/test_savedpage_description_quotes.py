"""A saved page's description in other quotation marks than its page: TeX-style marks made curly, and a description that
is the story's first paragraph in other marks or spacing taken as that paragraph, so the overview shows it once."""

from __future__ import annotations

import pytest
from dossier.document import read_report
from dossier.importer import import_page
from dossier.savedpage import read_saved_page

DECK = "“The slow months are behind us,” ferry line’s chief says"
STORY = (
    "<p>The Kestrel Ferry Line raised its forecast for the summer on Monday, citing strong bookings from the islands.</p>"
    "<p>“The slow months are behind us,” said the line’s chief, Ola Brekke. Two new boats are due in June, he said.</p>"
)


def imported(description: str, first: str = f"<p>{DECK}</p>", ld: str = ""):
    head = f'<meta name="description" content="{description}">' if description else ""
    script = f'<script type="application/ld+json">{{"@type": "NewsArticle", "description": "{ld}"}}</script>' if ld else ""
    page = (
        f"<!doctype html><html><head><title>Ferry line lifts forecast | Coast Weekly</title>{head}{script}</head><body>"
        f"<article><h1>Ferry line lifts forecast</h1>{first}{STORY}</article></body></html>"
    )
    result = import_page(read_saved_page(page.encode(), "page.html"), "page.html")
    return result, read_report(result.markdown, "reports/x.md")


@pytest.mark.parametrize(
    "description, ld",
    [
        ("``The slow months are behind us,'' ferry line’s chief says", ""),  # TeX marks in the meta description
        ("", "``The slow months are behind us,'' ferry line’s chief says"),  # and in the JSON-LD
        ("&quot;The slow months are behind us,&quot;  ferry line's chief says", ""),  # straight marks, a doubled space
    ],
)
def test_a_description_that_is_the_first_paragraph_in_other_marks_is_that_paragraph(description: str, ld: str) -> None:
    _, report = imported(description, ld=ld)
    assert report.summary == DECK and "``" not in report.summary


def test_tex_marks_in_a_description_no_paragraph_repeats_are_made_curly() -> None:
    _, report = imported("``Bookings are the best in a decade,'' the line says of its summer", first="")
    assert report.summary == "“Bookings are the best in a decade,” the line says of its summer"


def test_near_miss_a_description_in_other_words_stays_as_written() -> None:
    description = "&quot;The slow months are over,&quot; ferry line’s chief says"
    _, report = imported(description)
    assert report.summary == '"The slow months are over," ferry line’s chief says'


@pytest.mark.parametrize(
    "description, paragraph",
    [
        ("“The quiet weeks are over,” the ferry line’s chief says", '"The quiet weeks are over," the ferry line\'s chief says'),
        ("The new slipway is 40″ deep at low water", 'The new slipway is 40" deep at low water'),
        ("“The quiet weeks are over,” the line's chief says", '"The quiet weeks are over," the line’s chief says'),
    ],
)
def test_near_miss_curly_marks_or_primes_in_the_summary_are_never_made_straight(description: str, paragraph: str) -> None:
    from dossier.lede import summary_as_its_paragraph

    assert summary_as_its_paragraph(description, paragraph) == description


def test_a_summary_differing_only_in_spacing_takes_the_paragraph() -> None:
    from dossier.lede import summary_as_its_paragraph

    assert summary_as_its_paragraph("“Quiet  weeks,” she says ", "“Quiet weeks,” she says") == "“Quiet weeks,” she says"
