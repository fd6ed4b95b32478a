"""A single word in marks after a noun's "to", the sentence going on with its object ("their ability to constantly
“sniff” the water"), is the writer's figure of speech, not the believer's words. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

OPENING = "The team has not yet learned what the cells detect in the soil, but Tomas Brenner believes that "


@pytest.mark.parametrize(
    "clause",
    [
        "their ability to constantly “sniff” the water for traces of salt gives the plant an early warning.",
        "the root’s capacity to “taste” the soil keeps the plant alive.",
    ],
)
def test_a_quoted_verb_in_a_noun_s_infinitive_is_a_label(clause):
    assert attributed(OPENING + clause) == []


def test_a_clause_final_fragment_stays_the_believer_s():
    assert attributed(OPENING + "the plants were “simply guarding the roots all along.”") == [
        ("Tomas Brenner", "simply guarding the roots all along.")
    ]


def test_a_verb_s_infinitive_stays_the_speaker_s():
    assert attributed("Tomas Brenner vowed to “crush” the rebels in the valley.") == [("Tomas Brenner", "crush")]
