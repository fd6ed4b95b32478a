"""A chapter page of an online book as bookdown, Quarto and Pandoc write it: the chapter's number set apart in its
`<h1>`, the `<title>` naming chapter and book, numbered section headings, a keyword as the description and the authors
by surname. One small page of our own per rule, with its near miss."""

from __future__ import annotations

from dossier.savedpage import read_saved_page
from saved_page_passages import LONG, body_text, read

SHORT = "Taken together, the soundings point to three choices for the board."


def numbered(level: int, number: str, words: str) -> str:
    return f'<h{level}><span class="header-section-number">{number}</span> {words}</h{level}>'


def chapter(heading: str, title: str, head: str) -> tuple[str, str]:
    return f"<title>{title}</title>{head}", (
        '<div class="book"><div id="TOC"><ul><li><a href="index.html">Overview</a></li></ul></div>'
        f'<div class="section level1">{numbered(1, "2", "Methods")}<p>{SHORT}</p>'
        f'<div class="section level2">{heading}<p>{LONG}</p></div>'
        f'<div class="section level2">{numbered(2, "2.2", "Sound the berths monthly")}<p>{LONG}</p></div></div></div>'
    )


def read_chapter(heading: str, title: str = "2 Methods | A Survey of Quay Silt", head: str = ""):
    head_html, body = chapter(heading, title, head)
    html = f'<!doctype html>\n<html><head><meta charset="utf-8">{head_html}</head>\n<body>\n{body}\n</body></html>\n'
    return read_saved_page(html.encode(), "page.html")


def headings(saved) -> list[str]:
    return [u.text for u in saved.body if u.kind == "heading"]


def test_a_numbered_section_heading_of_six_words_under_a_short_opening_is_a_section():
    """'2.1 Widen use of the east quay' after a one-line opening: a numbered section, never the standfirst."""
    saved = read_chapter(numbered(2, "2.1", "Widen use of the east quay"))
    assert headings(saved) == ["2.1 Widen use of the east quay", "2.2 Sound the berths monthly"]


def test_a_section_number_in_the_headings_words_is_a_section_too():
    saved = read(f"<article><h1>Quay silt</h1><p>{SHORT}</p><h2>2.1 Widen use of the east quay</h2><p>{LONG}</p></article>")
    assert headings(saved) == ["2.1 Widen use of the east quay"]


def test_an_unnumbered_deck_of_six_words_is_still_the_standfirst():
    """Near miss: a sentence-long heading under the headline, before the story, is its standfirst."""
    deck = "The board will close the east quay for the winter"
    saved = read(f"<article><h1>Quay silt</h1><h2>{deck}</h2><p>{LONG}</p></article>")
    assert deck not in headings(saved)
    assert deck in body_text(saved)


def test_a_deck_opening_on_a_figure_is_still_the_standfirst():
    """Near miss: '3.5 million tonnes of silt …' opens on a number with a decimal point, and goes on in lower case."""
    deck = "3.5 million tonnes of silt settle in the harbour every year"
    saved = read(f"<article><h1>Quay silt</h1><h2>{deck}</h2><p>{LONG}</p></article>")
    assert deck not in headings(saved)


def test_a_book_chapter_is_titled_as_the_chapter_of_its_book():
    """`<h1><span class="header-section-number">2</span> Methods</h1>` under `<title>2 Methods | A Survey of Quay
    Silt</title>`: 'Chapter 2: Methods' of the series 'A Survey of Quay Silt'."""
    saved = read_chapter(numbered(2, "2.1", "Dredge less often"))
    assert saved.meta["title"] == "Chapter 2: Methods"
    assert saved.meta["series"] == "A Survey of Quay Silt"


def test_a_book_chapter_whose_title_tag_leaves_out_the_number():
    saved = read_chapter(numbered(2, "2.1", "Dredge less often"), title="Methods | A Survey of Quay Silt")
    assert (saved.meta["title"], saved.meta["series"]) == ("Chapter 2: Methods", "A Survey of Quay Silt")


def test_a_numbered_h1_with_no_book_named_loses_its_number_only():
    saved = read_chapter(numbered(2, "2.1", "Dredge less often"), title="2 Methods")
    assert saved.meta["title"] == "Methods"
    assert not saved.meta.get("series")


