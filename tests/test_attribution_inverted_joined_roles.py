"""An inverted cue before a person described by two roles joined by "and" ("said river warden and lock keeper Ansel
Tod"), as a cue after the name already reads it: passages written for these tests, with invented names, each with its
near misses."""

from __future__ import annotations

import pytest
from passages import attributed

OPENING = "The river rose again on Monday, and the lower town was cut off by noon.\n\n"
QUOTE = "We have never seen the water this high in March,"


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("said river warden and lock keeper Ansel Tod.", "Ansel Tod"),
        ("explained retired engineer and parish councillor Mira Sollen.", "Mira Sollen"),
        ("said the town's river warden and longtime lock keeper Ansel Tod.", "Ansel Tod"),
        ("river warden and lock keeper Ansel Tod said.", "Ansel Tod"),
    ],
)
def test_a_person_after_two_joined_roles_is_the_speaker(cue: str, name: str) -> None:
    assert attributed(OPENING + f"“{QUOTE}” {cue}") == [(name, QUOTE)]


@pytest.mark.parametrize(
    "cue",
    [
        "said farmers and fishermen along the bank.",
        "said residents near the lock and bridge keeper Ansel Tod.",
        "said residents and lock keeper Ansel Tod.",
    ],
)
def test_people_before_the_and_or_no_name_credit_nobody(cue: str) -> None:
    assert attributed(OPENING + f"“{QUOTE}” {cue}") == []
