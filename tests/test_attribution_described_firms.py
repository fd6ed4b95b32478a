"""A firm the story describes once by its kind ("Halvern Metals, a Canadian mining company, runs the quarry") and then
calls by that description ("The company insists …", "The Canadian mining company assures …"): passages written for
these tests, each with its near misses."""

from __future__ import annotations

import pytest
from passages import attributed, attributed_with_kinds

OPENING = "Halvern Metals, a Canadian mining company, runs the Orlo quarry. Farmers nearby say their wells have dried up.\n\n"
WORDS = "complies with every rule of the national water code."


@pytest.mark.parametrize(
    "sentence",
    [
        f"The company maintains the quarry “{WORDS}”",
        f"The Canadian mining company assures it “{WORDS}”",
        f"In a statement last week, the firm insisted that the quarry “{WORDS}”",
        f"“The quarry {WORDS}” the company said.",
    ],
)
def test_the_firm_by_its_description_is_the_firm_described(sentence: str) -> None:
    assert [name for name, _quote in attributed(OPENING + "Local officials have not commented.\n\n" + sentence)] == ["Halvern Metals"]


def test_the_company_building_something_says_nothing() -> None:
    assert attributed(OPENING + "The company built a “community hall” in 2012, and villagers still use it.") == []


def test_of_two_firms_so_described_the_company_is_the_one_named_last() -> None:
    rival = "Its rival Pell Stone, a Canadian mining company too, runs the next valley.\n\n"
    said = f"The company maintains the quarry “{WORDS}”"
    assert [name for name, _quote in attributed(OPENING + rival + said)] == ["Pell Stone"]
    again = "Halvern Metals bought the land in 2019.\n\n"
    assert [name for name, _quote in attributed(OPENING + rival + again + said)] == ["Halvern Metals"]


def test_a_description_the_later_words_do_not_hold_names_nobody() -> None:
    body = OPENING + f"The Australian mining company maintains the quarry “{WORDS}”"
    assert [name for name, _quote in attributed(body)] == []


@pytest.mark.parametrize(
    ("named", "later"),
    [
        ("Regulators want to stop Copper Miner Halvern Metals Limited from dumping waste.", "Halvern"),
        ("Investors doubt Tech Firm Orvane will meet its target.", "Orvane"),
        ("Mining Giant Kessa Holdings bought the quarry in May.", "Kessa Holdings"),
    ],
)
def test_a_trade_in_title_case_before_a_firm_is_no_part_of_its_name(named: str, later: str) -> None:
    body = f"{named}\n\n“The process began after a public consultation,” {later} said."
    assert attributed(body) == [(later, "The process began after a public consultation,")]


def test_a_trade_before_a_persons_name_stays_a_persons() -> None:
    body = "Retired Miner Abel Tarrant has lived by the quarry for forty years.\n\n“The river has never been this low,” Tarrant said."
    [(name, kind, _quote)] = attributed_with_kinds(body)
    assert name.endswith("Abel Tarrant") and kind == "person"


SAID = "“The quarry complies with every rule of the water code,”"


@pytest.mark.parametrize(
    "sentence",
    [
        f"{SAID} Halvern officials noted.",
        f"{SAID} said Halvern officials.",
        f"Halvern officials insisted that the quarry “{WORDS}”",
        f"{SAID} Halvern officials told reporters on Tuesday.",
    ],
)
def test_officials_of_a_firm_the_story_describes_speak_for_it(sentence: str) -> None:
    assert [name for name, _quote in attributed(OPENING + sentence)] == ["Halvern Metals"]


@pytest.mark.parametrize(
    ("opening", "sentence"),
    [
        ("Farmers near the Orlo quarry say their wells have dried up.\n\n", f"{SAID} officials noted."),
        ("Farmers near the Orlo quarry say their wells have dried up.\n\n", f"{SAID} Orlo officials noted."),
        ("Tomas Halvern, a farmer, says his well has dried up.\n\n", f"{SAID} Halvern officials said."),
        (OPENING, f"{SAID} Orlo officials said."),
    ],
)
def test_officials_of_a_name_no_firm_bears_are_unnamed(opening: str, sentence: str) -> None:
    assert attributed(opening + sentence) == []


def test_officials_of_a_person_leave_no_body_for_a_later_it() -> None:
    body = "Tomas Halvern runs for mayor.\n\nHalvern officials met the press on Monday. It said the race “is far from over.”"
    assert attributed(body) == []


def test_officials_named_by_the_surname_of_a_firms_owner_are_not_the_firms() -> None:
    # "Halvern officials" where Mayor Ines Halvern owns Halvern Radio: her officials, whom the firm's name only opens with
    owner = "Mayor Ines Halvern owns Halvern Radio, a broadcasting company in the south.\n\n"
    assert attributed(owner + f"{SAID} Halvern officials said.") == []
    # the near miss: an owner of another surname leaves the firm's officials the firm's
    firm = "Mayor Ines Tarrow owns Halvern Radio, a broadcasting company in the south.\n\n"
    assert [name for name, _quote in attributed(firm + f"{SAID} Halvern officials said.")] == ["Halvern Radio"]
