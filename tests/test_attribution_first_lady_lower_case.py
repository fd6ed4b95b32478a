""" "the first lady" in lower case for the woman named as First Lady before, as "the First Lady" already was; "Lady Ana
Ruiz" keeps her name, and "the first lady" with no First Lady named credits nobody. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize(
    "passage",
    [
        "First Lady Ana Ruiz opened the clinic on Monday. Later the first lady said “every child deserves a doctor.”",
        "First Lady Ana Ruiz opened the clinic on Monday. “Every child deserves a doctor,” the first lady said.",
        "The first lady, Ana Ruiz, opened the clinic on Monday. “Every child deserves a doctor,” the first lady said.",
    ],
)
def test_the_first_lady_in_lower_case_is_the_woman_named_first_lady(passage):
    assert [who for who, _ in attributed(passage)] == ["Ana Ruiz"]


def test_near_miss_the_capitalised_title_and_a_lady_by_name_stay_as_they_were():
    capitalised = "First Lady Ana Ruiz opened the clinic on Monday. “Every child deserves a doctor,” the First Lady said."
    assert [who for who, _ in attributed(capitalised)] == ["Ana Ruiz"]
    lady = "Lady Ana Ruiz opened the clinic on Monday. “Every child deserves a doctor,” said Lady Ana Ruiz."
    assert [who for who, _ in attributed(lady)] == ["Lady Ana Ruiz"]


def test_near_miss_no_first_lady_named_before_credits_nobody():
    assert attributed("Ana Ruiz opened the clinic on Monday. “Every child deserves a doctor,” the first lady said.") == []
