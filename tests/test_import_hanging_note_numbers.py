"""Endnotes whose numbers a PDF set in a column of their own ('Notes' / '1.' / '2.' / '3.', then the texts): paired
with the texts where the texts are as many as the numbers, else left with a problem that names the lines."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "THE FERRY QUESTION\n\nMarta Quill\n\n14 May 2009\n\n"
BODY = (
    "Ferry crews have turned away from the old timetable.1 The night crossings lost half their riders in a year,2 and\n"
    "the harbour board has not said what it will do.3 The crews meet again in June.\n\n"
)


def _notes(numbers: str, texts: str):
    return import_text(HEAD + BODY + "Notes\n\n" + numbers + "\n\n" + texts + "\n", "ferry.txt")


def test_a_column_of_numbers_is_paired_with_the_notes_line_by_line():
    result = _notes("1.\n\n2.\n\n3.", "Quill, Marta, Harbour Ledger, 2 May 2009\nBoard minutes, April 2009.\nIbid.")
    assert "[^1]: Quill, Marta, Harbour Ledger, 2 May 2009" in result.markdown
    assert "[^2]: Board minutes, April 2009." in result.markdown and "[^3]: Ibid." in result.markdown
    assert "crossings lost half their riders in a year,[^2]" in result.markdown


def test_wrapped_notes_are_paired_paragraph_by_paragraph():
    texts = "Quill, Marta, Harbour Ledger on the\nnight crossings, 2 May 2009\n\nBoard minutes, April 2009,\nitem 4.\n\nIbid."
    result = _notes("1.\n2.\n3.", texts)
    assert "[^1]: Quill, Marta, Harbour Ledger on the night crossings, 2 May 2009" in result.markdown and "[^3]: Ibid." in result.markdown


def test_texts_that_cannot_be_paired_are_left_with_a_problem():
    texts = "Quill, Marta, Harbour Ledger,\n2 May 2009\nBoard minutes,\n\nApril 2009, item 4.\nIbid."
    result = _notes("1.\n\n2.\n\n3.", texts)
    said = [p for p in result.problems if "column of their own" in p.message]
    assert len(said) == 1 and said[0].line == 12


def test_near_miss_numbered_notes_stay_as_they_are():
    result = _notes("1. Quill, Marta, Harbour Ledger, 2 May 2009.", "2. Board minutes, April 2009.\n3. Ibid.")
    assert "[^1]: Quill, Marta, Harbour Ledger, 2 May 2009." in result.markdown and "[^3]: Ibid." in result.markdown
    assert not any("column of their own" in p.message for p in result.problems)


def test_a_text_under_the_notes_that_cites_nothing_is_never_paired():
    texts = "Quill, Marta, Harbour Ledger, 2 May 2009, on the night crossings and the\nwinter fares.\n\nBoard minutes, April 2009.\n\nMarta Quill is a fellow of the Harbour Institute."
    result = _notes("1.\n\n2.\n\n3.", texts)
    assert "[^3]: Marta Quill is a fellow" not in result.markdown
    assert len([p for p in result.problems if "column of their own" in p.message]) == 1


def test_each_number_over_its_wrapped_note_is_paired_with_it():
    # pdftotext writes a number hanging in the margin on a line of its own over its note's lines, a blank line between notes
    texts = "1\nQuill, Marta, Harbour Ledger on the\nnight crossings, 2 May 2009.\n\n2\nBoard minutes, April 2009,\nitem 4.\n\n3\nIbid., 12 May 2009."
    result = import_text(HEAD + BODY + "Notes\n\n" + texts + "\n", "ferry.txt")
    assert "[^1]: Quill, Marta, Harbour Ledger on the night crossings, 2 May 2009." in result.markdown
    assert "[^2]: Board minutes, April 2009, item 4." in result.markdown and "[^3]: Ibid." in result.markdown
    assert "the harbour board has not said what it will do.[^3]" in result.markdown


def test_the_numbers_over_their_notes_go_on_past_the_pages_number_and_break():
    texts = "1\nQuill, Marta, Harbour Ledger, 2 May 2009.\n\n2\nBoard minutes, April 2009,\nitem 4.\n\n                 7\n\f3\nIbid., 12 May 2009."
    result = import_text(HEAD + BODY + "Notes\n\n" + texts + "\n", "ferry.txt")
    assert "[^2]: Board minutes, April 2009, item 4.\n" in result.markdown and "[^3]: Ibid." in result.markdown


def test_near_miss_numbered_lines_under_the_notes_heading_that_cite_nothing_are_left_as_they_are():
    # a list of steps under a heading 'Notes', each number over a line with no source's year or citation's sign
    texts = "1\nBring the ferry pass to the quay.\n\n2\nShow it to the crew at the gate."
    result = import_text(HEAD + BODY + "Notes\n\n" + texts + "\n", "ferry.txt")
    assert "[^1]: Bring the ferry pass" not in result.markdown


def test_a_pages_number_equal_to_the_next_notes_number_is_the_pages_number():
    # the page's number at its foot is 3, the number of the note atop the next page: a bare number with only blank
    # lines under it down to the page's break is the page's, whatever its value
    texts = "1\nQuill, Marta, Harbour Ledger, 2 May 2009.\n\n2\nBoard minutes, April 2009,\nitem 4.\n\n                 3\n\f3\nIbid., 12 May 2009."
    result = import_text(HEAD + BODY + "Notes\n\n" + texts + "\n", "ferry.txt")
    assert "[^2]: Board minutes, April 2009, item 4.\n" in result.markdown
    assert "[^3]: Ibid." in result.markdown and "the harbour board has not said what it will do.[^3]" in result.markdown
