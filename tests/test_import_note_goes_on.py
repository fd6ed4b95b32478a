"""One notion of a PDF page footnote's line going on into the line under it (pdftext.goes_on_a_note): a comma or a small
word at its end, or a hyphen or a slash inside a word whose rest is the line under it. Lines of our own."""

from __future__ import annotations

from dossier.pdftext import goes_on_a_note


def test_a_note_line_goes_on_after_a_comma_a_small_word_or_a_word_broken_off():
    assert goes_on_a_note("3   Harbour Board, minutes of", "12 March 2002, item 4")
    assert goes_on_a_note("4   Jane Roe,", "12 March 2002")
    assert goes_on_a_note("5   Transcript-of-Evening-", "Hearing-3-May-2011.pdf")
    assert goes_on_a_note("6   http://www.example.net/harbour/", "minutes.html")
    assert goes_on_a_note("7   Harbour-", "board minutes for the year")


def test_a_closed_note_line_goes_on_into_nothing():
    """Near misses: a note closed by its stop; a hyphen over a line that is no word's rest (the next note, in capitals)."""
    assert not goes_on_a_note("3   Harbour Board, minutes.", "4   Jane Roe, letter")
    assert not goes_on_a_note("5   Transcript-of-Evening-", "6 Harbour Board, minutes")
