"""How reports on agencies' evidence bring in their words: "informed the inquiry that … “…”" (a weak verb of telling,
the one told, then its that-clause, as "told the inquiry that"), "goes further, indicating that … “…”", and "explained,
in broad terms, that … “…”" ("terms" after "in" is the noun). Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_informed_the_inquiry_that():
    body = "Fire Chief Oona Pell informed the tribunal that her crews had reached the mill “within eleven minutes of the call”."
    assert attributed(body) == [("Oona Pell", "within eleven minutes of the call")]


def test_assured_the_board_that():
    body = "Fire Chief Oona Pell assured the county council that the new engines were “ready for any winter”."
    assert attributed(body) == [("Oona Pell", "ready for any winter")]


def test_informed_the_inquiry_of_a_plan_is_no_that_clause():
    body = "Fire Chief Oona Pell informed the tribunal of the drill before the crews set out for the mill “within eleven minutes of the call”."
    assert attributed(body) == []


def test_goes_further_indicating_that():
    body = "The Water Authority goes further, indicating that the ban covers “garden hoses, pools and car washes alike”."
    assert attributed(body) == [("Water Authority", "garden hoses, pools and car washes alike")]


def test_figures_indicating_that_name_nobody():
    body = "The figures rose in May, indicating that the ban covers “garden hoses, pools and car washes alike”."
    assert attributed(body) == []


def test_explained_in_broad_terms_that():
    body = "The Water Authority explained, in plain words, that the ban would last “until the reservoirs are half full”."
    assert attributed(body) == [("Water Authority", "until the reservoirs are half full")]


def test_a_place_after_in_before_says_stays():
    body = "Ada Roe, in Paris, says “the port is closed”."
    assert attributed(body) == [("Ada Roe", "the port is closed")]
