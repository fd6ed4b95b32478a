"""Verbs of begging ("begged", "implored", "beseeched"), as "pleaded" and "urged", say the words quoted next to them,
before or after the quote. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

PLEA = "Let the stall stay open one more month. We have nowhere else to go."


@pytest.mark.parametrize("verb", ["begged", "implored", "beseeched", "pleaded with", "urged"])
def test_before_the_quote(verb):
    assert attributed(f"Dana Vilks {verb} the market board, “{PLEA}”") == [("Dana Vilks", PLEA)]


@pytest.mark.parametrize("verb", ["begged", "implored", "begs"])
def test_after_the_quote(verb):
    words = PLEA[:-1] + ","
    assert attributed(f"“{words}” Dana Vilks {verb}.") == [("Dana Vilks", words)]


def test_with_a_date_and_a_clause_after():
    words = PLEA[:-1] + ","
    body = f"Dana Vilks, a fishmonger from Rova, begged the board on May 2, “{words}” after the notice went up."
    assert attributed(body) == [("Dana Vilks", words)]


def test_begging_without_a_quote_credits_nothing():
    assert attributed("Dana Vilks begged for more time. The board did not answer.") == []


def test_besought_is_the_past_of_beseech():
    words = PLEA[:-1] + ","
    assert attributed(f"“{words}” Dana Vilks besought the board.") == [("Dana Vilks", words)]
