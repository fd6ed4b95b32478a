"""Where and when the subject spoke, set between the subject and the verb of saying ("Ilse Varga at a rally in Port Ulm
on Monday said", "Varga in an interview with the Velden Courier said"): an aside, the one who speaks the name before it.
Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "We will not give up the harbour."


@pytest.mark.parametrize(
    "subject",
    [
        "Ilse Varga at a rally in Port Ulm on Monday said",
        "Ilse Varga at a rally on Monday said:",
        "Ilse Varga at a news conference in Velden on Friday said",
        "Ilse Varga in an interview with the Velden Courier said",
        "Ilse Varga in a letter to the Harbour Board on Tuesday said",
    ],
)
def test_the_occasion_and_its_day_between_name_and_verb(subject):
    assert attributed(f"{subject} “{WORDS}”") == [("Ilse Varga", WORDS)]


def test_a_that_clause_after_the_occasion_and_its_day():
    body = "Ilse Varga at a rally in Port Ulm on Monday said that the plan was “a betrayal of the workers.”"
    assert attributed(body) == [("Ilse Varga", "a betrayal of the workers.")]


@pytest.mark.parametrize(
    "subject",
    [
        "Delegates at the summit on Monday said",  # a plural noun opening the sentence, no name
        "Supporters of Ilse Varga at a rally on Monday said",  # people around her, unnamed
    ],
)
def test_no_one_named_before_the_occasion(subject):
    assert attributed(f"{subject} “{WORDS}”") == []
