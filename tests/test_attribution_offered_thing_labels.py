"""A firm's or a body's name for what it offers, in marks between an article or a possessive and the noun ("Harbourline
says the “home-sharing” service it provides amounts to a “…”", "its “smart” meters"): a label, nobody's statement, even
where the sentence quotes the firm's own words too. Near misses: a speaker's judging word before another noun ("condemned
the “barbaric” attack, calling it “…”") stays the speaker's. Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_a_service_named_in_marks_before_its_noun_is_a_label():
    body = "Harbourline says the “home-sharing” service it provides amounts to a “real gain for the coast.”"
    assert attributed(body) == [("Harbourline", "real gain for the coast.")]


def test_a_product_named_in_marks_after_a_possessive_is_a_label():
    body = "Velk Power said its “smart” meters would be “a saving for every home.”"
    assert attributed(body) == [("Velk Power", "a saving for every home.")]


def test_near_miss_a_judging_word_before_another_noun_stays_the_speakers():
    body = "Ana Ruiz condemned the “barbaric” attack, calling it “a crime against the port.”"
    assert attributed(body) == [("Ana Ruiz", "barbaric"), ("Ana Ruiz", "a crime against the port.")]
