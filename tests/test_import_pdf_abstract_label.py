"""A PDF paper's abstract under its label on a line of its own ('Abstract' / the abstract / 'Introduction'): the label is
no section heading and the abstract is the summary, the text's first paragraph, which the overview shows once as its
lede; as a section of its own the reader would read it twice, as the summary and again as the first page's paragraph.
Near misses: a text with no pages (a web page's 'Abstract' heading), a short line under the label, and an abstract
that differs from the summary the text gives keep their section. Passages of our own."""

from __future__ import annotations

from dossier.document import read_report
from dossier.importer import import_text
from report_pages import split_lede

ABSTRACT = (
    "This paper asks why the harbour boards of the northern coast set their berth fees so far apart, and finds that "
    "the boards whose members are elected change their fees less often than the appointed ones, while moving as much freight."
)
BODY = (
    "Introduction\n\n"
    "Berth fees are the first income of most harbour boards, and they pay for the dredging of the channels and the\n"
    "pilots who bring the larger ships in through the winter.\n\n"
    "Method\n\n"
    "We read the yearly accounts of twenty boards and the minutes of their meetings over the decade.\n"
)


def paper(label: str = "Abstract", abstract: str = ABSTRACT, paged: bool = True) -> str:
    page = "\f" if paged else ""
    return f"Berth Fees and Elected Boards\n\nLena Marsh and Ivo Brandt\n\nApril 2023\n{page}\n{label}\n\n{abstract}\n\n{BODY}{page}\n{BODY}"


def test_the_abstract_under_its_label_is_the_summary_and_the_first_paragraph() -> None:
    for label in ("Abstract", "ABSTRACT", "Abstract:"):
        result = import_text(paper(label), "paper.txt")
        assert f'summary = "{ABSTRACT}"' in result.markdown
        assert "## Abstract" not in result.markdown and "## ABSTRACT" not in result.markdown
        assert result.markdown.split("+++")[-1].lstrip().startswith(ABSTRACT)
        assert result.dropped.get("the abstract's label") == [label]


def test_the_overview_shows_the_abstract_once() -> None:
    """The site's overview takes the introduction's first paragraph as the lede where it is the summary: shown once."""
    report = read_report(import_text(paper(), "paper.txt").markdown, "reports/paper.md")
    assert report.sections[0].paragraphs[0].text == ABSTRACT and report.summary == ABSTRACT
    assert [chapter.title for chapter in report.chapters] == ["Introduction", "Method", "Introduction", "Method"]
    lede, rest = split_lede(ABSTRACT, f'<p id="p-1">{ABSTRACT}</p><p id="p-2">Berth fees …</p>')
    assert lede is not None and ABSTRACT not in rest


def test_a_web_pages_abstract_heading_stays_a_section() -> None:
    result = import_text(paper(paged=False), "paper.txt")
    assert "## Abstract" in result.markdown


def test_a_short_line_under_the_label_is_no_abstract() -> None:
    result = import_text(paper(abstract="Fees and boards."), "paper.txt")
    assert "the abstract's label" not in result.dropped


def test_the_abstract_run_into_its_label_is_read_as_before() -> None:
    result = import_text(paper(label="ABSTRACT " + ABSTRACT, abstract=""), "paper.txt")
    assert f'summary = "{ABSTRACT}"' in result.markdown and "## ABSTRACT" not in result.markdown


def test_an_abstract_heading_among_a_guides_sections_stays() -> None:
    """Near miss from the review: a museum's guide whose rooms are its sections ('Figurative' / 'Abstract' / 'Landscape'):
    with the text begun above it, 'Abstract' heads a section, no label over the summary."""
    room = (
        "Painters of the coast in the years after the war turned from the harbour scenes of their teachers to colour and "
        "shape, and the rooms of the new wing follow them in the order of their work."
    )
    text = (
        f"Painting the Coast\n\nHarbour Museum\n\nMay 2021\n\f\nFigurative\n\n{room}\n\nAbstract\n\n{ABSTRACT}\n\nLandscape\n\n{room}\n\f\n{room}\n"
    )
    markdown = import_text(text, "guide.pdf.txt").markdown
    assert "## Abstract" in markdown
