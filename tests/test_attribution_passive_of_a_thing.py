"""A cue verb's past participle after a form of "be" right before a quotation ("the deal was agreed “with the owners’
consent”", "its program was concluded “in accordance with the rules”") says how a thing was done: no one speaks in it,
and the verb of saying before it ("Roe said", "Harbourline claims") governs the words. A passive with its agent or an "as"
tail ("was concluded by the board", "was quoted as saying"), and a passive with no verb of saying before it, give Roe
nothing. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "with the full consent of the owners"


@pytest.mark.parametrize("passive", ["was agreed", "was concluded", "had been announced", "were finally approved"])
def test_the_verb_of_saying_before_the_passive_governs(passive: str) -> None:
    assert attributed(f"Ada Roe said the deal {passive} “{WORDS}”.") == [("Ada Roe", WORDS)]


def test_a_body_claiming_a_thing_was_done_so() -> None:
    body = "Harbourline claims its resettlement program was concluded “in accordance with the lenders’ guidelines” whereby owners were paid."
    assert attributed(body) == [("Harbourline", "in accordance with the lenders’ guidelines")]


@pytest.mark.parametrize(
    "sentence",
    [
        f"The deal was concluded “{WORDS}”.",  # no verb of saying before it
        f"Ada Roe said the deal was concluded by the board “{WORDS}”.",  # the passive's agent
        f"Ada Roe said the minister was quoted as saying “{WORDS}”.",  # someone quoted, not Roe
        f"Ada Roe said residents were warned “{WORDS}”.",  # a verb that addresses someone: another's words
        f"Ada Roe said the crews were urged “{WORDS}”.",
        f"Ada Roe said she was accused “of {WORDS}”.",
        f"Ada Roe said she was called “a {WORDS}”.",
        "Ada Roe said she was branded “a liar and a cheat”.",
        "Ada Roe said the tower was dubbed “the needle”.",
        "Ada Roe said the plan was described “as reckless”.",
        f"Ada Roe denied the report, but the deal was announced “{WORDS}”.",  # Roe's verb governs another clause
        f"Ada Roe said nothing more. The deal was announced “{WORDS}”.",
        f"Ada Roe denied the report and the deal was agreed “{WORDS}”.",
    ],
)
def test_near_misses_read_as_before(sentence: str) -> None:
    assert attributed(sentence) == []
