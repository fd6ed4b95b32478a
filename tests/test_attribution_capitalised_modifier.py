"""A phrase in marks written in title case between a determiner and the noun it modifies ("asking for a backdated “Get
Out of Jail Free” card") is a label, never the words of the sentence's subject. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ann Lowe was asking for a backdated “Get Out of Jail Free” card for the harbour works.",
        "Mayor Ann Lowe was asking for a special “Get Out of Jail Free” card for the harbour works.",
        "Mayor Ann Lowe was asking for a “Keep the Old Harbour Weird” sticker for every visitor.",
    ],
)
def test_a_capitalised_phrase_before_its_noun_is_a_label(sentence):
    assert attributed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ann Lowe was hoping for the “Fix It Right Now” fund to pay for the harbour works.",
        "Mayor Ann Lowe handed out a “Keep the Old Harbour Weird” sticker to every visitor.",
    ],
)
def test_a_label_after_a_verb_of_no_saying_stays_a_label(sentence):
    # near misses: read as labels before the rule too (no verb of asking before the phrase)
    assert attributed(sentence) == []


def test_the_quotation_after_it_is_no_continuation_of_the_label():
    body = (
        "Mayor Ann Lowe was asking for a backdated “Get Out of Jail Free” card for the harbour works. We saw the anger of"
        " the public overflow. “Close the piers and sell them”, “Sink the ferries” are some of the comments received."
    )
    assert attributed(body) == []


def test_the_phrase_a_speaker_calls_something_stays_theirs():
    assert attributed("Mayor Ann Lowe called it a “Get Out of Jail Free” card.") == [("Ann Lowe", "Get Out of Jail Free")]


def test_a_capitalised_sentence_closing_the_clause_stays():
    assert attributed("Mayor Ann Lowe said the plan was “Dead On Arrival” and left.") == [("Ann Lowe", "Dead On Arrival")]
