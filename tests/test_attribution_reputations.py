"""A reputation the writer reports about someone, in a passive with an adverb of how widely it is held and no agent
("the pilot Harlan Dovey, widely regarded as “the best pilot on the lakes”"), is a label: nobody's words, not those of
the sentence's subject. A passive only: the speaker's own active perfect ("which she has often described as “…”") stays
hers. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

PRAISED = (
    "At the council meeting on Tuesday, Ines Varga praised the harbour board for hiring the pilot Harlan Dovey,"
    " {reputed} “the best pilot on the lakes” by the ferry crews."
)


@pytest.mark.parametrize(
    "reputed", ["widely considered", "widely regarded as", "generally seen as", "long viewed as", "commonly described as", "often hailed as"]
)
def test_a_reputation_held_widely_is_nobody_s_words(reputed):
    assert attributed(PRAISED.format(reputed=reputed)) == []


def test_a_name_the_speaker_gives_stays_hers():
    body = PRAISED.format(reputed="whom she called")
    assert attributed(body) == [("Ines Varga", "the best pilot on the lakes")]


def test_a_description_by_the_speaker_stays_hers():
    body = "Ines Varga described the plan as “a betrayal of the valley,” and said she would appeal."
    assert attributed(body) == [("Ines Varga", "a betrayal of the valley,")]


@pytest.mark.parametrize("adverb", ["often", "long"])
def test_the_speaker_s_own_active_perfect_stays_hers(adverb):
    body = f"Ines Varga opposed the ferry plan, which she has {adverb} described as “a gift to the shipyards.”"
    assert attributed(body) == [("Ines Varga", "a gift to the shipyards.")]


def test_a_subject_s_active_perfect_with_the_label_later_stays_his():
    body = "Harlan Dovey, the pilot, has long described as “reckless” the board's plan to sell the quays."
    assert attributed(body) == [("Harlan Dovey", "reckless")]
