"""A capitalised adjective opening a sentence ("Meaningless terms such as “deregulation” …") is no name, unless the report
shows it to be one. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize("adjective", ["Meaningless", "Powerful", "Dangerous"])
def test_an_adjective_opening_the_sentence_is_no_speaker(adjective):
    body = f"{adjective} terms such as “deregulation” and “free markets” ignore the need for rules in a harbour economy."
    assert attributed(body) == []


def test_a_surname_with_such_an_ending_stays_a_name():
    body = "Gary Burtless studies the port. Burtless said the plan was “a gamble with the harbour” at best."
    assert attributed(body) == [("Gary Burtless", "a gamble with the harbour")]


def test_a_plain_noun_opening_stays_no_speaker():
    body = "Empty slogans such as “growth first” and “open water” ignore the same need."
    assert attributed(body) == []
