"""A release page's closing lines: its file's link ('[pdf]', '[PDF version]', 'Print version') and its day ('Story date: 3
March 2005'): page furniture, never a section or a paragraph; the 'Story date:' line dates a page that gives no other day."""

from __future__ import annotations

import datetime as dt

import pytest
from dossier.importer import import_text
from dossier.savedpage import read_saved_page

FIRST = "The harbour board met on Tuesday to discuss the ferry fares, and its members argued for hours about the winter timetable and the price of a season ticket."
SECOND = "Councillors from the three towns said the timetable would not change before the spring, whatever the ferry company asked, and the fares would be set in May."


def read(body: str):
    page = f'<!doctype html><html><head><meta charset="utf-8"><title>Ferry Fares Rise Again</title></head><body><article><h1>Ferry Fares Rise Again</h1>{body}</article></body></html>'
    return read_saved_page(page.encode(), "page.html")


@pytest.mark.parametrize("line", ["[pdf]", "[PDF version]", "Print version", "Story date: 3 March 2005"])
def test_a_release_pages_closing_line_is_furniture(line: str) -> None:
    saved = read(f"<p>{FIRST}</p><p>{SECOND}</p><p>{line}</p>")
    assert [u.text for u in saved.body] == [FIRST, SECOND]
    markdown = import_text(f"Ferry Fares Rise Again\n\n{FIRST}\n\n{SECOND}\n\n{line}\n", "release.txt").markdown
    assert line not in markdown and "## " not in markdown


def test_the_story_date_line_dates_a_page_with_no_other_day() -> None:
    saved = read(f"<p>{FIRST}</p><p>{SECOND}</p><p>[pdf]</p><p>Story date: 3 March 2005</p><p>Last updated: 9 May 2006</p>")
    assert saved.meta["date"] == dt.date(2005, 3, 3)
    markdown = import_text(
        f"Ferry Fares Rise Again\n\n{FIRST}\n\n{SECOND}\n\nStory date: 3 March 2005\n\nLast updated: 9 May 2006\n", "release.txt"
    ).markdown
    assert "date = 2005-03-03" in markdown


@pytest.mark.parametrize(
    "line",
    [
        "The PDF version of the report runs to forty pages and is on the board's website.",
        "Story date: the board has not set one, and the ferry company is still waiting.",
    ],
)
def test_sentences_about_the_file_or_the_date_stay(line: str) -> None:
    """Near misses: a sentence naming the PDF version, a label with no day after it."""
    saved = read(f"<p>{FIRST}</p><p>{line}</p><p>{SECOND}</p>")
    assert line in [u.text for u in saved.body]
