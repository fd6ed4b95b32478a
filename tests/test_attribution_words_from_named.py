"""A lead-in that is a noun phrase, "from" and a name, then a colon ("Finally, some sense from Ola Brin, chair of the Vale
Network: “…”"): the named one's words. A clause before the colon ("The ship sailed from …:") is no such lead-in.
Passages written for these tests."""

from __future__ import annotations

from passages import attributed

WORDS = "“Green has become an overused word.”"


def test_a_noun_phrase_from_a_described_name_before_the_colon():
    body = f"Finally, some sense from Ola Brin, chair of the Vale Trade Network: {WORDS}"
    assert attributed(body) == [("Ola Brin", "Green has become an overused word.")]


def test_a_longer_lead_in_from_a_name_alone():
    body = f"Finally, a return to common sense from Ola Brin: {WORDS}"
    assert attributed(body) == [("Ola Brin", "Green has become an overused word.")]


def test_a_lead_in_from_a_body():
    body = f"A reminder from the Vale Trade Board: {WORDS}"
    assert attributed(body) == [("Vale Trade Board", "Green has become an overused word.")]


def test_a_clause_with_a_participle_before_from_names_a_place():
    body = f"The ship sailed from Port Olvend, a harbour in the north: {WORDS}"
    assert attributed(body) == []
