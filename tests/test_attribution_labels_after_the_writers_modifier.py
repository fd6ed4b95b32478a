"""Words in marks inside a noun phrase that the writer opens with an article and a modifier of their own ("urged a bright
“no wake” sticker on every hull") name a kind of the thing: a label, not the words of the one who urged it; and a scare
quote after an unnamed group's verb of naming ("Opponents would call it a “fiasco”") is nobody's statement, never the
person named before. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

CUE = "“We will not sign it,” said Mayor Ann Dale."


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ann Dale urged a bright “no wake” sticker on every hull.",
        "Mayor Ann Dale urged a bright “green” sticker on every hull.",
        "Councillor Ivo Brandt demanded a new “park and ride” scheme for the harbour.",
        "Mayor Ann Dale proposed a bright “No Wake” sticker on every hull.",
    ],
)
def test_a_label_between_the_writers_modifier_and_its_noun_is_nobodys_statement(sentence):
    assert attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Mayor Ann Dale urged boaters to “slow down near the pier”.", "slow down near the pier"),  # her words, no noun phrase
        ("Mayor Ann Dale urged a “complete and total” overhaul.", "complete and total"),  # no modifier of the writer's
        ("Mayor Ann Dale warned of a very “dangerous” situation.", "dangerous"),  # an intensifier grades her word
    ],
)
def test_the_speakers_words_stay_hers(sentence, quote):
    assert attributed(sentence) == [("Ann Dale", quote)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Opponents would call it a “fiasco”.",
        "But critics called it a “giveaway” to the developers.",
        "Her critics have called it a “fiasco”.",
        "Many would call it a “fiasco”.",
    ],
)
def test_a_scare_quote_after_an_unnamed_groups_verb_is_not_the_named_speakers(sentence):
    assert attributed(f"{CUE} {sentence}") == [("Ann Dale", "We will not sign it,")]
