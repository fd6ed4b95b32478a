"""How reports on agencies' evidence bring in their words: "informed the inquiry that … “…”" (a weak verb of telling,
the one told, then its that-clause, as "told the inquiry that"), "goes further, indicating that … “…”", and "explained,
in broad terms, that … “…”" ("terms" after "in" is the noun). Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_informed_the_inquiry_that():
    body = "Harbour Commissioner Lena Moss informed the inquiry that once the police are tasked her officers leave it to them “as to how best they do it”."
    assert attributed(body) == [("Lena Moss", "as to how best they do it")]


def test_assured_the_board_that():
    body = "Harbour Commissioner Lena Moss assured the Harbour Board that once the police are tasked her officers leave it “to their judgment”."
    assert attributed(body) == [("Lena Moss", "to their judgment")]


def test_informed_the_inquiry_of_a_plan_is_no_that_clause():
    body = (
        "Harbour Commissioner Lena Moss informed the inquiry of the plan before the police began searching for the boats “as to how best they do it”."
    )
    assert attributed(body) == []


def test_goes_further_indicating_that():
    body = "The Transport Ministry goes further, indicating that the checks involve “boarding at the point of departure, by sea or by air”."
    assert attributed(body) == [("Transport Ministry", "boarding at the point of departure, by sea or by air")]


def test_figures_indicating_that_name_nobody():
    body = "The figures rose in May, indicating that the checks involve “boarding at the point of departure”."
    assert attributed(body) == []


def test_explained_in_broad_terms_that():
    body = "The Northport Police explained last year, in broad terms, that the aim of the checks is to: “stop the departure of the ferry”."
    assert attributed(body) == [("Northport Police", "stop the departure of the ferry")]


def test_a_place_after_in_before_says_stays():
    body = "Ada Roe, in Paris, says “the port is closed”."
    assert attributed(body) == [("Ada Roe", "the port is closed")]
