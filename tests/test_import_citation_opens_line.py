"""A hard-wrapped line that opens with an author-date citation ('(Poe 1974, 143) by another.') goes on with the line
above where that line ends no sentence, a closing quotation mark or not ('… at “more than 10,000”' / '(Poe 1974, 143).
By contrast, …'): a paragraph never opens on its citation. Near misses: a line above that ends a sentence, a line
opening on a bracket that is no citation ('(See the table below.)') and a short heading above leave the paragraphs as
they are. Passages of our own, as a plain text parted by blank lines and as a PDF's text (pages, no blank lines)."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

FILLER = (
    "The harbour boards met every month in the old customs house, and their minutes were kept\n"
    "in a ledger that the clerks carried from one quay to the next in a tin box with a lock on\n"
    "the lid, and the ledger is still kept there.\n"
)


def paper(above: str, line: str, paged: bool) -> str:
    paragraph = (
        "There is no generally accepted measure of harbour size. In Arcadia, for example, the\n"
        f"{above}\n{line}\n"
        "measure - the number of berths in each port. This can be captured in a simple index.\n"
    )
    if not paged:
        return "HARBOUR BOARDS IN ARCADIA\n\nIntroduction\n\n" + "\n".join((FILLER, paragraph, FILLER))
    pages = [FILLER * 3 + paragraph + FILLER * 3] + [FILLER * 6] * 3
    return "HARBOUR BOARDS IN ARCADIA\nIntroduction\n" + "".join(f"{page}\f{number}\n" for number, page in enumerate(pages, 2))


GOES_ON = [
    (
        "number of boards is put at 1,000 by one author and at more than 10,000",
        "(Poe 1974, 143) by another. By contrast, more reliable data is available on a related",
    ),
    (
        "number of boards is put at “about 1,000” by one and at “more than 10,000”",
        "(Poe 1974:143). By contrast, more reliable data is available on a related",
    ),
    (
        "number of boards is put at 1,000 by some authors and at more than 10,000",
        "(Poe and Esk 1974; Linden 1990a) by others. By contrast, more reliable data is on a related",
    ),
    (
        "number of boards is put at 1,000 by some authors and at more than 10,000",
        "(Poe et al. 1974, 12-14) by others. By contrast, more reliable data is on a related",
    ),
]


@pytest.mark.parametrize("paged", [False, True])
@pytest.mark.parametrize("above, line", GOES_ON)
def test_a_line_opening_on_a_citation_goes_on_with_the_line_above(above: str, line: str, paged: bool) -> None:
    markdown = import_text(paper(above, line, paged), "paper.txt").markdown
    assert f"{above} {line}" in markdown.replace("\\", "")


@pytest.mark.parametrize("paged", [False, True])
def test_a_bracket_that_cites_nothing_keeps_the_paragraphs_apart(paged: bool) -> None:
    above = "number of boards is put at “about 1,000” by one and at “more than 10,000”"
    line = "(See the table below for the other figures.) By contrast, more reliable data is on a related"
    markdown = import_text(paper(above, line, paged), "paper.txt").markdown
    assert f"{above} {line}" not in markdown.replace("\\", "")


def test_a_sentences_end_above_keeps_the_paragraphs_apart() -> None:
    for above in (
        "number of boards is put at 1,000 by one and at ten thousand by another.",
        "number of boards is put at “about 1,000” by one and at “ten thousand.”",
    ):
        line = "(Poe 1974, 143) gives the higher figure. By contrast, more reliable data is on a related"
        markdown = import_text(paper(above, line, True), "paper.txt").markdown
        assert f"{above} {line}" not in markdown.replace("\\", "")


def test_a_heading_over_a_paragraph_opening_on_a_citation_stays_a_heading() -> None:
    text = (
        "HARBOUR BOARDS IN ARCADIA\n\nIntroduction\n\n" + FILLER + "\nBoard size\n"
        "(Poe 1974) counts the boards of every port in the islands and finds more than a\nthousand of them.\n\n" + FILLER
    )
    markdown = import_text(text, "paper.txt").markdown
    assert "## Board size\n" in markdown or "### Board size\n" in markdown


@pytest.mark.parametrize("heading", ["Evidence from the earlier harbour surveys", "Board Sizes Across the Northern Islands"])
def test_a_heading_of_four_words_or_more_over_a_citation_stays_a_heading(heading: str) -> None:
    page = FILLER * 3 + f"{heading}\n(Poe 1974) counts the boards of every port in the islands and finds more than a\nthousand of them.\n"
    pages = [page + FILLER * 3] + [FILLER * 6] * 3
    text = "HARBOUR BOARDS IN ARCADIA\nIntroduction\n" + "".join(f"{page}\f{number}\n" for number, page in enumerate(pages, 2))
    markdown = import_text(text, "paper.txt").markdown
    assert f"{heading} (Poe" not in markdown and f"## {heading}\n" in markdown
