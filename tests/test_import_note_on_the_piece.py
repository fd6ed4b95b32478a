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


def test_a_nonprofit_newsrooms_word_on_itself_with_its_sign_up_call_is_the_editors():
    """'Harbor Ledger is an independent, nonpartisan, and nonprofit newsroom … Sign up for our free newsletters.' over the
    story: the newsroom's note, set apart as the editors', however the newsroom words its kind."""
    for blurb in (
        "Harbor Ledger is an independent, nonpartisan, and nonprofit newsroom producing journalism that holds power to account. "
        "Sign up for our free newsletters.",
        "The Valley Record is a member-supported, nonpartisan newsroom informing readers on state policy. Learn more at example.org.",
        "Coast Desk is a nonprofit news organization covering the fisheries. Subscribe to our weekly letter.",
    ):
        markdown = finished(blurb, summary=f"{blurb} {OPENING}")
        assert f":::{{editorial}}\n{blurb}" in markdown, blurb
        assert f'summary = "{OPENING}"' in markdown, blurb


def test_a_story_opening_on_a_newsroom_is_its_text():
    """Near misses: a story that opens on a newsroom's news, with no call to sign up, or a newsroom's word on itself that
    is no newsroom's kind ('is a small weekly'), stays the text's opening."""
    for opening in (
        "Harbor Ledger is an independent newsroom that has covered the valley since 1890, and on Monday it cut a third of its staff.",
        "Harbor Ledger is a small weekly paper in the valley. Sign up for the town's alerts at the library.",
    ):
        markdown = finished(opening)
        assert ":::{editorial}" not in markdown, opening
        assert opening in markdown, opening
