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


@pytest.mark.parametrize("verb", ["writes", "says"])
@pytest.mark.parametrize("second", ["food chemist", "dairy safety inspector"])
def test_where_the_person_wrote_or_said_it_after_the_name_leaves_them_the_speaker(verb: str, second: str) -> None:
    body = f"“If it keeps for a decade on a shelf, it is hardly cheese,” {verb} chef and {second} Pia de Vries in her new book, Long Life."
    assert attributed(body) == [("Pia de Vries", "If it keeps for a decade on a shelf, it is hardly cheese,")]


def test_a_quote_split_by_two_roles_and_a_name_is_theirs_on_both_sides() -> None:
    body = "“Why the council signed this survey,” says geologist and mine surveyor Ivo Brandt, “that puzzles me. We want the cores.”"
    assert attributed(body) == [
        ("Ivo Brandt", "Why the council signed this survey,"),
        ("Ivo Brandt", "that puzzles me. We want the cores."),
    ]


@pytest.mark.parametrize(
    "body",
    [
        f"“{QUOTE}” said residents and lock keeper Ansel Tod in a letter.",
        f"“{QUOTE}” say residents and lock keeper Ansel Tod, “and we will not move.”",
        f"“{QUOTE}” said residents and shop owners in Velmar.",
    ],
)
def test_people_before_the_and_still_credit_nobody_with_a_tail_or_a_split(body: str) -> None:
    assert attributed(OPENING + body) == []
