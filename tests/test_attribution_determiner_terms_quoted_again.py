"""A term in marks after an article in a cued clause that goes on to quote again before the sentence ends ("She said
gaps in the “safety net” could let “bad actors” in") is the speaker's, as a fragment before its noun is; alone, or with
no verb of saying before it, it stays a label. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

OPENING = "Ilse Varga spoke to the harbour board on Monday. "


def test_a_term_after_an_article_then_a_second_quotation():
    body = OPENING + "She said current gaps in the “safety net” could let “bad actors” take over the port."
    assert attributed(body) == [("Ilse Varga", "safety net"), ("Ilse Varga", "bad actors")]


@pytest.mark.parametrize(
    "sentence",
    [
        "She said current gaps in the “safety net” could let bad actors take over the port.",  # quoted once
        "The gaps in the “safety net” could let “bad actors” take over the port.",  # no verb of saying
        "She said current gaps in the “Safety Net” could let bad actors take over the port.",  # a name
    ],
)
def test_near_misses_stay_labels(sentence):
    assert ("Ilse Varga", "safety net") not in attributed(OPENING + sentence)
    assert ("Ilse Varga", "Safety Net") not in attributed(OPENING + sentence)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Varga announced a “harbour emergency” as the ships left, and warned, “No one may sail today.”", "harbour emergency"),  # the verb's object
        ("Varga claims to protect the town’s “open harbour” while closing “small quays” to fishers.", "open harbour"),  # an infinitive's object
    ],
)
def test_a_term_the_verb_takes_as_its_object_stays_a_label(sentence, term):
    assert term not in [quote for _, quote in attributed(OPENING + sentence)]
