""" "Disclosed" as a verb of saying, as Nigerian, Malawian, Ghanaian, Kenyan and Indian papers use it after a quotation and
before one: passages written for these tests, with the passive and the object's near misses."""

from __future__ import annotations

import pytest
from passages import attributed

SETTING = "The Orlo river runs past the quarry and three villages downstream.\n\n"
WORDS = "Our samples since 2009 show the metal was in the river long before the quarry opened,"


@pytest.mark.parametrize(
    "sentence",
    [
        f"“{WORDS}” Petra Lindqvist disclosed.",
        f"“{WORDS}” the firm's chief chemist, Petra Lindqvist, disclosed on Monday.",
        f"Petra Lindqvist ran the survey. “{WORDS}” she disclosed.",
        f"Petra Lindqvist disclosed that “{WORDS[:-1]}.”",
    ],
)
def test_disclosed_names_the_speaker(sentence: str) -> None:
    assert [name for name, _quote in attributed(SETTING + sentence)] == ["Petra Lindqvist"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The level, “1.8 milligrams a litre”, was disclosed last year.",
        "Petra Lindqvist read the report that disclosed the “safe limit” to the council.",
    ],
)
def test_a_disclosed_figure_or_a_label_is_nobodys(sentence: str) -> None:
    assert attributed(SETTING + sentence) == []
