"""A name right after a verb of saying and right before a quotation that opens with a verb is that verb's subject,
what the words are about, never the one who speaks them ("The bird survey stated Tarnby “has lost half its birds”"):
passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_a_name_before_a_quoted_predicate_is_not_the_speaker():
    body = "The county bird survey of 2021 stated Tarnby “has lost half its breeding pairs since the drought”."
    assert ("Tarnby", "has lost half its breeding pairs since the drought") not in attributed(body)


def test_a_name_before_a_quoted_predicate_after_a_body_s_said_is_not_the_speaker():
    body = "The Water Authority said Tarnby “has lost half its breeding pairs since the drought”."
    assert ("Tarnby", "has lost half its breeding pairs since the drought") not in attributed(body)


def test_a_place_before_a_quoted_predicate_after_said_is_not_the_speaker():
    body = "Ada Roe's ministry released its annual review last week. The review said Kestria “was preparing a new offensive”."
    assert ("Kestria", "was preparing a new offensive") not in attributed(body)


def test_the_cue_s_subject_with_that_stays():
    body = "The Water Authority stated that Tarnby “has lost half its breeding pairs since the drought”."
    assert attributed(body) == [("Water Authority", "has lost half its breeding pairs since the drought")]


def test_an_inverted_cue_with_a_comma_stays():
    body = "“The port is closed,” said Ilse Marwick, “and it will stay closed until June.”"
    assert attributed(body)[-1] == ("Ilse Marwick", "and it will stay closed until June.")


def test_a_speaker_before_the_cue_stays():
    body = "Marwick said Varga “has done nothing wrong”."
    assert attributed(body) == [("Marwick", "has done nothing wrong")]
