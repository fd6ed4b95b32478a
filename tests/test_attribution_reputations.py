"""A reputation the writer reports about someone, in a passive with an adverb of how widely it is held and no agent
("Tomas Brenner, widely considered “the father of the border militias”"), is a label: nobody's words, not those of the
sentence's reporting subject. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

TESTIFIED = (
    "Lena Okafor, a former commander, testified that company managers met personally with the militia chief Tomas Brenner,"
    " {reputed} “the father of the border militias” in the region. The two sides agreed on payments."
)


@pytest.mark.parametrize(
    "reputed", ["widely considered", "widely regarded as", "generally seen as", "long viewed as", "commonly described as", "often hailed as"]
)
def test_a_reputation_held_widely_is_nobody_s_words(reputed):
    assert attributed(TESTIFIED.format(reputed=reputed)) == []


def test_a_name_the_speaker_gives_stays_hers():
    body = TESTIFIED.format(reputed="whom she called")
    assert attributed(body) == [("Lena Okafor", "the father of the border militias")]


def test_a_description_by_the_speaker_stays_hers():
    body = "Lena Okafor described the plan as “a betrayal of the valley,” and said she would appeal."
    assert attributed(body) == [("Lena Okafor", "a betrayal of the valley,")]
