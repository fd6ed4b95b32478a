"""A saved page of a site that republishes another's report: its chapter title, its author, its site's description."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

TEXT = (
    "The ferry operators told the inquiry that fares rose because the fleet was old, and the councils told it the opposite. "
    "Both were partly right, and the figures they gave the inquiry show where each of them went wrong."
)


def page(title: str, description: str, h1: str) -> bytes:
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta name='description' content='{description}'><meta name='author' content='Tom Webb'></head>"
        f"<body><div class='content'><h1>{h1}</h1><h2>1. Fares</h2><p>{TEXT}</p><p>{TEXT}</p><h2>2. The fleet</h2><p>{TEXT}</p></div>"
        "<div id='sitecredit'><p>Harbour Inquiry (Online) by <a href='https://example.org/'>Tom Webb</a></p></div></body></html>"
    ).encode()


def test_an_edition_of_a_report_names_its_author_chapter_and_work() -> None:
    saved = page(
        "The Harbour Inquiry (Online) | Part II | Chapter 3",
        "A free, searchable HTML version of Dame Ruth Calloway’s report into the island ferries",
        "CHAPTER 3<br/>FARES AND THE FLEET",
    )
    result = import_page(read_saved_page(saved, "chapter3.html"), "chapter3.html")
    head = result.markdown.split("+++")[1]
    assert 'title = "Chapter 3: Fares and the Fleet"' in head  # the <title>'s spelling of its label, the rest in title case
    assert 'series = "The Harbour Inquiry (Online), Part II"' in head  # the work the chapter is of
    assert 'name = "Dame Ruth Calloway"' in head and "Tom Webb" not in head  # the site's maker is no author
    assert "searchable HTML version" not in head and 'summary = "The ferry operators told' in head
    assert any("Tom Webb (meta author) read as the edition's maker" in p.message for p in result.problems)


def test_a_page_describing_its_story_keeps_its_meta_author_and_description() -> None:
    # near miss: a description of the story, not of the site; a headline in capitals on one line, no part's label
    saved = page("Fares and the Fleet | Harbour Notes", "How the island ferries came to cost twice as much in five years", "FARES AND THE FLEET")
    result = import_page(read_saved_page(saved, "fares.html"), "fares.html")
    head = result.markdown.split("+++")[1]
    assert 'name = "Tom Webb"' in head and "series =" not in head
    assert 'summary = "How the island ferries came to cost twice as much in five years"' in head
    assert "Chapter" not in head and ": " not in head.split("title = ")[1].split("\n")[0]
