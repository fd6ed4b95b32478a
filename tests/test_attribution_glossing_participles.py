"""A quoted fragment inside a gloss on a figure ("…, suggesting that 2030 “…” to many, he said Tuesday."), in a sentence a
final verb of saying reports: the words are that speaker's, never the sentence's first capitalised word's, as wire copy
glosses a forecast. Passages written for these tests, with invented people and figures."""

from __future__ import annotations

import pytest
from passages import attributed

OPENING = "Forecasters trimmed their outlook again.\n\n“The worst stretch is still ahead,” said fund economist Tomas Brel. "
FRAGMENT = "would feel like a lean year"


@pytest.mark.parametrize(
    "gloss",
    [
        f"suggesting that 2030 “{FRAGMENT}” to many households, he said Tuesday.",
        f"suggesting that 2030 “{FRAGMENT}” to many households, he said.",
        f"implying that 2030 “{FRAGMENT}” to many households, he said on Monday.",
    ],
)
def test_the_fragment_in_a_gloss_is_the_final_speakers(gloss: str) -> None:
    body = OPENING + "Provinces making a fifth of national output will contract next year, " + gloss
    assert attributed(body)[1:] == [("Tomas Brel", FRAGMENT)]


def test_the_gloss_is_the_final_speakers_in_a_paragraph_of_its_own() -> None:
    body = (
        OPENING + "\n\nProvinces making a fifth of national output will contract, suggesting that 2030 “" + FRAGMENT + "” to many, she said Monday."
    )
    body = body.replace("Tomas Brel", "Ilse Brel")
    assert attributed(body)[1:] == [("Ilse Brel", FRAGMENT)]


@pytest.mark.parametrize(
    "gloss",
    [
        f"meaning that 2030 “{FRAGMENT}” to many households, he said Tuesday.",
        f"and 2030 “{FRAGMENT}” to many households, he said Tuesday.",
    ],
)
def test_near_miss_a_gloss_with_no_verb_of_saying_was_the_final_speakers_already(gloss: str) -> None:
    body = OPENING + "Provinces making a fifth of national output will contract next year, " + gloss
    assert attributed(body)[1:] == [("Tomas Brel", FRAGMENT)]


def test_near_miss_a_finite_verb_of_evidence_keeps_its_subject() -> None:
    body = OPENING + f"Brel suggested that 2030 “{FRAGMENT}” to many households, the bank said."
    assert attributed(body)[1:] == [("Tomas Brel", FRAGMENT)]


def test_near_miss_a_person_the_gloss_follows_keeps_the_participle() -> None:
    body = OPENING + f"Senator Ilse Marek, implying that the vote “{FRAGMENT}”, left the chamber, Brel said."
    assert attributed(body)[1:] == [("Ilse Marek", FRAGMENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        f"Senator Ilse Marek put the phone down, implying the vote “{FRAGMENT}”, he said.",
        f"Senator Ilse Marek wrote to the panel, suggesting that the vote “{FRAGMENT}”, an aide said.",
    ],
)
def test_near_miss_a_clause_naming_a_person_is_no_gloss_on_a_fact(sentence: str) -> None:
    # the participle stays the person's verb, as the sieves read it without the gloss rule: never the final speaker's
    assert ("Tomas Brel", FRAGMENT) not in attributed(OPENING + sentence)
