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
