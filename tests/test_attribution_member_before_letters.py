"""A person named as a member of a body whose letters follow in brackets ("Tomas Wren of the Harbour Pilots Office
(HPO) closed by saying ‘…’") is the clause's subject: the letters only give the body's short name. Passages written
for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

QUOTE = "the pilots have waited long enough for an answer"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Tomas Wren of the Harbour Pilots Office (HPO) summed up the board’s case by saying ‘{QUOTE}’.",
        f"Father Tomas Wren of the Harbour Pilots Office (HPO) closed by saying ‘{QUOTE}’.",
        f"Tomas Wren of the Harbour Pilots and Boatmen Office (HPBO) closed by saying ‘{QUOTE}’.",
    ],
)
def test_the_member_speaks_not_the_body(sentence):
    assert attributed(sentence) == [("Tomas Wren", QUOTE)]


def test_a_body_with_its_letters_speaks_for_itself():
    # near miss: no person before the body
    sentence = f"The Harbour Pilots Office (HPO) closed its statement by saying ‘{QUOTE}’."
    assert attributed(sentence) == [("Harbour Pilots Office", QUOTE)]


def test_a_member_without_letters_stays_the_speaker():
    # near miss: read so before the rule
    sentence = f"Tomas Wren of the Harbour Pilots Office closed by saying ‘{QUOTE}’."
    assert attributed(sentence) == [("Tomas Wren", QUOTE)]


def test_a_member_a_preposition_governs_is_no_speaker():
    # the lawyer speaks, not the client the lawyer acts for
    sentence = f"The lawyer for Ida Lund of the Harbour Pilots Office (HPO) closed by saying ‘{QUOTE}’."
    assert ("Ida Lund", QUOTE) not in attributed(sentence)
