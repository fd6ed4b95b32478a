"""A negotiations bulletin (plain text): sections in capitals ('WORKING GROUP II'), the agenda items under each run into
their paragraphs in capitals ('AGENDA ITEM 8(a)   GUIDANCE: The Group …'); an item whose label stands alone on its line is
one of those items, a sub-section, not a section of its own."""

from __future__ import annotations

import re

from dossier.importer import import_text

BULLETIN = """HARBOUR TALKS HIGHLIGHTS: THURSDAY, 9 FEBRUARY 1995

WORKING GROUP I

Working Group I concluded its discussion of the dues and began considering the pilot phase of the ferry pool.

AGENDA ITEM 7(b)   ADEQUACY OF DUES: Norland and Vestmark said the dues were too low for the smaller ports.

WORKING GROUP II

Working Group II held short discussions on guidance to the harbour fund and on the pilot phase.

AGENDA ITEM 8(a)   GUIDANCE: The Group resumed its reading of the paragraphs left open on Tuesday.

AGENDA ITEM 9   SUPPORT TO THE SMALLER PORTS

Jon Arvik from the Interim Secretariat presented the documents on the ferry pool and its first year.

IN THE CORRIDORS

Delegates said the pool would be the week's hardest question.
"""


def levels(markdown: str) -> list[str]:
    return re.findall(r"^(#{2,3} .+)$", markdown, re.M)


def test_an_agenda_item_on_a_line_of_its_own_is_a_sub_section():
    assert levels(import_text(BULLETIN, "bulletin.txt").markdown) == [
        "## WORKING GROUP I",
        "## WORKING GROUP II",
        "### AGENDA ITEM 9   SUPPORT TO THE SMALLER PORTS",
        "## IN THE CORRIDORS",
    ]


def test_near_miss_a_heading_in_capitals_no_run_in_label_shares_stays_a_section():
    """Near miss: with no two paragraphs opening 'AGENDA ITEM …:', the line is a section like the others."""
    text = BULLETIN.replace("AGENDA ITEM 7(b)   ADEQUACY OF DUES:", "On the dues,").replace("AGENDA ITEM 8(a)   GUIDANCE:", "On guidance,")
    assert "## AGENDA ITEM 9   SUPPORT TO THE SMALLER PORTS" in import_text(text, "bulletin.txt").markdown
