"""A sentence opening on an unnamed holder of a post who acts ("By 1966, the city's harbour safety director found …"):
the "he" of the quotation after it is the director's, never a man named before. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

NAMED = "Jon Vesker started a lamp programme as mayor in 1961, and the storms of 1963 set off the building of towers."
QUOTED = "“Personally, I have grave doubts that stocking lamps is an answer,” he said."


@pytest.mark.parametrize(
    "opening",
    [
        "By 1966, the city’s harbour safety director found that most towers had no oil.",
        "The port’s chief engineer warned that most towers had no oil.",
        "Later the harbour safety director found that most towers had no oil.",
        "A harbour safety director found that most towers had no oil.",
    ],
)
def test_the_unnamed_post_holder_is_the_he_in_the_next_paragraph(opening):
    assert attributed(f"{NAMED}\n\nMost landlords took part. {opening} {QUOTED}") == []


def test_the_unnamed_post_holder_is_the_he_in_the_same_paragraph():
    assert attributed(f"{NAMED} By 1966, the city’s harbour safety director found that most towers had no oil. {QUOTED}") == []


def test_a_post_the_report_named_someone_with_stays_theirs():
    body = f"Director Jon Vesker opened the towers in 1961.\n\nBy 1966, the harbour director found that most towers had no oil. {QUOTED}"
    assert attributed(body) == [("Jon Vesker", "Personally, I have grave doubts that stocking lamps is an answer,")]


def test_a_sentence_about_things_stays():
    body = f"{NAMED}\n\nBy 1966, the towers had no oil. {QUOTED}"
    assert attributed(body) == [("Jon Vesker", "Personally, I have grave doubts that stocking lamps is an answer,")]


def test_a_named_subject_stays():
    body = f"{NAMED}\n\nBy 1966, the harbour director Jon Vesker found that most towers had no oil. {QUOTED}"
    assert attributed(body) == [("Jon Vesker", "Personally, I have grave doubts that stocking lamps is an answer,")]


def test_a_quotation_in_two_apostrophes_opens_a_sentence_of_its_own():
    # a news archive's plain text writes the double mark as two apostrophes: the quotation opens a new sentence
    body = f"{NAMED}\n\nBy 1966, the city’s harbour safety director found that most towers had no oil. ''Personally, I have grave doubts,'' he said."
    assert attributed(body) == []
