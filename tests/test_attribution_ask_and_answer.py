"""A feature's "Ask Ivo Brandt, and he will answer: “…”": the imperative is no part of the name, and "will answer" is the
verb (the bare "answer" stays the noun). Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_ask_opening_the_sentence_is_no_part_of_the_name():
    body = "Ask Ivo Brandt what matters, and he says: “Traffic. Everyone knows it.”"
    assert attributed(body) == [("Ivo Brandt", "Traffic. Everyone knows it.")]
