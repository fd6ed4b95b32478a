"""A saved news page whose theme loads the site's next stories under the story inside the same <article> (a "Continue
Reading" theme): each next story has its own headline, "Published … By …" head and text, and none of it is the
report's. The story ends where its own text ends. Passages of our own, with near misses: a report's dated parts by its
own author, a flat report with several headline-sized headings, a pull box without a byline."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

OWN = (
    "<p>The river ferries at Ostmark carried a third fewer passengers last winter as the fares rose twice.</p>"
    "<p>“Nobody rides a boat they cannot afford,” said councillor Hedda Vinter, who chairs the transport board.</p>"
)
NEXT_TEXT = (
    "<p>The tram depot on the east bank will close for a year while its tracks are relaid, the operator said.</p>"
    "<p>Engineer Bruno Kast, who leads the works, said the closure was “the only honest plan” for the line.</p>"
)


def page(article: str) -> bytes:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Ferries lose riders | The Ostmark Ledger</title></head>"
        f"<body><nav><a href='/'>Home</a></nav>{article}<footer>© The Ostmark Ledger</footer></body></html>"
    ).encode()


def imported(article: str):
    return import_page(read_saved_page(page(article), "ferries.html"), "ferries.html")


def head(title: str, when: str, author: str) -> str:
    return (
        f"<h1 class='post-title'>{title}</h1><div class='author-info'><p>Published</p><span class='post-date'>{when}</span>"
        f"<p>By</p><span class='author-name'><a href='/author/x/'>{author}</a></span></div>"
    )


def test_the_next_story_loaded_under_the_story_is_cut_with_its_button():
    result = imported(
        f"<article><div class='post-head'>{head('Ferries lose riders', 'May 2, 2024', 'Ada Korsgaard')}</div>"
        f"<div class='post-body'>{OWN}</div><div class='read-more'>Continue Reading</div>"
        f"<div class='more-posts'><div class='more-post'><div class='more-head'>{head('Tram depot to close', 'June 9, 2024', 'Linus Brandt')}</div>"
        f"<div class='more-body'>{NEXT_TEXT}</div><a href='/2024/06/09/tram-depot/' rel='bookmark'>Continue Reading</a></div></div></article>"
    )
    assert "Hedda Vinter" in result.markdown
    assert "Bruno Kast" not in result.markdown and "Tram depot" not in result.markdown
    assert "Continue Reading" not in result.markdown
    assert 'summary = "The river ferries' in result.markdown
    assert "Linus Brandt" not in result.markdown and "Ada Korsgaard" in result.markdown
    assert "Tram depot to close" in result.dropped["the site's next story"]


def test_two_next_stories_and_a_byline_written_by_name():
    second = head("Bridge tolls frozen", "June 10, 2024", "Mette Rask").replace("<p>By</p>", "")
    result = imported(
        f"<article>{head('Ferries lose riders', 'May 2, 2024', 'Ada Korsgaard')}<div class='entry'>{OWN}</div>"
        f"<section class='next'><header>{second}</header>{NEXT_TEXT}</section>"
        f"<section class='next'><header>{head('Tram depot to close', 'June 9, 2024', 'Linus Brandt')}</header>{NEXT_TEXT}</section></article>"
    )
    assert "Hedda Vinter" in result.markdown and "Bruno Kast" not in result.markdown and "Bridge tolls" not in result.markdown


def test_near_miss_dated_parts_by_the_report_s_own_author_stay():
    result = imported(
        f"<article>{head('Ferries lose riders', 'May 2, 2024', 'Ada Korsgaard')}<div class='entry'>{OWN}</div>"
        f"<section class='update'>{head('Update: fares cut', 'May 9, 2024', 'Ada Korsgaard')}{NEXT_TEXT}</section></article>"
    )
    assert "Bruno Kast" in result.markdown and "fares cut" in result.markdown


def test_near_miss_a_flat_report_with_headline_sized_headings_and_a_box_without_byline():
    flat = imported(
        f"<article>{head('Ferries lose riders', 'May 2, 2024', 'Ada Korsgaard')}{OWN}"
        f"<h1>Part two: the trams</h1><p>By Linus Brandt, June 9, 2024</p>{NEXT_TEXT}</article>"
    )
    assert "Bruno Kast" in flat.markdown
    boxed = imported(
        f"<article>{head('Ferries lose riders', 'May 2, 2024', 'Ada Korsgaard')}<div class='entry'>{OWN}</div>"
        f"<div class='box'><h1>The trams, in numbers</h1>{NEXT_TEXT}</div></article>"
    )
    assert "Bruno Kast" in boxed.markdown


def test_a_copy_of_the_story_headline_in_the_next_story_s_head_is_no_part_of_the_story():
    # a sticky bar in the next story's head repeats the story's headline element word for word: it is a copy, not the
    # story's own headline, and the box around it is still the next story's
    sticky = "<div class='sticky-bar'><h1 class='post-title'>Ferries lose riders</h1></div>"
    tram = head("Tram depot to close", "June 9, 2024", "Linus Brandt").replace("<div class='author-info'>", sticky + "<div class='author-info'>")
    result = imported(
        f"<article><div class='post-head'>{head('Ferries lose riders', 'May 2, 2024', 'Ada Korsgaard')}</div>"
        f"<div class='post-body'>{OWN}</div>"
        f"<div class='more-posts'><div class='more-post'><div class='more-head'>{tram}</div>"
        f"<div class='more-body'>{NEXT_TEXT}</div></div></div></article>"
    )
    assert "Hedda Vinter" in result.markdown
    assert "Bruno Kast" not in result.markdown and "Linus Brandt" not in result.markdown
