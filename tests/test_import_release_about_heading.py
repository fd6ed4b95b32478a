"""A press release closing on its media contacts ('Lea Sund, communications, tel. …') and the issuer's
boilerplate under 'About the Karstad Lake Company' or 'About KLC': the 'About' line heads the boilerplate, never a
contact list's item or a photo's credit; in a list with no contact in it, an 'About …' line is an item. Passages of our
own, with near misses."""

from __future__ import annotations

import pytest
from dossier.captions import CAPITALS_CREDIT
from imported import built, headings

STORY = (
    "Lake ferries to run through the winter\n\n"
    "KARSTAD, 14 January 2026 — The Karstad Lake Company will keep two of its ferries running through the winter months.\n\n"
    "“The villages on the far shore have no other way to town when the road ices over,” said Ivo Renk, its managing director.\n\n"
    "The company will pay for the extra crews from its reserve fund.\n\n"
    "Reporters who wish to visit a crossing can reach the company through:\n\n"
    "Lea Sund, communications, tel. 0555 010 220\n\n"
    "Tom Aker, night desk, tel. 0555 010 221\n\n"
)


@pytest.mark.parametrize("about", ["About the Karstad Lake Company", "About KLC"])
def test_the_about_line_under_the_contacts_heads_the_boilerplate(about):
    result, report = built(STORY + f"{about}\n\nThe company has sailed the lake since 1911 and runs six boats.\n")
    assert headings(report) == [about]
    assert "credit: About" not in result.markdown


def test_contact_lines_ending_a_colon_list_without_an_about_line_stay_a_list():
    # near miss: three short lines under the colon, one a heading-like line, no 'About': a list as before
    result, _ = built(STORY + "Ferry Desk\n\nThe company has sailed the lake since 1911 and runs six boats.\n")
    assert "- Ferry Desk" in result.markdown


def test_an_about_item_in_a_list_with_no_contact_stays_an_item():
    # near miss: a programme's titles under a colon, one opening on 'About': the list goes on through it
    text = (
        "Autumn lectures at the lake museum\n\nBy Lea Sund\n\nSeptember 2, 2026\n\n"
        "The lake museum has set out its autumn lectures, with talks on three evenings in the old boathouse.\n\n"
        "The lectures this year are:\n\nBoats of the Karstad Shore\nAbout the Old Lake Mills\nIce Roads Before the Ferries\n\n"
        "Seats go on sale on Friday and cost £3 each, with the money going to the rowing club.\n"
    )
    result, report = built(text)
    assert headings(report) == []
    assert "- About the Old Lake Mills" in result.markdown and "- Ice Roads Before the Ferries" in result.markdown


@pytest.mark.parametrize("line", ["About KLC", "About UNHCR"])
def test_about_and_an_acronym_is_no_credit_in_capitals(line):
    assert not CAPITALS_CREDIT.match(line)


def test_a_photographer_in_capitals_is_still_a_credit():
    assert CAPITALS_CREDIT.match("Jane ROE")
