"""A pull quote a saved page sets in a small heading's type (<h4>“We will not go back.”</h4>, an <h5> with a dash credit):
a whole sentence in quotation marks is the pull quote's paragraph, never a section heading. A quoted phrase with no stop
(a news story's subhead), a question set as a section's title in a large heading, and a plain heading stay headings."""

from __future__ import annotations

import pytest
from dossier.savedpage import read_saved_page

FIRST = "The harbour board met on Tuesday to discuss the ferry fares, and its members argued for hours about the winter timetable and the price of a season ticket."
SECOND = "Councillors from the three towns said the timetable would not change before the spring, whatever the ferry company asked, and the fares would be set in May."


def read(middle: str):
    body = f"<article><h1>Ferry Fares Rise Again</h1><p>{FIRST}</p>{middle}<p>{SECOND}</p><h2>What comes next</h2><p>{FIRST}</p></article>"
    page = f'<!doctype html><html><head><meta charset="utf-8"><title>Ferry Fares Rise Again</title></head><body>{body}</body></html>'
    return read_saved_page(page.encode(), "page.html")


def headings(saved) -> list[str]:
    return [u.text for u in saved.body if u.kind == "heading"]


@pytest.mark.parametrize(
    "heading",
    [
        "<h4>“We will not go back.”</h4>",
        "<h5>“The fares are too high for the islanders.” — Sunniva Brekke</h5>",
        "<h6>“Who asked the islanders?”</h6>",
        "<h3>“The fares are too high for the islanders.” — Sunniva Brekke</h3>",
        "<h3>“The fares are too high for the islanders.” — Dr Sunniva Brekke, harbour master</h3>",
    ],
)
def test_a_pull_quote_set_as_a_heading_is_a_paragraph(heading: str) -> None:
    saved = read(heading)
    assert headings(saved) == ["What comes next"]
    assert any(u.kind == "paragraph" and u.text.startswith("“") for u in saved.body)


@pytest.mark.parametrize(
    "heading",
    [
        "<h4>‘Not an innocent port’</h4>",
        "<h2>“Who pays for the ferry?”</h2>",
        "<h4>Fares and the winter timetable</h4>",
        "<h3>“Why now?” - a timeline</h3>",
    ],
)
def test_a_quoted_phrase_a_large_quoted_title_and_a_plain_heading_stay_headings(heading: str) -> None:
    """Near misses: a quoted phrase with no stop, an uncredited quotation in a section's large heading, a plain heading, a
    quoted question with a subtitle after the dash (no person's name)."""
    saved = read(heading)
    assert len(headings(saved)) == 2
