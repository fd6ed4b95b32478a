"""A numbered notes list whose note ends on a citation's page ('…, 8 March 2004, 5'), the line filling the column: the
next line opening with the next number ('2. …') is the next note, never that note going on."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "FERRY GOVERNANCE\n\nMarta Quill\n\n14 May 2009\n\n"
BODY = (
    "Ferry crews are clearly turning away from the timetable of the old\n"
    "board.1 The count of riders on the night boats is also dropping in the\n"
    "winter.2 Tom Vell said the harbour is a fine place to start again.3\n\n"
)
FIRST = 'Vell, Tom "Crossing the Bar", Harbour Evening Ledger, 8 March 2009'


def test_a_note_ending_on_its_page_number_leaves_the_next_note_its_own():
    notes = f"Endnotes\n\n1. {FIRST}, 5\n2. On the upper harbour the riders fell from 13% to 5% in the winter.\n3. Harbour Ferry Office, 2009.\n"
    result = import_text(HEAD + BODY + notes, "ferry.txt")
    assert f"[^1]: {FIRST}, 5\n" in result.markdown
    assert "[^2]: On the upper harbour the riders fell from 13% to 5% in the winter." in result.markdown
    assert not [p for p in result.problems if "note" in p.message]


def test_near_miss_a_note_going_on_in_a_number_that_is_not_the_next():
    notes = (
        f"Endnotes\n\n1. {FIRST}, pages\n12 and 13 of the winter edition.\n2. On the upper harbour the riders fell.\n3. Harbour Ferry Office, 2009.\n"
    )
    result = import_text(HEAD + BODY + notes, "ferry.txt")
    assert f"[^1]: {FIRST}, pages 12 and 13 of the winter edition." in result.markdown
