"""Reading Dossier Markdown into the report model, on small strings."""

from __future__ import annotations

import pytest
from dossier.document import read_report, unclosed_quote_warnings
from dossier.model import ContentError

FRONT = '+++\ntitle = "A Report"\ndate = 2024-03-03\nslug = "a-report"\n+++\n'


def report_of(body: str, front: str = FRONT):
    return read_report(front + body, "content/reports/a.md")


def error_of(text: str) -> ContentError:
    with pytest.raises(ContentError) as caught:
        read_report(text, "content/reports/a.md")
    return caught.value


def test_sections_split_at_level_two_headings_with_the_introduction_first():
    report = report_of("Intro text.\n\n## First\n\nOne.\n\n### Sub\n\nTwo.\n\n## Second\n\nThree.\n")
    assert [s.slug for s in report.sections] == ["index", "first", "second"]
    assert [h.title for h in report.section("first").subheadings] == ["Sub"]
    assert '<h2 id="sub">Sub</h2>' in report.section("first").html


def test_section_slugs_are_unique_and_never_clash_with_the_overview_or_notes():
    report = report_of("## Notes\n\nA.\n\n## Index\n\nB.\n\n## Notes\n\nC.\n")
    assert [s.slug for s in report.sections] == ["notes-2", "index-2", "notes-3"]


def test_paragraphs_get_report_wide_permalinks():
    report = report_of("First.\n\n## A\n\nSecond.\n\n> Quoted.\n\n- item\n")
    anchors = [(p.anchor, p.kind) for s in report.sections for p in s.paragraphs]
    assert anchors == [("p-1", "paragraph"), ("p-2", "paragraph"), ("p-3", "quote"), ("p-4", "item")]
    assert '<p id="p-2">Second. <a class="permalink" href="#p-2"' in report.section("a").html


def test_note_references_get_ids_unique_in_the_report_and_link_to_the_page_notes():
    report = report_of(
        "## A\n\nOne.[^1] Again.[^1]\n\n## B\n\nThree.[^1][^2]\n\n[^1]: IRNA (Iran), March 1, 2024.\n\n[^2]: See [the site](https://example.org).\n"
    )
    note = report.notes["1"]
    assert [(c.cite_id, c.section_slug, c.paragraph_anchor) for c in note.citations] == [
        ("cite-1-1", "a", "p-1"),
        ("cite-1-2", "a", "p-1"),
        ("cite-1-3", "b", "p-2"),
    ]
    assert note.outlet == "IRNA" and note.date.isoformat() == "2024-03-01"
    assert report.section("b").note_keys == ["1", "2"]
    assert '<a href="#note-1" id="cite-1-3" aria-label="Note 1">1</a>' in report.section("b").html
    assert '<a href="https://example.org">the site</a>' in report.notes["2"].html


def test_a_missing_note_is_kept_with_a_warning_naming_file_and_line():
    report = report_of("Text.\n\nMore.[^7]\n")
    assert report.notes["7"].defined is False
    assert report.warnings == ["content/reports/a.md:8: note 7 is cited but never defined"]


def test_a_note_defined_twice_is_an_error_with_its_line():
    error = error_of(FRONT + "Text.[^1]\n\n[^1]: One.\n\n[^1]: Two.\n")
    assert (error.line, error.message) == (10, "note 1 is defined twice (first at line 8)")


def test_pelican_links_survive_and_raw_html_is_shown_as_text_never_run():
    report = report_of('[other]({filename}/other.md) and ![map]({static}/images/map.png) <abbr title="x">X</abbr> <img src=x onerror=alert(1)>\n')
    html = report.sections[0].html
    assert 'href="{filename}/other.md"' in html and 'src="{static}/images/map.png"' in html
    assert "&lt;abbr title=&quot;x&quot;&gt;X&lt;/abbr&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_a_web_link_in_a_figures_credit_is_a_link():
    report = report_of(
        ":::{figure}\n:credit: Photo: Ana Roe/Harbour Trust ([CC BY 2.0](https://example.org/licenses/by/2.0/?a=1&b=2))\n\nThe quay\n:::\n"
    )
    credit = report.sections[0].html.split('class="credit">')[1].split("</span>")[0]
    assert credit == 'Photo: Ana Roe/Harbour Trust (<a href="https://example.org/licenses/by/2.0/?a=1&amp;b=2">CC BY 2.0</a>)'


