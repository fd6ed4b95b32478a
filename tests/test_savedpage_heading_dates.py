"""A date set in its own element inside a deck's heading (`<h2>… How did it happen?<span class="deck__date">Tuesday,
11 April 2023</span></h2>`): a date line of its own, never glued to the deck's last word nor part of the summary.
Passages of our own, with near misses."""

from __future__ import annotations

from bs4 import BeautifulSoup
from dossier.savedpage import _dates_out_of_headings
from saved_page_passages import LONG, body_text, read

DECK = "A ferry line closed for a decade is running again. What changed at the quay?"


def page(deck: str) -> str:
    return f"<article><h1>Ferries back at Osk Quay</h1><div class='deck'>{deck}</div><p>{LONG}</p></article>"


def test_a_date_in_the_decks_heading_is_a_date_line_of_its_own():
    for deck in (
        f"<h2 class='hl__text'>{DECK}<span class='hl__date'>Monday, 3 July 2023</span></h2>",
        f"<h2>{DECK}<time datetime='2023-07-03'>3 July 2023</time></h2>",
        f"<h3><span class='pubdate'>July 3, 2023</span> {DECK}</h3>",
    ):
        saved = read(page(deck))
        assert saved.meta.get("summary") == DECK, deck
        assert str(saved.meta.get("date")) == "2023-07-03", deck
        text = body_text(saved)
        assert "quay?Monday" not in text and "July 2023" not in text, deck


def test_near_misses_keep_their_heading_whole():  # headings in the story's text, where no date stamp is looked for
    for deck, kept in (
        # a span of no date's class: the deck's own words
        (f"<h2>{DECK}<span class='hl__note'>3 July 2023</span></h2>", "3 July 2023"),
    ):
        saved = read(f"<article><h1>Ferries back at Osk Quay</h1><p>{LONG}</p>{deck}<p>{LONG}</p></article>")
        assert kept in (saved.meta.get("summary") or "") + body_text(saved), deck


def test_a_dated_title_keeps_its_date():  # near misses: a date beside two words only, or inside the sentence, is the heading's own
    soup = BeautifulSoup("<div><h2>Minutes of <span class='date'>3 July 2023</span></h2></div>", "html.parser")
    _dates_out_of_headings(soup.div)
    assert soup.h2.get_text(" ", strip=True) == "Minutes of 3 July 2023"
    middle = "<div><h2>Since <span class='date'>3 July 2023</span> the ferry has sailed twice a day from the quay</h2></div>"
    soup = BeautifulSoup(middle, "html.parser")  # a date inside the sentence, not beside it
    _dates_out_of_headings(soup.div)
    assert soup.h2.get_text(" ", strip=True).startswith("Since 3 July 2023 the ferry")
    soup = BeautifulSoup(f"<div><h2>{DECK}<span class='date'>3 July 2023</span></h2></div>", "html.parser")
    _dates_out_of_headings(soup.div)
    assert soup.h2.get_text(" ", strip=True) == DECK
