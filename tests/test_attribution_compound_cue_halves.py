"""The half of a hyphenated compound is no verb of saying ("Every English-speaking port, she proclaimed, …"): the
words before it are no speaker of the quotation standing alone after it. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.engine import compound_half
from passages import attributed


@pytest.mark.parametrize("people", ["English", "Welsh", "Norse"])
def test_a_peoples_word_in_a_compound_is_no_speaker(people):
    body = (
        "Jane Roe opened the ferry season in Harbourton. The Seafarers’ Union (SU) had invited her. "
        f"Every {people}-speaking port, she proclaimed, owed its pilots a debt. “We owe the pilots our safe returns.”"
    )
    assert attributed(body) == [("Jane Roe", "We owe the pilots our safe returns.")]


def test_a_speaker_of_a_sentence_before_a_lone_quote_stays():
    # near miss: a plain verb of saying after the speaker's name
    body = "Jane Roe rose to speak. The world, Roe proclaimed, had a task to fulfil. “We take the sea seriously.”"
    assert attributed(body) == [("Jane Roe", "We take the sea seriously.")]


def test_a_prefixed_verb_is_no_compound_half():
    text = "The English-speaking port, she re-stated, was safe."
    assert compound_half(text, text.index("speaking"))
    assert not compound_half(text, text.index("stated"))
    assert not compound_half("it was co-signed", len("it was co-"))
