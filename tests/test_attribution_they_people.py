"""A plural "they" after people in the plural, nearer than a firm named before. Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_they_after_people_in_the_plural_is_not_the_firm_before():
    body = "Lumen Motors began selling cars in 2019. Many people did not trust it. They would say, “Who buys a car from a phone maker?”"
    assert attributed(body) == []


def test_they_after_the_firm_s_own_sentence_is_the_firm():
    body = "Lumen Motors began selling cars in 2019. The company did not trust agents. They would say, “Every buyer is a friend.”"
    assert [who for who, _ in attributed(body)] == ["Lumen Motors"]
