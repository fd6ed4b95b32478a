"""A WordPress theme's page with no <h1> in its story: the byline set in heading type inside the article ('<h4>By Jane
Roe | 12/10/2020</h4>') is the byline, and the sentence heading under it the standfirst (the story's opening paragraph,
as everywhere), no section; a free picture library's credit closing the story ('Photo Source: Jane Roe from Pexels.') is
furniture. A section titled 'By Land and Sea' stays a section."""

from __future__ import annotations

from dossier.document import read_report
from dossier.importer import import_page
from dossier.savedpage import read_saved_page
from imported import headings

HEAD = (
    '<title>Ferry levy falls short - Velden Movement</title><script type="application/ld+json">{"@context":"https://schema.org",'
    '"@type":"Article","headline":"Ferry levy falls short","datePublished":"2020-10-12T12:00:00+00:00"}</script>'
)
STORY = (
    "<p><strong>The ferry is failing.</strong> Councils have done little for years and the crossing shows it.</p>"
    '<p>Recently, Mayor Ilsa Varn said the levy "will fix the ferry by 2030." Campaigners disagree with her on the numbers.</p>'
    "<h3>What the engineers say</h3><p>The Velden Institute report states that the hulls must be replaced within five years.</p>"
)


def imported(article: str):
    page = f'<!DOCTYPE html><html lang="en"><head>{HEAD}</head><body><main><article><h2 class="title-block">Ferry levy falls short</h2>{article}</article></main></body></html>'
    result = import_page(read_saved_page(page.encode(), "page.html"), "page.html")
    return result, read_report(result.markdown, "reports/x.md")


def test_a_byline_in_heading_type_is_the_byline_and_the_standfirst_under_it_no_section() -> None:
    result, report = imported(f"<h4>By Lena Duro | 12/10/2020</h4><h2>Only bold action can save the Velden ferry.</h2>{STORY}")
    assert headings(report) == ["What the engineers say"]
    assert 'name = "Lena Duro"' in result.markdown and "By Lena Duro" not in result.markdown
    assert "Only bold action can save the Velden ferry." in result.markdown


def test_a_section_titled_by_words_that_name_no_one_stays_a_section() -> None:
    _, report = imported(
        f"<p>By Lena Duro</p>{STORY}<h3>By Land and Sea</h3><p>The crossing takes forty minutes in calm weather and more in a gale.</p>"
    )
    assert "By Land and Sea" in headings(report)


def test_a_picture_librarys_credit_closing_the_story_is_furniture() -> None:
    result, _ = imported(f'<p>By Lena Duro</p>{STORY}<p><em>Photo Source: Tomas Verel from <a href="https://example.org/p/1">Pixabay.</a></em></p>')
    assert "Photo Source" not in result.markdown and "Pixabay" not in result.markdown


def test_a_sentence_about_a_photo_source_stays_text() -> None:
    line = "The photo source for the campaign was a library of free pictures, which the council also uses."
    result, _ = imported(f"<p>By Lena Duro</p>{STORY}<p>{line}</p>")
    assert line in result.markdown


def test_a_section_titled_by_a_given_name_under_the_storys_text_stays_a_section() -> None:
    result, report = imported(f"{STORY}<h3>By Grace Alone</h3><p>The crossing survived on the goodwill of its crews for a decade.</p>")
    assert "By Grace Alone" in headings(report) and "[[authors]]" not in result.markdown


def test_a_heading_of_one_word_names_over_the_story_stays_a_section() -> None:
    result, report = imported(f"<h3>By Hope and Faith</h3>{STORY}")
    assert "By Hope and Faith" in headings(report) and "[[authors]]" not in result.markdown


def test_a_byline_in_heading_type_over_the_story_without_its_date_is_the_byline() -> None:
    result, report = imported(f"<h4>By Lena Duro</h4>{STORY}")
    assert 'name = "Lena Duro"' in result.markdown and headings(report) == ["What the engineers say"]
