"""An editors' note over the piece it introduces, its date before it or not ('July 7, 2020 The letter below will appear
in …'): set apart as the editors', and no part of the summary. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.importer import finish_import
from dossier.importunits import Unit

OPENING = "Our harbours are facing a hard year: the dredging programme has fallen two years behind and the fleet has shrunk."


def finished(first: str, summary: str = ""):
    meta = {"title": "An Open Letter", "summary": summary} if summary else {"title": "An Open Letter"}
    body = [Unit(1, first), Unit(2, OPENING)]
    result = finish_import(meta, body, [], "page.html", None, [], [], {}, 1)
    return result.markdown


def test_a_dated_note_on_the_letter_below_is_the_editors_and_out_of_the_summary():
    note = "March 5, 2024 The letter below will appear in the May issue. We welcome responses at letters@example.org"
    markdown = finished(note, summary=f"{note} {OPENING}")
    assert ":::{editorial}\nThe letter below will appear in the May issue." in markdown
    assert "March 5, 2024 The letter" not in markdown
    assert f'summary = "{OPENING}"' in markdown


def test_a_piece_opening_on_what_it_examines_is_its_text():
    """The near miss: 'This article examines …' says nothing of where the piece appears: it is the text's opening."""
    opening = "This article examines how the levy changed the fleet, and why the board kept its accounts closed."
    markdown = finished(opening)
    assert "{editorial}" not in markdown
    assert f'summary = "{opening}"' in markdown
