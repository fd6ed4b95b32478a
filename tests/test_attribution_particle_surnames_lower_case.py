"""A surname used alone with its particle after the full name was given ("Pieter van Leer said … “…,” van Leer added.",
"Van Leer added:", "van der Berg", "de la Cruz"): the person named in full, never the surname cut at its particle nor a
new person. Near misses: a given name that looks like a particle ("Al Gore", "Van Morrison") after another bearer of the
surname is someone else. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

QUOTE = "“We have checked every metre of the dyke.”"


def speakers(passage: str) -> list[str]:
    return [who for who, _ in attributed(passage)]


@pytest.mark.parametrize(
    ("full", "alone"),
    [
        ("Pieter van Leer", "van Leer"),
        ("Anna van der Berg", "van der Berg"),
        ("Ana de la Cruz", "de la Cruz"),
        ("Klaus von Halden", "von Halden"),
    ],
)
def test_the_surname_with_its_particle_after_the_quote_is_the_person_named_in_full(full, alone):
    passage = f"{full} said the dykes would hold. “We have checked every metre,” {alone} added."
    assert speakers(passage) == [full]


def test_the_particle_capitalised_opening_a_sentence_is_the_person_named_in_full():
    assert speakers(f"Pieter van Leer said the dykes would hold. Van Leer added: {QUOTE}") == ["Pieter van Leer"]


def test_near_miss_a_given_name_like_a_particle_is_another_person():
    assert speakers("Tipper Gore spoke first. “We have checked every metre,” Al Gore said.") == ["Al Gore"]
    assert speakers("Jim Morrison spoke first. “We have checked every metre,” Van Morrison said.") == ["Van Morrison"]


def test_near_miss_with_no_full_name_the_surname_keeps_its_particle():
    assert speakers("The dykes would hold, officials said. “We have checked every metre,” van Leer added.") == ["van Leer"]
