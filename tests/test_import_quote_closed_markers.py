"""A note's number after a closing quotation mark that a stop precedes ('start.”1', 'start."1', US style): read as the
marker of a note already cited above, as 'start.1' is."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

HEAD = "THE FERRY QUESTION\n\nMarta Quill\n\n14 May 2009\n\n"
NOTES = "Notes\n\n1. Quill, Marta, Harbour Ledger, 8 March 2009.\n2. Board minutes, April 2009.\n3. Ibid.\n"


@pytest.mark.parametrize("close", ["”", '"'])
def test_a_marker_after_a_stop_and_a_closing_mark_cites_its_note(close):
    open_ = "“" if close == "”" else '"'
    body = (
        "Ferry crews have turned away from the old timetable.2 The night crossings lost half their riders in a\n"
        f"year.3 Tom Vell said the harbour {open_}is a fine place to start.{close}1\n\n"
    )
    result = import_text(HEAD + body + NOTES, "ferry.txt")
    assert f"start.{close}[^1]" in result.markdown and not [p for p in result.problems if "note" in p.message]


def test_near_miss_a_number_after_a_closing_mark_in_the_sentence_stays():
    body = (
        "Ferry crews have turned away from the old timetable.1 The night crossings lost half their riders in a\n"
        "year.2 The crews call it “the 3” and meet again.3\n\n"
    )
    result = import_text(HEAD + body + NOTES, "ferry.txt")
    assert "“the 3” and meet again.[^3]" in result.markdown
