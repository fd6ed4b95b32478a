"""A lead-in that is a noun of words, "from" and a name, then a colon ("A last word from Ada Frey, head of the Pier Guild:
“…”"): the named one's words. A lead-in whose noun is no noun of words ("The best view from Orla Hill:"), or a clause
("The ferry left from Port Olvend:", "The boys ran off from Ada Frey:"), names nobody who speaks. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

WORDS = "“Keep the nets dry.”"


def test_a_noun_of_words_from_a_described_name_before_the_colon():
    body = f"Lastly, a word of advice from Ada Frey, head of the Pier Guild: {WORDS}"
    assert attributed(body) == [("Ada Frey", "Keep the nets dry.")]


def test_a_longer_noun_phrase_of_words_from_a_name_alone():
    body = f"Then, a much-needed bit of sense from Ada Frey: {WORDS}"
    assert attributed(body) == [("Ada Frey", "Keep the nets dry.")]


def test_a_noun_of_words_from_a_body():
    body = f"A reminder from the Pier Guild: {WORDS}"
    assert attributed(body) == [("Pier Guild", "Keep the nets dry.")]


def test_a_statement_from_a_described_name():
    body = f"A short statement from Ada Frey, a net maker: {WORDS}"
    assert attributed(body) == [("Ada Frey", "Keep the nets dry.")]


def test_a_clause_with_a_participle_before_from_names_a_place():
    body = f"The ferry left from Port Olvend, a harbour in the north: {WORDS}"
    assert attributed(body) == []


def test_a_clause_with_an_irregular_past_before_from_names_nobody_who_speaks():
    body = f"Some boys ran off from Ada Frey: {WORDS}"
    assert attributed(body) == []


def test_a_clause_with_a_described_name_before_the_colon_names_nobody_who_speaks():
    body = f"The boys hid from Ada Frey, the guild's head, and her dog: {WORDS}"
    assert attributed(body) == []


def test_a_view_from_a_place_is_no_ones_words():
    body = f"The best view from Orla Hill: {WORDS}"
    assert attributed(body) == []


def test_a_sign_some_miles_from_a_place_is_no_ones_words():
    body = f"The road sign three miles from Orla Springs: {WORDS}"
    assert attributed(body) == []


def test_a_dispatch_from_a_place_is_no_ones_words():
    body = f"The latest dispatch from Orla Quay: {WORDS}"
    assert attributed(body) == []


def test_a_shipment_from_a_firm_is_no_ones_words():
    body = f"The first shipment from Orla Nets: {WORDS}"
    assert attributed(body) == []


def test_a_distance_from_a_place_is_no_ones_words():
    body = f"One hour from Orla City: {WORDS}"
    assert attributed(body) == []
