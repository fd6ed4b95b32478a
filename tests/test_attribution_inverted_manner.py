"""A manner phrase set off by commas between an inverted verb of saying and the speaker ("“…,” said, with a worried voice,
Alain Komé, a student."), as French-influenced and South Asian English write it: passages written for these tests, each
with its near misses."""

from __future__ import annotations

import pytest
from passages import attributed

SETTING = "The Orlo quarry has run for ten years beside three villages.\n\n"
WORDS = "Nobody from the quarry has ever come to ask us what we need,"


@pytest.mark.parametrize(
    "after",
    [
        "said, with a worried voice, Maelle Dubard, a 23-year-old student.",
        "declared, visibly moved, Maelle Dubard.",
        "added, in a low voice, Maelle Dubard, who sells vegetables at the market.",
    ],
)
def test_the_speaker_after_a_manner_phrase_speaks(after: str) -> None:
    assert attributed(f"{SETTING}“{WORDS}” {after}") == [("Maelle Dubard", WORDS)]


@pytest.mark.parametrize(
    "after",
    [
        "said, with a worried voice, a student who asked not to be named.",
        "said, with a worried voice, one of the students.",
    ],
)
def test_no_name_after_the_manner_phrase_names_nobody(after: str) -> None:
    assert attributed(f"{SETTING}“{WORDS}” {after}") == []
