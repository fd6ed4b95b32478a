"""A form in -s after "in" and a lower-case word is a plural noun ("explained, in broad terms, that …"), but not when
"that", a colon or a quotation follows it right away: then "in fact", "in turn" is an adverb and the -s form is the verb
("The Vessel Authority report in fact states that …"). Passages written for these tests."""

from __future__ import annotations

from passages import attributed

QUOTE = "can take no more ships"


def test_in_fact_states_that_is_the_body_s_verb():
    body = f"The Vessel Authority report in fact states that the quay “{QUOTE}”."
    assert attributed(body) == [("Vessel Authority", QUOTE)]


def test_in_particular_warns_that_is_the_body_s_verb():
    body = f"The Vessel Authority review in particular warns that the quay “{QUOTE}”."
    assert attributed(body) == [("Vessel Authority", QUOTE)]


def test_in_fact_states_before_a_colon_is_the_body_s_verb():
    body = f"The Vessel Authority report in fact states: “The quay {QUOTE}.”"
    assert attributed(body) == [("Vessel Authority", f"The quay {QUOTE}.")]


def test_a_plural_noun_after_in_then_a_comma_is_still_no_verb():
    body = f"The Vessel Authority set out its plan, and Ivo Brandt explained, in plain words, that the quay “{QUOTE}”."
    assert attributed(body) == [("Ivo Brandt", QUOTE)]
