"""A name set before a place's noun ("Harlow-owned QFC stores", "the Kelby market") in the sentence after a speaker's
quotation names a place, nobody who might say its fragment: the fragment goes on with the speaker's account. A name
that is the sentence's subject or a body's people ("QFC officials") still names someone else. Passages written for
these tests."""

from __future__ import annotations

import pytest
from passages import attributed

FIRST = "“I was shocked to see that level,” said Tyler Moss, president of the Harbour Fish Company."
FIRST_QUOTE = ("Tyler Moss", "I was shocked to see that level,")
FRAGMENT = "“as low as I’ve ever seen.”"


@pytest.mark.parametrize(
    "sentence",
    [
        "The price, which was matched at Harlow-owned QFC stores in the region last week, is {fragment}",
        "The price, which was matched at QFC supermarkets last week, is {fragment}",
        "The price, which was matched at the Kelby market last week, is {fragment}",
        "The price, which was matched at Harlow-owned QFC stores in the region last week, is {fragment} (Moss does not supply the grocer.)",
    ],
)
def test_a_name_before_a_place_s_noun_leaves_the_fragment_to_the_speaker(sentence: str) -> None:
    body = f"{FIRST} {sentence.format(fragment=FRAGMENT)}"
    assert attributed(body) == [FIRST_QUOTE, ("Tyler Moss", "as low as I’ve ever seen.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The price, which QFC matched last week, is {fragment}",  # the acronym is the clause's subject
        "The price, which QFC officials matched last week, is {fragment}",  # a body's people
        "The price, which Rita Lane matched at the QFC stores last week, is {fragment}",  # another person named
    ],
)
def test_a_name_that_is_not_a_place_s_keeps_the_fragment_unattributed(sentence: str) -> None:
    body = f"{FIRST} {sentence.format(fragment=FRAGMENT)}"
    assert attributed(body) == [FIRST_QUOTE]
