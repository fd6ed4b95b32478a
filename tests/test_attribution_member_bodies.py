"""A plural noun for a body's members ("the lawmakers wrote", "the doctors stated") stands for the one body the report
names them as members of ("Lawmakers on the Harbour Affairs Committee"), or whose own name holds the noun ("Doctors for
Open Clinics"); nobody where it names none or two. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.member_bodies import body_of_members
from passages import attributed

WORDS = "We seek answers on this matter,"


@pytest.mark.parametrize(
    ("opening", "cue", "body"),
    [
        ("Lawmakers on the Harbour Affairs Committee sent a letter to the port on Monday.", "the lawmakers wrote", "Harbour Affairs Committee"),
        ("Legislators on the Rova Budget Committee wrote to the mayor.", "the legislators wrote", "Rova Budget Committee"),
        ("Doctors for Open Clinics sent a letter to the ministry on Monday.", "the doctors stated", "Doctors for Open Clinics"),
        ("Physicians Against Harbour Noise wrote to the council.", "the physicians wrote", "Physicians Against Harbour Noise"),
    ],
)
def test_the_members_words_are_their_body_s(opening, cue, body):
    assert attributed(f"{opening} “{WORDS}” {cue}.") == [(body, WORDS)]


@pytest.mark.parametrize(
    "opening",
    [
        # two bodies' members: which one?
        "Lawmakers on the Harbour Affairs Committee and lawmakers on the Rova Budget Committee sent letters on Monday.",
        "Doctors at the clinic were tired after the night.",  # no body named
        "Lawmakers in Rova sent a letter on Monday.",  # a place, no body
    ],
)
def test_no_single_body_leaves_the_words_to_nobody(opening):
    assert attributed(f"{opening} “{WORDS}” the lawmakers wrote.") == []
    assert attributed(f"{opening} “{WORDS}” the doctors said.") == []


def test_the_body_is_found_past_its_full_name():
    text = "Lawmakers on the Harbour Affairs Committee of the Rova Assembly, led by chairman Tom Reyes, wrote to the port."
    assert body_of_members(text, "lawmakers") == "Harbour Affairs Committee of the Rova Assembly"
    assert body_of_members(text, "doctors") is None
