"""A law-enforcement officer named after the rank US agencies' releases give ("said FBI Special Agent in Charge Marta
Quill", "said HSI Agent Marta Quill"): the person speaks, never "Special Agent" nor "Agent Marta Quill"; "in Charge"
and "in Chief" are the title's last words. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

FIRST = "“This seizure is part of our response to the smugglers,”"
SECOND = "“We thank all of our partners for their diligence.”"


def speakers(body: str) -> list[str]:
    return [who for who, _ in attributed(body)]


def test_a_special_agent_in_charge_speaks():
    body = f"{FIRST} said FBI Special Agent in Charge Marta Quill. {SECOND}"
    assert speakers(body) == ["Marta Quill", "Marta Quill"]


def test_a_special_agent_in_charge_without_the_agency_speaks():
    assert speakers(f"{FIRST} said Special Agent in Charge Marta Quill.") == ["Marta Quill"]


def test_a_special_agent_speaks():
    assert speakers(f"{FIRST} said FBI Special Agent Marta Quill.") == ["Marta Quill"]


def test_an_agent_before_a_name_speaks():
    assert speakers(f"{FIRST} said HSI Agent Marta Quill.") == ["Marta Quill"]


def test_a_commander_in_chief_speaks():
    assert speakers(f"{FIRST} said Commander in Chief Tomas Feld.") == ["Tomas Feld"]


def test_a_surname_like_charge_is_still_a_surname():
    assert speakers(f"{FIRST} said Tomas Charge.") == ["Tomas Charge"]
