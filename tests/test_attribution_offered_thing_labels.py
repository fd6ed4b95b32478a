"""A firm's or a body's own name for what it offers, in marks before the noun, where the firm is the speaker ("Velkor
insists its “pay-as-you-go” plan will “save riders money”", "the “night-owl” package it sells"): a label, nobody's
statement, even where the sentence quotes the firm's words too. Near misses: someone else's judging word before such a
noun ("the regulator said the “reckless” service …") or before another noun stays that speaker's. Passages written for
these tests."""

from __future__ import annotations

import pytest
from passages import attributed


def test_a_firms_name_for_the_package_it_sells_is_a_label():
    body = "Velkor insists the “night-owl” package it sells will “pay for itself within a year.”"
    assert attributed(body) == [("Velkor", "pay for itself within a year.")]


def test_a_product_named_in_marks_after_its_possessive_is_a_label():
    body = "Velk Power said its “smart” meters would be “a saving for every home.”"
    assert attributed(body) == [("Velk Power", "a saving for every home.")]


def test_near_miss_a_judging_word_before_another_noun_stays_the_speakers():
    body = "Ana Ruiz condemned the “barbaric” attack, calling it “a crime against the port.”"
    assert attributed(body) == [("Ana Ruiz", "barbaric"), ("Ana Ruiz", "a crime against the port.")]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Regulator Ana Ruiz said the “reckless” service had “put lives at risk on every street.”", "reckless"),
        ("Ana Ruiz said the “dangerous” product “should never have been sold to anyone.”", "dangerous"),
        ("Tom Reed said the firm's “so-called smart” meters were “a swindle from day one.”", "so-called smart"),
    ],
)
def test_near_miss_another_speakers_judging_word_before_an_offered_thing_stays_theirs(body, words):
    found = attributed(body)
    assert len(found) == 2 and found[0][1] == words and found[0][0] == found[1][0]
