"""A feature's "Ask Ivo Brandt, and he will answer: “…”": the imperative is no part of the name, and "will answer" is the
verb (the bare "answer" stays the noun). Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_ask_opening_the_sentence_is_no_part_of_the_name():
    body = "Ask Ivo Brandt what matters, and he says: “Traffic. Everyone knows it.”"
    assert attributed(body) == [("Ivo Brandt", "Traffic. Everyone knows it.")]


def test_will_answer_with_an_aside_before_the_colon_is_a_cue():
    body = "Ivo Brandt laughs when asked about the city, and he will answer, with a grin: “Traffic. Everyone knows it.”"
    assert attributed(body) == [("Ivo Brandt", "Traffic. Everyone knows it.")]


def test_the_answer_as_a_noun_is_no_cue():
    assert attributed("The answer, with a grin: “Traffic. Everyone knows it.”") == []