def test_a_headline_opening_on_a_number_in_its_words_keeps_it():
    """Near miss: '10 Things the Port Board Got Wrong' has its number in its words, not in an element of its own."""
    saved = read("<article><h1>10 Things the Port Board Got Wrong</h1><p>" + LONG + "</p></article>")
    assert saved.meta["title"] == "10 Things the Port Board Got Wrong"


def test_a_keyword_as_the_description_is_no_summary():
    """`<meta name="description" content="Silt">`: a keyword the book's template fills in, not the chapter's summary."""
    saved = read_chapter(numbered(2, "2.1", "Dredge less often"), head='<meta name="description" content="Silt">')
    assert saved.meta["summary"] == ""


def test_a_description_of_a_few_words_stays():
    """Near miss: a short description that says something is the summary."""
    description = "How fast the quays silt up, and what to do"
    saved = read_chapter(numbered(2, "2.1", "Dredge less often"), head=f'<meta name="description" content="{description}">')
    assert saved.meta["summary"] == description


def test_authors_by_surname_joined_by_an_ampersand_are_each_an_author():
    """`<meta name="author" content="Ostrava, Brandl, Rellik, &amp; Voskuijl">`: four authors by surname."""
    saved = read_chapter(numbered(2, "2.1", "Dredge less often"), head='<meta name="author" content="Ostrava, Brandl, Rellik, &amp; Voskuijl">')
    assert saved.meta["authors"] == ["Ostrava", "Brandl", "Rellik", "Voskuijl"]


def test_a_name_written_surname_first_stays_one_author():
    """Near miss: 'Ostrava, Mira' (no 'and', no '&') is one person, surname first."""
    saved = read_chapter(numbered(2, "2.1", "Dredge less often"), head='<meta name="author" content="Ostrava, Mira">')
    assert len(saved.meta["authors"]) == 1


def test_a_books_name_as_the_series_wraps_on_a_phone(tmp_path, offline_page) -> None:
    """The book's name over the chapter's title is longer than a 360-px line: it wraps, the page never scrolls sideways."""
    from pathlib import Path

    from conftest import run_build
    from dossier.importer import import_page

    root = Path(__file__).resolve().parent.parent
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    (content / "actors.toml").write_text((root / "content" / "actors.toml").read_text(encoding="utf-8"), encoding="utf-8")
    book = "A Survey of Quay Silt in the Lower Harbour and Its Seven Basins, 2015–2020"
    result = import_page(read_chapter(numbered(2, "2.1", "Dredge less often"), title=f"2 Methods | {book}"), "methods.html")
    assert f'series = "{book}"' in result.markdown
    (content / "reports" / f"{result.slug}.md").write_text(result.markdown, encoding="utf-8")
    built = run_build(content, tmp_path / "output")
    assert built.returncode == 0, built.stderr
    view = offline_page(viewport={"width": 360, "height": 740})
    for page in (tmp_path / "output" / "index.html", tmp_path / "output" / "reports" / result.slug / "index.html"):
        view.page.goto(page.as_uri())
        assert view.page.evaluate("document.documentElement.scrollWidth") <= 360, page


def test_a_quarto_books_chapter_page():
    """Quarto: `<h1 class="title"><span class="quarto-section-identifier"><span class="chapter-number">2</span>&nbsp;
    <span class="chapter-title">Methods</span></span></h1>` under `<title>2&nbsp; Methods – A Survey of Quay Silt</title>`."""
    heading = (
        '<h1 class="title"><span id="sec-methods" class="quarto-section-identifier"><span class="chapter-number">2</span>&nbsp; '
        '<span class="chapter-title">Methods</span></span></h1>'
    )
    html = (
        '<!doctype html>\n<html><head><meta charset="utf-8"><title>2&nbsp; Methods – A Survey of Quay Silt</title></head>\n<body>\n'
        f'<main class="content"><header>{heading}</header><p>{SHORT}</p>'
        f'<h2 class="anchored" data-number="2.1"><span class="header-section-number">2.1</span> Widen use of the east quay</h2>'
        f"<p>{LONG}</p></main>\n</body></html>\n"
    )
    saved = read_saved_page(html.encode(), "page.html")
    assert (saved.meta["title"], saved.meta["series"]) == ("Chapter 2: Methods", "A Survey of Quay Silt")
    assert headings(saved) == ["2.1 Widen use of the east quay"]
