"""A name set before a firm's noun ("at the B.C. Harlow brokerage") names the firm, never the person a later "he" means.
Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

PASSAGE = (
    "The trade has been steady, said Tom Rowe, who follows the ferry company as a managing director {employer}. In a few"
    " more years, he said, “You won’t recognize the old harbour.”"
)
QUOTE = "You won’t recognize the old harbour."


@pytest.mark.parametrize(
    "employer", ["at the B.C. Harlow brokerage", "at the D.A. Harlow investment bank", "at the Tim Harlow brokerage", "with the J. Harlow firm"]
)
def test_the_employer_named_before_its_noun_is_no_person(employer):
    assert attributed(PASSAGE.format(employer=employer)) == [("Tom Rowe", QUOTE)]


@pytest.mark.parametrize("employer", ["at B.C. Harlow", "at Harlow brokerage", "at the Harlow brokerage"])
def test_employers_read_right_before_stay(employer):
    assert attributed(PASSAGE.format(employer=employer)) == [("Tom Rowe", QUOTE)]


def test_a_person_with_initials_before_a_plain_noun_stays_a_person():
    body = "The trade has been steady, said Tom Rowe. B.C. Harlow told company officials the same. “It will last,” he said."
    assert attributed(body) == [("B.C. Harlow", "It will last,")]
