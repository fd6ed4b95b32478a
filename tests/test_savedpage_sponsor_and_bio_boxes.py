"""A saved page's sponsored-report box ('Sponsored by …', 'Paid content', 'In partnership with …') and the author's bio
box (<div class="author-bio">, an <aside> under 'About the author'): page furniture, never paragraphs or sections of the
report; where the page has no byline, the bio's sentence ('Sunniva Brekke is a reporter …') names the writer."""

from __future__ import annotations

import pytest
from dossier.importer import import_text
from dossier.savedpage import read_saved_page

FIRST = "The harbour board met on Tuesday to discuss the ferry fares, and its members argued for hours about the winter timetable and the price of a season ticket."
SECOND = "Councillors from the three towns said the timetable would not change before the spring, whatever the ferry company asked, and the fares would be set in May."
BIO = "Sunniva Brekke is a reporter covering the ports for the Quay Courier."


def read(body: str):
    page = f'<!doctype html><html><head><meta charset="utf-8"><title>Ferry Fares Rise Again</title></head><body><article><h1>Ferry Fares Rise Again</h1>{body}</article></body></html>'
    return read_saved_page(page.encode(), "page.html")


def texts(saved) -> list[str]:
    return [u.text for u in saved.body]


@pytest.mark.parametrize("line", ["Sponsored by Orvia Shipping", "Paid content", "Sponsored content", "In partnership with Bank of the Quays"])
def test_a_sponsored_reports_label_is_furniture(line: str) -> None:
    saved = read(f"<p>{FIRST}</p><p>{line}</p><p>{SECOND}</p>")
    assert texts(saved) == [FIRST, SECOND]


def test_a_sentence_opening_on_a_partnership_stays() -> None:
    """Near miss: 'In partnership with …' opening a sentence of the story."""
    line = "In partnership with Bank of the Quays, the board will open a ticket office on the north quay next year."
    assert line in texts(read(f"<p>{FIRST}</p><p>{line}</p><p>{SECOND}</p>"))


def test_sponsor_lines_in_plain_text_are_no_headings() -> None:
    text = f"Ferry Fares Rise Again\n\nSponsored by Orvia Shipping\n\n{FIRST}\n\nPaid content\n\n{SECOND}\n"
    markdown = import_text(text, "page.txt").markdown
    assert "## " not in markdown and "Orvia" not in markdown and "Paid content" not in markdown


@pytest.mark.parametrize(
    "box",
    [
        f"<div class='author-bio'><img src='brekke.jpg' alt=''><p>{BIO}</p></div>",
        f"<aside><img src='brekke.jpg' alt=''><h4>About the author</h4><p>{BIO}</p></aside>",
    ],
)
def test_an_author_bio_box_is_furniture_and_names_the_writer_where_no_byline_does(box: str) -> None:
    saved = read(f"<p>{FIRST}</p><p>{SECOND}</p>{box}")
    assert texts(saved) == [FIRST, SECOND]
    assert saved.meta["authors"] == ["Sunniva Brekke"] and saved.meta["author_note"] == BIO


def test_the_byline_wins_over_the_bio_box() -> None:
    """Near miss: a byline over the story names the writer; the box adds no author."""
    saved = read(f"<div class='byline'>By Ivo Marsh</div><p>{FIRST}</p><p>{SECOND}</p><div class='author-bio'><p>{BIO}</p></div>")
    assert saved.meta["authors"] == ["Ivo Marsh"]


def test_an_aside_about_someone_else_names_no_writer() -> None:
    """Near miss: an aside after the story about a person it quotes, under no authors' label, names no author."""
    saved = read(f"<p>{FIRST}</p><p>{SECOND}</p><aside><h4>Who is Ida Lund?</h4><p>Ida Lund is the mayor of the north quay.</p></aside>")
    assert saved.meta["authors"] == []


def test_the_bio_box_of_the_bylines_writer_is_the_authors_note() -> None:
    """The byline names the writer and the box gives her bio: the box is furniture, the bio the author's note."""
    saved = read(f"<div class='byline'>By Sunniva Brekke</div><p>{FIRST}</p><p>{SECOND}</p><div class='author-bio'><p>{BIO}</p></div>")
    assert saved.meta["authors"] == ["Sunniva Brekke"] and saved.meta["author_note"] == BIO and texts(saved) == [FIRST, SECOND]


def test_every_bio_in_the_box_names_its_writer_without_the_title() -> None:
    box = "<div class='author-bio'><p>Dr Ola Brenn is a lecturer in transport.</p><p>Ivo Reed is an editor at the Quay Courier.</p></div>"
    saved = read(f"<p>{FIRST}</p><p>{SECOND}</p>{box}")
    assert saved.meta["authors"] == ["Ola Brenn", "Ivo Reed"]
    assert saved.meta["author_note"] == "Dr Ola Brenn is a lecturer in transport. Ivo Reed is an editor at the Quay Courier."


def test_a_bodys_bio_in_the_box_names_no_writer() -> None:
    """Near miss: 'The Harbour Trust is a charity' is no person's name."""
    saved = read(f"<p>{FIRST}</p><p>{SECOND}</p><div class='author-bio'><p>The Harbour Trust is a charity.</p></div>")
    assert saved.meta["authors"] == []


@pytest.mark.parametrize("line", ["Sponsored by the State", "Supported by Evidence"])
def test_a_sponsor_shaped_heading_between_prose_stays_a_heading(line: str) -> None:
    """Near miss: in plain text, a credit-shaped line between the text's prose paragraphs is a section's heading."""
    text = f"Ferry Fares Rise Again\n\nIntroduction\n\n{FIRST}\n\n{line}\n\n{SECOND}\n"
    assert f"## {line}" in import_text(text, "page.txt").markdown
