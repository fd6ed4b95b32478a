"""A piece of a sentence closed by a semicolon and its note's number, set apart on a line of its own by the copy
('Skerry (Harbourland); 2'): never a section heading; the number is the note's marker, and in a PDF's text the piece
goes on with the paragraph over it, which stopped on a word. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built, headings
from test_import_pdf_occasion_running_head import HEAD, OPENING, PAGE_TWO, imported, paper

PAGE_ONE = [
    "The islands have lost two ferry routes since the board was formed in 1994, and the board has tried to",
    "keep the remaining routes running through the winter storms and the long repairs at the quays.1",
    "",
    "The board still sends its boats to quays of every size: Vell (Norland); Kestel (Ostmark) – and, past the reef, Little",
    "",
    "Skerry (Harbourland); 2",
    "",
    "How often the boats call at each quay depends on the tide and on the season.",
]
NOTES_PAGE = ["NOTES", "", "1   Board minute, Norland, 20 April 1995.", "2   Ferry timetables (Norland, 2015)."]


def test_in_a_pdfs_text_the_clause_goes_on_with_its_paragraph_and_cites_its_note():
    result, report = imported(paper(HEAD, OPENING, [PAGE_ONE, PAGE_TWO, NOTES_PAGE]))
    assert "past the reef, Little Skerry (Harbourland);[^2]" in result.markdown
    assert not headings(report)


def test_in_a_plain_text_the_clause_is_no_heading_and_its_number_a_marker():
    text = "\n\n".join(
        [
            "Ferry Policy in the Western Isles",
            "By Ana Petrov",
            "The islands have lost two ferry routes since the board was formed in 1994.1 The board still sends its boats "
            "to quays of every size: Vell (Norland); Kestel (Ostmark) – and, past the reef, Little",
            "Skerry (Harbourland); 2",
            "How often the boats call at each quay depends on the tide and on the season.",
            "NOTES",
            "1. Board minute, Norland, 20 April 1995.\n2. Ferry timetables (Norland, 2015).",
        ]
    )
    result, report = built(text + "\n")
    assert "Skerry (Harbourland);[^2]" in result.markdown
    assert not headings(report)


def test_near_miss_a_heading_with_a_number_and_no_semicolon_stays_a_heading():
    page_one = [*PAGE_ONE[:3], "Winter Crossings 2", "", *PAGE_ONE[6:]]
    _result, report = imported(paper(HEAD, OPENING, [page_one, PAGE_TWO, NOTES_PAGE]))
    assert "Winter Crossings 2" in headings(report)
