"""A noun of a person's situation set capitalised before a full name ("Tenant Ana Roe, who …", "Commuter Tom Reed")
describes the person, as a trade does ("Nurse Ana Roe"); it is no part of the name. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe
from passages import attributed, attributed_with_kinds

WORDS = "Nobody asked the people who actually take the ferry."


@pytest.mark.parametrize("noun", ["Commuter", "Tenant", "Passenger", "Homeowner", "Patient", "Shopper", "Landlord", "Pensioner", "Magistrate"])
def test_the_noun_is_no_part_of_the_name(noun):
    body = f"Fares will rise by a third, the operator said.\n\n{noun} Irena Vasko, who crosses the bay daily, says she saw a poster.\n\n“{WORDS}” said Ms. Vasko."
    assert attributed(body) == [("Irena Vasko", WORDS)]


@pytest.mark.parametrize("noun", ["Nurse", "Lawyer", "Resident"])
def test_trades_are_read_as_before(noun):
    body = f"{noun} Irena Vasko, who crosses the bay daily, says she saw a poster.\n\n“{WORDS}” said Ms. Vasko."
    assert attributed(body) == [("Irena Vasko", WORDS)]


@pytest.mark.parametrize("body_name", ["Tenant Union Federation", "Customer Service Team", "Patient Advice Liaison Service"])
def test_a_body_named_with_the_noun_stays_a_body(body_name):
    assert attributed_with_kinds(f"“{WORDS}” the {body_name} said.") == [(body_name, "organization", WORDS)]


@pytest.mark.parametrize("noun", ["customer", "tenant", "employee", "passenger"])
def test_the_noun_ends_a_description_after_the_name(noun):
    assert describe(f"“{WORDS}” said Ana Roe, a Vestland Ferry {noun}.", "Ana Roe") == f"Vestland Ferry {noun}"


def test_a_thing_after_the_name_is_no_description():
    assert describe(f"“{WORDS}” said Ana Roe, a Vestland Ferry building.", "Ana Roe") == ""


@pytest.mark.parametrize("title", ["Client Services Manager", "Customer Care Director"])
def test_the_noun_opening_a_longer_title_is_not_taken_off_alone(title):
    (name,) = [speaker for speaker, _ in attributed(f"“{WORDS}” {title} Irena Vasko said.")]
    assert name in (f"{title} Irena Vasko", "Irena Vasko")


@pytest.mark.parametrize("noun", ["Organiser", "Coordinator", "Beekeeper", "Curator", "Volunteer"])
@pytest.mark.parametrize("name", ["Irena K Vasko", "Irena K. Vasko"])
def test_a_trade_before_a_full_name_with_a_middle_initial_is_no_part_of_it(noun, name):
    body = f"{noun} {name}, from Saltmarsh, said, “{WORDS}”"
    assert attributed(body) == [(name, WORDS)]


def test_an_initial_right_after_the_trade_is_no_full_name():
    # near miss: "Organiser K Vasko" has no given name after the trade; it is not cut to a bare "K Vasko"
    assert [name for name, _ in attributed(f"Organiser K Vasko said, “{WORDS}”")] != ["K Vasko"]
    # near miss: a trade and the name after a comma were right before and stay so
    assert attributed(f"Trader and one of the founders, Irena Vasko, said, “{WORDS}”") == [("Irena Vasko", WORDS)]
