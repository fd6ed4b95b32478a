"""An office named with a portfolio after "for" or "of" ("the High Commissioner for Human Rights") is an office, no
person named "Rights"; a national chapter of a campaigning group ("Norland Lawyers for Human Rights") is a body.
Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed, attributed_with_kinds

RULING = "not change the law of the sea"


@pytest.mark.parametrize(
    "office",
    [
        "The United Nations High Commissioner for Human Rights",
        "The Commissioner for Human Rights",
        "The UN High Commissioner for Refugees",
        "The Special Rapporteur for Minority Affairs",
    ],
)
def test_an_office_without_its_holder_credits_no_one(office):
    assert attributed(f"{office} said the ruling did “{RULING}”.") == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Office of the UN High Commissioner for Human Rights", "Office of the UN High Commissioner for Human Rights"),
        ("The Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
        ("The Bank of England", "Bank of England"),
    ],
)
def test_bodies_named_with_a_portfolio_stay_bodies(body, name):
    assert attributed_with_kinds(f"{body} said the ruling did “{RULING}”.") == [(name, "organization", RULING)]


@pytest.mark.parametrize(
    "who",
    [
        "The Commissioner for Human Rights, Ana Roe,",
        "Commissioner for Human Rights Ana Roe",
        "Minister of Foreign Affairs Ana Roe",
    ],
)
def test_the_holder_named_with_the_office_speaks(who):
    assert attributed(f"{who} said the ruling did “{RULING}”.") == [("Ana Roe", RULING)]


@pytest.mark.parametrize("chapter", ["Norland Lawyers for Human Rights", "American Physicians for Human Rights"])
def test_a_national_chapter_of_a_group_is_a_body_after_its_officer(chapter):
    body = f'Maria Lopes, President, {chapter}, said:\n\n"Prices always rise before the harvest and the poor pay most."'
    assert attributed(body) == [("Maria Lopes", "Prices always rise before the harvest and the poor pay most.")]


def test_a_national_chapter_speaking_for_itself_is_a_body():
    body = "“Prices always rise before the harvest,” said Canadian Lawyers for Human Rights."
    assert attributed_with_kinds(body) == [("Canadian Lawyers for Human Rights", "organization", "Prices always rise before the harvest,")]
