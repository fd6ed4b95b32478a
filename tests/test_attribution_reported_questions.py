"""A question reported after "asked whether" or "asked if" holds the quotation in it, however many words come between
("Tomas Wren asked whether it really would have “…”"): the asker's words, not those of a speaker before a "while".
Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe stated “there is no place for children”, while Tomas Wren asked whether it really would have “hurt the mayor to wait”.",
        "Jane Roe stated “there is no place for children”, while Tomas Wren asked if the council really could not have “found the mayor a chair”.",
    ],
)
def test_the_question_asked_is_the_askers(sentence):
    assert [name for name, _quote in attributed(sentence)] == ["Jane Roe", "Tomas Wren"]


def test_a_later_speaker_after_a_reported_question_keeps_the_words():
    # near miss: the question holds no quotation; the next sentence's speaker has it
    body = "Tomas Wren asked whether the pier would close. The harbour master Ida Lund said it was “closed for good”."
    assert attributed(body) == [("Ida Lund", "closed for good")]


def test_the_words_put_in_question_are_no_askers():
    # an echo: the earlier speaker's words, questioned ("really" right before them)
    body = (
        "Tomas Wren said on Monday the ferry plan was “a loss for every crew”. On Tuesday Ida Lund asked whether the plan"
        " was really “a loss for every crew”."
    )
    assert attributed(body) == [("Tomas Wren", "a loss for every crew")]


def test_each_asker_has_the_quote_of_their_own_question():
    # near miss: "really" earlier in the question, not right before the quote; the quotes go to their own speakers
    sentence = "Jane Roe stated “there is no place for children”, while Tomas Wren asked whether it really would have “hurt the mayor to wait”."
    assert attributed(sentence) == [("Jane Roe", "there is no place for children"), ("Tomas Wren", "hurt the mayor to wait")]
