"""A republishing site's credit to the outlet it took the story from, 'Courtesy of Harbour News' on a line of its own
over the story (a WordPress repost's entry content opens so, in italics): the story's source, kept as the editors' note,
never dropped as a photo's credit nor read as a kicker or a paragraph. A picture's 'Courtesy of Jane Roe' or 'Courtesy of
the Vell Museum' names no outlet and stays as it was. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built
from saved_page_passages import LONG, read

STORY = (
    "The Harbourton council voted on Tuesday to open talks with a developer over a new marina on the north shore of the bay.\n\n"
    "The talks will last two years, so there is still a long way to go before the first boats moor there.\n"
)


def test_a_courtesy_line_under_the_headline_is_the_editors_note():
    result, _report = built(f"Harbour Marina Plan Backed\n\nMarch 3, 2024\n\nCourtesy of Harbour News\n\nWritten by: Jane Roe\n\n{STORY}")
    markdown = result.markdown
    assert ":::{editorial}\nCourtesy of Harbour News.\n:::" in markdown
    assert 'name = "Jane Roe"' in markdown and 'title = "Harbour Marina Plan Backed"' in markdown


def test_a_courtesy_line_naming_a_person_or_a_museum_is_no_repost_credit():
    for line in ("Courtesy of Jane Roe", "Courtesy of the Vell Museum"):
        result, _report = built(f"Harbour Marina Plan Backed\n\nMarch 3, 2024\n\n{line}\n\nWritten by: Jane Roe\n\n{STORY}")
        assert ":::{editorial}" not in result.markdown, line


def test_a_saved_reposts_courtesy_line_is_kept_as_the_editors_note():
    saved = read(
        "<article><h1>Harbour Marina Plan Backed</h1><div class='entry-content'><p><em>Courtesy of Harbour News </em></p>"
        f"<p>Written by: Jane Roe</p><p>{LONG}</p></div></article>"
    )
    editorial = [unit.text for unit in saved.body if unit.kind == "editorial"]
    assert editorial == ["Courtesy of Harbour News."]


def test_a_saved_pictures_courtesy_credit_stays_dropped():
    saved = read(
        "<article><h1>Harbour Marina Plan Backed</h1><div class='entry-content'><p><em>Courtesy of the Vell Museum</em></p>"
        f"<p>{LONG}</p></div></article>"
    )
    assert not any(unit.kind == "editorial" for unit in saved.body)
    assert "Courtesy of the Vell Museum" in saved.dropped.get("credit line", [])


def test_a_saved_reposts_originally_published_box_keeps_its_link():
    line = 'This article was originally published on <a href="https://harbournews.example/marina">Harbour News</a>.'
    saved = read(f"<article><h1>Harbour Marina Plan Backed</h1><div class='entry-content'><p>{LONG}</p><p><em>{line}</em></p></div></article>")
    editorial = [unit.text for unit in saved.body if unit.kind == "editorial"]
    assert editorial == ["This article was originally published on [Harbour News](<https://harbournews.example/marina>)."]


def test_a_saved_paragraph_with_two_links_stays_text():
    line = (
        'This article was originally published on <a href="https://harbournews.example/a">Harbour News</a> '
        'and <a href="https://vellpost.example/b">Vell Post</a>.'
    )
    saved = read(f"<article><h1>Harbour Marina Plan Backed</h1><div class='entry-content'><p>{LONG}</p><p>{line}</p></div></article>")
    assert not any(unit.kind == "editorial" for unit in saved.body)


def _saved_with(block: str) -> list[tuple[str, str]]:
    saved = read(f"<article><h1>Harbour Marina Plan Backed</h1><div class='entry-content'><p>{LONG}</p>{block}<p>{LONG}</p></div></article>")
    return [(unit.kind, unit.text) for unit in saved.body if "ourtesy" in unit.text]


def test_a_saved_courtesy_line_in_a_blockquote_is_the_editors_note_too():
    for block in ("<blockquote><p>Courtesy of Harbour News</p></blockquote>", "<blockquote>Courtesy of Harbour News</blockquote>"):
        assert _saved_with(block) == [("editorial", "Courtesy of Harbour News.")], block


def test_a_saved_quote_saying_courtesy_stays_a_quote():
    block = "<blockquote><p>The harbour will be ready by May, courtesy of the council.</p></blockquote>"
    assert _saved_with(block) == [("quote", "The harbour will be ready by May, courtesy of the council.")]


def test_a_courtesy_line_ending_on_its_stop_keeps_one_stop():
    result, _report = built(f"Harbour Marina Plan Backed\n\nMarch 3, 2024\n\nCourtesy of Harbour News.\n\nWritten by: Jane Roe\n\n{STORY}")
    assert ":::{editorial}\nCourtesy of Harbour News.\n:::" in result.markdown
    saved = read(
        f"<article><h1>Harbour Marina Plan Backed</h1><div class='entry-content'><p>Story courtesy of The Vell Times.</p><p>{LONG}</p></div></article>"
    )
    assert [unit.text for unit in saved.body if unit.kind == "editorial"] == ["Story courtesy of The Vell Times."]


def test_a_courtesy_line_naming_a_person_and_an_outlet_is_a_pictures_credit():
    result, _report = built(
        f"Harbour Marina Plan Backed\n\nMarch 3, 2024\n\nCourtesy of Jane Roe and Harbour News\n\nWritten by: Jane Roe\n\n{STORY}"
    )
    assert ":::{editorial}" not in result.markdown


def test_an_outlets_name_with_and_in_it_is_still_the_editors_note():
    result, _report = built(f"Harbour Marina Plan Backed\n\nMarch 3, 2024\n\nCourtesy of Dock and Harbour News\n\nWritten by: Jane Roe\n\n{STORY}")
    assert ":::{editorial}\nCourtesy of Dock and Harbour News.\n:::" in result.markdown
