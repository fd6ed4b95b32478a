"""A byline's label or post on a line of its own over or under the writer's name ('By' / 'Jane Roe' / 'Staff Reporter',
'Staff Reporter' / 'Jane Roe', 'Jane Roe' / 'Staff'): the author is the name, the post hers, none of the label words an
author or a heading; in a plain text and in a saved page's byline element."""

from __future__ import annotations

import pytest
from dossier.importer import import_page, import_text
from dossier.savedpage import read_saved_page

STORY = (
    "The quay trust met on the slipway twice this year, and the borough said the repairs ran late.\n\n"
    "The borough will meet again in the spring to hear the auditors on the cost of the works.\n"
)


def authors_line(head: str) -> tuple[str, str]:
    result = import_text("Quay Review\n\n" + head + "\n\n" + STORY, "quay.txt")
    line = next(s for s in result.summary if s.startswith("authors:"))
    title = next(s for s in result.summary if s.startswith("title:"))
    return line, title + result.markdown.split("+++")[2]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("By Mira Holt\nStaff Reporter", "authors: Mira Holt (Staff Reporter)"),
        ("By\nMira Holt\nReporter", "authors: Mira Holt (Reporter)"),
        ("Staff Reporter\nMira Holt", "authors: Mira Holt (Staff Reporter)"),
        ("Mira Holt\nStaff Reporter", "authors: Mira Holt (Staff Reporter)"),
        ("Mira Holt\nStaff", "authors: Mira Holt"),
        ("STAFF WRITER\nMira Holt", "authors: Mira Holt (Staff Writer)"),
    ],
)
def test_a_label_or_post_over_or_under_the_name_in_a_plain_text(head: str, expected: str) -> None:
    line, rest = authors_line(head)
    assert line == expected
    assert rest.startswith("title: 'Quay Review'")
    assert "#" not in rest and "Reporter\n" not in rest and "Staff\n" not in rest


def test_a_name_over_a_line_that_is_no_post_keeps_its_reading() -> None:
    # near miss: the line under the name is a kicker, not a post
    line, _ = authors_line("Mira Holt\nHarbour Notes")
    assert "(Harbour Notes)" not in line


def page_authors(byline: str) -> str:
    html = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Quay Review</title></head><body><article><h1>Quay Review</h1>"
        + byline
        + "".join(f"<p>{p}</p>" for p in STORY.strip().split("\n\n"))
        + "</article></body></html>"
    )
    result = import_page(read_saved_page(html.encode(), "quay.html"), "quay.html")
    return next(s for s in result.summary if s.startswith("authors:"))


@pytest.mark.parametrize(
    "byline",
    [
        "<div class='byline'>By<br>Mira Holt<br>Staff Reporter</div>",
        "<div class='byline'>Staff Reporter<br>Mira Holt</div>",
        "<div class='author'><span>By</span> <span>Mira Holt</span> <span>Staff</span></div>",
        "<div class='byline'>Mira Holt<br>Staff</div>",
        "<p>By</p><p>Mira Holt</p><p>Staff Reporter</p>",
        "<p>By</p><p>Mira Holt</p>",
    ],
)
def test_a_label_over_or_under_the_name_in_a_saved_pages_byline(byline: str) -> None:
    assert page_authors(byline) == "authors: Mira Holt"


def test_a_desks_byline_keeps_its_staff() -> None:
    # near miss: 'Staff' closing a desk's name, no person's
    assert page_authors("<div class='byline'>By<br>Harbour Times Staff</div>") == "authors: Harbour Times Staff"


def test_by_in_a_paragraph_over_no_name_names_no_one() -> None:
    # near miss: 'By' alone over a paragraph that is no person's name
    assert page_authors("<p>By</p><p>Harbour Notes</p>") == "authors: none found"


PARTS = (
    "The trust employed forty people on the quay this year, ten more than last, most of them boatmen.\n\n"
    "Finances\n\n"
    "The trust spent more on the slipway than it had planned, and the borough paid the rest of the bill.\n"
)


@pytest.mark.parametrize(
    ("head", "heading"),
    [
        ("By Mira Holt\n\nStaff", "Staff"),  # under 'By …' a bare 'Staff' is a heading, not her label
        ("By Mira Holt\n\n5 May 2020\n\nStaff", "Staff"),  # never under the date line
        ("By Mira Holt\n\nDirectors", "Directors"),  # a plural: a heading, one writer has one post
        ("By Mira Holt\n\n5 May 2020\n\nReporter", "Reporter"),
    ],
)
def test_a_heading_under_the_byline_stays_a_heading(head: str, heading: str) -> None:
    result = import_text("Quay Trust Review 2020\n\n" + head + "\n\n" + PARTS, "quay.txt")
    assert next(s for s in result.summary if s.startswith("authors:")) == "authors: Mira Holt"
    assert f"## {heading}\n" in result.markdown and "## Finances" in result.markdown


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<div class='byline'>By Mira Ann Head</div>", "authors: Mira Ann Head"),  # a surname that is a post's word
        ("<div class='byline'>By Sara Jane Fellows and Tom Hale</div>", "authors: Sara Jane Fellows; Tom Hale"),
        ("<div class='byline'>By Mira Holt Staff Reporter</div>", "authors: Mira Holt"),  # a post of two words is one
    ],
)
def test_a_byline_surname_that_is_a_job_word_stays_the_name(byline: str, expected: str) -> None:
    assert page_authors(byline).split(" (")[0] == expected
