"""An outlet or a publishing body speaking in its own text (the outlet as the questioner, "we said in a statement"), and a
participle going on with a sentence's pronoun subject after a connective: passages written for these tests, each with its
near miss."""

from __future__ import annotations

from passages import attributed

MINISTER = "Tomas Vell arrived at the ministry on Monday morning.\n\n"


def test_a_participle_after_a_connective_and_a_pronoun_goes_on_with_the_pronoun():
    body = MINISTER + "However he indicated his meeting with Ada Roe did not go to plan, admitting: “We argued, we certainly argued.”"
    assert attributed(body) == [("Tomas Vell", "We argued, we certainly argued.")]


def test_a_participle_after_a_connective_and_a_name_stays_with_the_name():
    body = MINISTER + "But Ada Roe indicated the meeting did not go to plan, admitting: “We argued, we certainly argued.”"
    assert attributed(body) == [("Ada Roe", "We argued, we certainly argued.")]
