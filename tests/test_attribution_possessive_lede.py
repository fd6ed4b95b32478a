"""A feature's lede that names its person in full only in the possessive, before a thing they own ("Maria Okafor’s luck
with freezers is as poor as …"), brings in the one a later "she" or "he" means, where no one was the passage's person
before: consumer and human-interest stories open this way."""

from __future__ import annotations

import pytest
from passages import attributed

BROKE = "First, a $1,900 freezer broke in early 2020. “It was barely a year old,” she said."


@pytest.mark.parametrize(
    "lede",
    [
        "Maria Okafor’s luck with freezers is as poor as the fish she has tried to keep frozen.",
        "Maria Okafor's luck with freezers is poor.",
        "Zarin Castell’s first freezer lasted a year.",
    ],
)
def test_she_after_a_lede_naming_the_owner_in_the_possessive_is_the_owner(lede: str) -> None:
    owner = " ".join(lede.split()[:2]).replace("’s", "").replace("'s", "")
    assert attributed(f"{lede}\n\n{BROKE}") == [(owner, "It was barely a year old,")]


@pytest.mark.parametrize(
    "lede",
    [
        # near misses: what the name owns is another person, who would speak; one word names a firm as often as a person
        "Maria Okafor’s lawyer has filed a suit over the freezers.",
        "Maria Okafor’s sister has had bad luck with freezers.",
        "Frostline’s luck with freezers is poor.",
    ],
)
def test_a_possessive_of_someone_else_or_of_one_word_brings_in_no_one(lede: str) -> None:
    speakers = [speaker for speaker, _quote in attributed(f"{lede}\n\n{BROKE}")]
    assert "Maria Okafor" not in speakers
    assert "Frostline" not in speakers


def test_a_possessive_after_a_speaker_keeps_the_speaker() -> None:
    body = "“It failed twice,” Ana Ruiz said.\n\nTom Reed’s tariffs hit farmers hard.\n\n“We will appeal,” she said."
    assert attributed(body) == [("Ana Ruiz", "It failed twice,"), ("Ana Ruiz", "We will appeal,")]
