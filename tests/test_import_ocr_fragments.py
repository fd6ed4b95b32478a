"""An OCR'd PDF's text: the pieces a page break leaves between paragraphs (a note's first line, a sentence's tail) are no
headings. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, built, headings

PAGE = (
    "The Harbour Pilots Review\n\n"
    "Rosters\n\n"
    f"The board heard the pilots in March, and {PROSE.lower()}.\n\n"
    "{fragment}\n\n"
    f"Each port keeps its own tug and crew for the night shifts, and {PROSE.lower()}. The board will report in spring.\n\n"
    "Costs for the towns\n\n"
    f"The towns pay for the new pontoons, and {PROSE.lower()}.\n"
)


def test_a_notes_first_line_or_a_sentences_tail_left_by_a_page_break_is_no_heading() -> None:
    for fragment in (
        '63 Jane Roe Hosts "Harbour Hour," Interview with Incoming Harbour Master',  # a cited title closed with its comma
        "Harassment, The Port Office, Press Secretary (Dec. 29, 2016). 81 12/29/16 Email, Roe to Doe",  # a cited date, the note going on
        'Board to embarrass him by delaying the vote."',  # a sentence's end inside its closing quotation mark
        "Harbour investigation.!*6",  # a sentence's end before an OCR-garbled note number
    ):
        _, report = built(PAGE.replace("{fragment}", fragment))
        assert headings(report) == ["Rosters", "Costs for the towns"], fragment


def test_short_lines_over_prose_are_still_headings() -> None:
    # near misses: a sentence-case heading, one quoting a title with no comma, one naming a section's number
    for heading in ("Night shifts and tugs", 'What "Fair Share" Means for Pilots', "Annex 2.3"):
        _, report = built(PAGE.replace("{fragment}", heading))
        assert headings(report) == ["Rosters", heading, "Costs for the towns"], heading
