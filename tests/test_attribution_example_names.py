"""A name given as an example of a kind inside the writer's clause ("the dams of companies like Harlow Mining") is no one
who competes to speak: the sentence's quotation goes on with the speaker of the sentence before. Passages written for
these tests."""

from __future__ import annotations

import pytest
from passages import attributed

OPEN = "“The road is finally open,” Okafor continued."
CLOSE = "“we have a thousand reasons to celebrate this day.”"


@pytest.mark.parametrize(
    "clause",
    [
        "In a valley still living with ten years of floods, caused at least in part by the dams of companies like Harlow Mining,",
        "In a valley still living with ten years of floods, caused in part by firms such as Harlow Mining,",
        "In a valley still living with ten years of floods, caused in part by the dams upstream,",
    ],
)
def test_the_quotation_closing_the_writer_s_clause_goes_on_with_the_speaker(clause):
    assert attributed(f"{OPEN} {clause} {CLOSE}") == [("Okafor", "The road is finally open,"), ("Okafor", CLOSE.strip("“”"))]


def test_a_firm_named_as_the_clause_s_actor_still_stops_it():
    body = f"{OPEN} In a valley still living with ten years of floods, caused in part by Harlow Mining’s dams, {CLOSE}"
    assert attributed(body) == [("Okafor", "The road is finally open,")]
