"""A press release closing on its media contacts ('In Velden: Ana Roos, +41 …, ana.roos@example.org') and the issuer's
boilerplate under 'About the Norland Relief Society' or 'About NRS': the 'About' line heads the boilerplate, never a
contact list's item or a photo's credit. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from dossier.captions import CAPITALS_CREDIT
from imported import built, headings

STORY = (
    "Storm floods the northern valley\n\n"
    "Velden/Geneva, 29 October, 2025 – A storm has flooded the northern valley and cut the road to the coast.\n\n"
    "“Our teams are working through the night,” Mara Tiven, the society president, said.\n\n"
    "The society has launched an appeal for 2 million francs.\n\n"
    "For more information or to arrange an interview, contact:\n\n"
    "In Velden: Ana Roos, +41 79 000 00 00, ana.roos@example.org\n\n"
    "In Geneva: Piet Varga, Mobile +41 79 000 00 01, piet.varga@example.org\n\n"
)


@pytest.mark.parametrize("about", ["About the Norland Relief Society", "About NRS"])
def test_the_about_line_under_the_contacts_heads_the_boilerplate(about):
    result, report = built(STORY + f"{about}\n\nThe society is the largest humanitarian network in Norland, with 40 branches.\n")
    assert headings(report) == [about]
    assert "credit: About" not in result.markdown


def test_contact_lines_ending_a_colon_list_without_an_about_line_stay_a_list():
    # near miss: three short lines under the colon, one a heading-like line, no 'About': a list as before
    result, _ = built(STORY + "Media Office\n\nThe society is the largest humanitarian network in Norland, with 40 branches.\n")
    assert "- Media Office" in result.markdown


@pytest.mark.parametrize("line", ["About NRS", "About UNHCR"])
def test_about_and_an_acronym_is_no_credit_in_capitals(line):
    assert not CAPITALS_CREDIT.match(line)


def test_a_photographer_in_capitals_is_still_a_credit():
    assert CAPITALS_CREDIT.match("Jane ROE")
