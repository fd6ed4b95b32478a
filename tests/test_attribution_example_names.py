"""A name given as an example of a plural kind a preposition governs ("the dredgers of firms such as Kelby Marine") is
no one who competes to speak: the sentence's quotation goes on with the speaker of the sentence before. A "To/For …
like X," opening is not one: it names whose view the sentence gives. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

OPEN = "“The harbour will reopen in spring,” Tessaly Marr told the council."
CLOSE = "“the boats deserve a working port.”"


@pytest.mark.parametrize(
    "clause",
    [
        "After years of silt left in the bay by the dredgers of firms such as Kelby Marine,",
        "After years of silt left in the bay by contractors like Kelby Marine,",
        "After years of silt left in the bay by the dredgers,",
    ],
)
def test_the_quotation_closing_the_writer_s_clause_goes_on_with_the_speaker(clause):
    assert attributed(f"{OPEN} {clause} {CLOSE}") == [("Tessaly Marr", "The harbour will reopen in spring,"), ("Tessaly Marr", CLOSE.strip("“”"))]


def test_a_firm_named_as_the_clause_s_actor_still_stops_it():
    body = f"{OPEN} After years of silt left in the bay by Kelby Marine’s dredgers, {CLOSE}"
    assert attributed(body) == [("Tessaly Marr", "The harbour will reopen in spring,")]


@pytest.mark.parametrize(
    "sentence",
    [
        "To skippers like Ines Varga, the reopening is “a lifeline for the whole coast.”",
        "For rivals like Dorvane, the reopening is “a gift to the dredging firms.”",
    ],
)
def test_whose_view_a_to_or_for_opening_gives_is_not_the_speaker_s(sentence):
    assert attributed(f"{OPEN} {sentence}") == [("Tessaly Marr", "The harbour will reopen in spring,")]
