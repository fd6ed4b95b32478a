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
        "Lawmakers from Velden sent a letter on Monday.",  # a place after "from" is no body
        "Lawmakers on Monday sent a letter to the port.",  # a day
        "Lawmakers on the Harbour Committee on Monday and lawmakers of the Rova Assembly wrote.",  # two bodies
        "Lawmakers with the Rova Green Party and the Harbour Union wrote to the mayor.",  # two bodies joined by "and the"
        "Lawmakers of the Rova Green Party and Harbour Union wrote to the mayor.",
        "Three lawmakers of the Rova Assembly, Ida Berg among them, wrote to the mayor.",  # some members, not the body
        "Lawmakers on the Harbour Committee wrote. Separately, several lawmakers said they would vote no.",  # others too
        "Doctors at Mercy Hospital treated forty people overnight.",  # their workplace: they do not speak for it
        "Physicians at the Velden General Hospital, run by the county, raised the alarm.",
        # a body named for doctors, then other doctors in the passage
        "Doctors Without Limits runs a clinic nearby. Local doctors at the town's clinic were overwhelmed.",
        "Doctors Against Noise wrote to the port. The town's doctors were not asked.",
        "Doctors for Open Clinics wrote to the port. Doctors at the ward disagreed.",
    ],
)
def test_no_single_body_leaves_the_words_to_nobody(opening):
    assert attributed(f"{opening} “{WORDS}” the lawmakers wrote.") == []
    assert attributed(f"{opening} “{WORDS}” the doctors said.") == []


def test_the_body_is_found_past_its_full_name():
    text = "Lawmakers on the Harbour Affairs Committee of the Rova Assembly, led by chairman Tom Reyes, wrote to the port."
    assert body_of_members(text, "lawmakers") == "Harbour Affairs Committee of the Rova Assembly"
    assert body_of_members(text, "doctors") is None


def test_a_sentence_end_is_no_part_of_the_body():
    opening = "The letter came from lawmakers on the Harbour Affairs Committee. It asked for the records."
    assert attributed(f"{opening} “{WORDS}” the lawmakers wrote.") == [("Harbour Affairs Committee", WORDS)]


def test_the_body_s_name_runs_on_with_what_it_is_on_and_its_and():
    text = "Legislators on the Select Committee on Trade Between the East and the West wrote to the port."
    assert body_of_members(text, "legislators") == "Select Committee on Trade Between the East and the West"


def test_a_named_body_s_own_members_may_be_named_again():
    text = "The doctors, members of Doctors for Open Clinics, wrote. The doctors said they would pay. “We can start now,” the doctors stated."
    assert body_of_members(text, "doctors") == "Doctors for Open Clinics"


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # a member speaking apart keeps her words; the body keeps its letter's, before and after
        (
            "Lawmakers on the Quay Affairs Committee met on Friday. “We want the ledgers by spring,” the lawmakers wrote. "
            "Later, Mara Lind said: “The port owes us the ledgers.” “They have until June,” the lawmakers added.",
            [
                ("Quay Affairs Committee", "We want the ledgers by spring,"),
                ("Mara Lind", "The port owes us the ledgers."),
                ("Quay Affairs Committee", "They have until June,"),
            ],
        ),
        # some of them ("the Liberal lawmakers"), or no "the": not the body's letter
        ("Lawmakers on the Quay Affairs Committee met on Friday. “We want the ledgers by spring,” the Liberal lawmakers wrote.", []),
        ("Lawmakers on the Quay Affairs Committee met on Friday. “We want the ledgers by spring,” lawmakers wrote.", []),
        # a body not in capitals, a quoted forum, both sides of a house: no body's name
        ("Lawmakers on the QUAY COMMITTEE met on Friday. “We want the ledgers by spring,” the lawmakers wrote.", []),
        ("Lawmakers at the ‘Quay Forum’ met on Friday. “We want the ledgers by spring,” the lawmakers wrote.", []),
        ("Lawmakers on both sides met on Friday. “We want the ledgers by spring,” the lawmakers wrote.", []),
        # the body named alone, or one member: the report does not say the lawmakers are its members
        ("The Quay Affairs Committee met on Friday. “We want the ledgers by spring,” the lawmakers wrote.", []),
        ("Mara Lind, a lawmaker from the coast, spoke first. “We want the ledgers by spring,” the lawmakers wrote.", []),
        ("Tove Brandt, a doctor at the clinic, spoke first. “The beds ran out by noon,” the doctors said.", []),
    ],
)
def test_passages(passage, expected):
    assert attributed(passage) == expected
