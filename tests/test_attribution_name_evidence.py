"""A name needs evidence of being one: passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_a_word_opening_a_sentence_once_is_no_one_a_later_he_means():
    body = (
        "Several firms cooperated with the port authority. Loyalty was certainly a factor, but so was their need for licences.\n\n"
        "When I spoke to him about it, he recalled the work as “dispiriting and lonely.”"
    )
    assert attributed(body) == []


def test_a_name_met_once_after_a_comma_is_the_one_a_later_he_means():
    body = "Nine men are on hunger strike. One striker, Omid, has not eaten for weeks. He told the visitors that “the hunger is the least of it.”"
    assert attributed(body) == [("Omid", "the hunger is the least of it.")]


def test_a_plural_the_report_writes_in_the_singular_is_nobody():
    body = "Registration is slow for a foreign organization. Organizations explain that “it takes many steps and the rules are unclear.”"
    assert attributed(body) == []


def test_a_surname_like_a_plural_named_in_full_before_is_the_person():
    body = "Lending by the bank slowed. Arron Banks runs a charity in the port. Banks explains that “it takes many steps and the rules are unclear.”"
    assert attributed(body) == [("Arron Banks", "it takes many steps and the rules are unclear.")]