def test_a_credit_links_address_may_hold_brackets():
    report = report_of(":::{figure}\n:credit: Ana Roe ([CC BY-SA 4.0](https://files.example.org/wiki/File:Quay_(2019).jpg))\n\nThe quay\n:::\n")
    credit = report.sections[0].html.split('class="credit">')[1].split("</span>")[0]
    assert credit == 'Ana Roe (<a href="https://files.example.org/wiki/File:Quay_(2019).jpg">CC BY-SA 4.0</a>)'


def test_near_miss_brackets_in_a_credit_without_a_web_address_stay_text():
    report = report_of(":::{figure}\n:credit: Ana Roe [staff] (file) <b>\n\nThe quay\n:::\n")
    assert 'class="credit">Ana Roe [staff] (file) &lt;b&gt;</span>' in report.sections[0].html


def test_figures_without_images_say_so():
    report = report_of(":::{figure}\n:credit: (Source: IRNA)\n\nThe minister\n:::\n")
    html = report.sections[0].html
    assert "Image not included in this edition" in html and "<img" not in html
    assert '<figcaption>The minister <span class="credit">(Source: IRNA)</span></figcaption>' in html


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("no front matter\n", 1, "a report starts with front matter"),
        ('+++\ntitle = "x"\n', 1, "front matter is not closed"),
        ('+++\ntitle = "x"\ndate = \n+++\n', 3, "front matter is not valid TOML"),
        ("+++\ndate = 2024-01-01\n+++\n", 1, "'title' is required"),
        ('+++\ntitle = "x"\n+++\n', 1, "'date' is required"),
        ('+++\ntitle = "x"\ndate = "someday"\n+++\n', 3, "'date' is not a date"),
        ('+++\ntitle = "x"\ndate = 2024-01-01\nslug = "Not OK"\n+++\n', 4, "'slug' must be lower-case"),
        ('+++\ntitle = ["x"]\ndate = 2024-01-01\n+++\n', 2, "'title' must be text"),
    ],
)
def test_bad_front_matter_is_one_clear_error_with_its_line(text, line, message):
    error = error_of(text)
    assert error.line == line and message in error.message
    assert str(error).startswith(f"content/reports/a.md:{line}: ")


def test_a_name_is_located_where_the_body_quotes_it_not_in_the_front_matters_tags():
    text = '+++\ntitle = "A Report"\ndate = 2026-02-20\ntags = ["Omar Lamrani", "Syria"]\n+++\n\nIntro.\n\nOmar Lamrani said it was “absurd”.\n'
    report = read_report(text, "reports/a.md")
    assert report.line_of("Omar Lamrani") == 9
    assert report.line_of("Syria") == 4  # found only in the front matter: there


def test_an_unclosed_quote_is_located_even_where_markup_breaks_its_words():
    text = '+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nHe said: “*We* will\\\nnot give in, ever\n'
    warnings = unclosed_quote_warnings(read_report(text, "reports/a.md"), "reports/a.md")
    assert warnings == ["reports/a.md:8: a quotation mark opened here is never closed; the quote runs to the end of the paragraph"]


def test_a_quotation_reopened_in_the_next_paragraph_is_not_unclosed_block_quote_or_not():
    """A paragraph left open and the next reopened with a mark: one quotation run over both, whether the next is a block
    quote or a paragraph of the text (the Commonwealth way); a quotation left open before prose is still reported."""
    for reopened in ("> “They have paid twice already.”", "“They have paid twice already,” she said."):
        text = f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nShe said: “We will not pay.\n\n{reopened}\n'
        assert unclosed_quote_warnings(read_report(text, "reports/a.md"), "reports/a.md") == [], reopened
    text = '+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nShe said: “We will not pay.\n\nThe board met.\n'
    assert len(unclosed_quote_warnings(read_report(text, "reports/a.md"), "reports/a.md")) == 1
