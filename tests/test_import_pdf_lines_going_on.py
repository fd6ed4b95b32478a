"""Lines of a PDF's paragraph that the reading took for headings: a line breaking a word at its end ('The Harbour Times
news-' / 'paper, looking at …') goes on in the line under it, and a page's line that stops mid-sentence goes on in the
paragraph under it opening in lower case, across a blank line ('Ferry Fund will be' / '' / 'available to …')."""

from __future__ import annotations

from dossier.importer import import_text

WRAPPED = (
    "The ferry crews of the old port met on the quay to talk about the winter\n"
    "timetable and the state of the piers, which the board has let go for years.\n"
    "Councillors said the harbour board had not yet answered the crews' letter\n"
    "about the repairs, and the pilots asked again for a light on the outer mole.\n"
)


def _text(middle: str) -> str:
    pages = [WRAPPED * 3 + "\n" + middle + "\n\n" + WRAPPED * 2, WRAPPED * 4, WRAPPED * 4]
    return "HARBOUR GOVERNANCE\n\nMarta Quill\n\n12 March 2004\n\n" + "\n\f".join(pages)


def _sections(result) -> list[str]:
    return [line for line in result.markdown.split("\n") if line.startswith("#")]


def test_a_line_breaking_a_word_at_its_end_goes_on():
    middle = (
        "The choice facing the voters is not just which party will govern the port. The\n"
        "Voter's Voice series in\nThe Harbour Times news-\npaper, looking at the views behind the polls, found deep\n"
        "dissatisfaction with the old parties on the waterfront and in the town."
    )
    result = import_text(_text(middle), "governance.txt")
    assert "series in The Harbour Times newspaper, looking at the views" in result.markdown
    assert not _sections(result)


def test_a_line_stopping_mid_sentence_goes_on_across_a_blank_line():
    middle = (
        "Yesterday in the old port I launched a key part of our campaign. The\n\nFerry Fund will be\n\n"
        "available to companies that move to adopt agreements that cap overtime\nand reduce the working week."
    )
    result = import_text(_text(middle), "governance.txt")
    assert "Ferry Fund will be available to companies" in result.markdown
    assert not _sections(result)


def test_near_miss_a_heading_over_its_paragraph_stays():
    middle = "The Ferry Fund\n\nThe fund will be available to companies that move to adopt agreements\nthat cap overtime and reduce the working week."
    result = import_text(_text(middle), "governance.txt")
    assert "## The Ferry Fund" in result.markdown
