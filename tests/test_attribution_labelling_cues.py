"""Cues a political or field story words its quoted labels and shouted words with: passages written for these tests,
each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_a_label_after_dismissed_as_a_is_the_speakers():
    body = (
        "President Lena Ortiz spoke in the capital on Monday.\n\n"
        "Mrs Ortiz went on to dismiss the vote as a ‘farce’. Her deputy, Tomas Weber, rejected the result as an ‘insult’."
    )
    assert attributed(body) == [("Lena Ortiz", "farce"), ("Tomas Weber", "insult")]


def test_a_term_after_an_article_with_no_labelling_verb_stays_a_label():
    body = "President Lena Ortiz spoke in the capital on Monday.\n\nMrs Ortiz visited the harbour as a ‘guest of honour’."
    assert attributed(body) == []
