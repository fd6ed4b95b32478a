"""Over a page's story, a breadcrumb's links a line each under 'Home' ('Harbourtown' / 'Blogs') and a date alone on its
line ('AUGUST 10, 2021', '9 mai 2022') are no sections; a line that ends a sentence under 'Home' is no breadcrumb link."""

from __future__ import annotations

from dossier.importer import import_text
from dossier.pulllines import bare_date_line

LONG = (
    "The town library in Harbourtown has spent a year asking families why they read less at home than they did, and "
    "what would bring the evening story back to their children's rooms before the long winter nights set in."
)
STORY = [LONG, "Some notes on method", "We spoke to thirty parents and teachers over the winter."]


def imported(*blocks: str) -> str:
    return import_text("\n\n".join(["Reading at home in Harbourtown", *blocks]) + "\n", "page.txt").markdown


def test_the_breadcrumb_under_home_is_no_section() -> None:
    markdown = imported("Home", "Harbourtown", "Blogs", "Reading at home in Harbourtown", "By Ines Varga", *STORY)
    assert "## Harbourtown" not in markdown and "## Blogs" not in markdown and "## Some notes on method" in markdown


def test_a_date_alone_over_the_story_is_no_section_and_dates_the_report() -> None:
    markdown = imported("type: blog", "Home", "Blogs", "Reading at home in Harbourtown Written by : Ines Varga", "AUGUST 10, 2021", *STORY)
    assert "## AUGUST 10, 2021" not in markdown and "date = 2021-08-10" in markdown
    markdown = imported("type: blog", "Home", "Blogs", "Reading at home in Harbourtown Written by : Ines Varga", "9 mai 2022", *STORY)
    assert "## 9 mai 2022" not in markdown


def test_what_is_no_bare_date_line() -> None:
    assert bare_date_line("AUGUST 10, 2021") and bare_date_line("9 mai 2022") and bare_date_line("3 de mayo de 2021")
    assert not bare_date_line("March 2021 in review") and not bare_date_line("Since 9 May 2022") and not bare_date_line("Mai")


def test_a_short_heading_under_home_that_ends_a_sentence_is_no_crumb() -> None:
    markdown = imported("Home", "Read this first.", "By Ines Varga", *STORY)
    assert "Read this first." in markdown
