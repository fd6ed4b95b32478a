"""A person named as a member of a body whose letters follow in brackets ("Tomas Wren of the Harbour Migrant Office
(HMO) summed up … by saying ‘…’") is the clause's subject: the letters only give the body's short name. Passages written
for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Wren of the Harbour Migrant Office (HMO) summed up the council’s position by saying ‘the churches have long argued"
        " for their release’.",
        "Father Tomas Wren of the Harbour Migrant Office (HMO) ended by saying ‘the churches have long argued for their release’.",
        "Tomas Wren of the Harbour Migrant and Refugee Office (HMRO) ended by saying ‘the churches have long argued for their release’.",
    ],
)
def test_the_member_speaks_not_the_body(sentence):
    assert attributed(sentence) == [("Tomas Wren", "the churches have long argued for their release")]


def test_a_body_with_its_letters_speaks_for_itself():
    # near miss: no person before the body
    sentence = "The Harbour Migrant Office (HMO) ended its statement by saying ‘the churches have long argued for their release’."
    assert attributed(sentence) == [("Harbour Migrant Office", "the churches have long argued for their release")]


def test_a_member_without_letters_stays_the_speaker():
    # near miss: read so before the rule
    sentence = "Tomas Wren of the Harbour Migrant Office ended by saying ‘the churches have long argued for their release’."
    assert attributed(sentence) == [("Tomas Wren", "the churches have long argued for their release")]
