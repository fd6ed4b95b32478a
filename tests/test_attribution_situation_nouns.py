"""A noun of a person's situation set capitalised before a full name ("Tenant Ana Roe, who …", "Commuter Tom Reed")
describes the person, as a trade does ("Nurse Ana Roe"); it is no part of the name. Passages written for these tests."""

from __future__ import annotations

import pytest
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
