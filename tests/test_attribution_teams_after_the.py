"""A team, band or club named in the plural after a lower-case "the" ("“…,” the Marlow Wanderers said", "said the Blue
Jays"): a body, never one person, as "The Marlow Wanderers said" at a sentence's start already reads. Passages written for
these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed_with_kinds

QUOTE = "“We will appeal the decision,”"


def credited(body: str) -> list[tuple[str, str]]:
    return [(who, kind) for who, kind, _ in attributed_with_kinds(body)]


def test_a_team_after_the_before_the_cue_is_a_body():
    assert credited(f"{QUOTE} the Marlow Wanderers said.") == [("Marlow Wanderers", "organization")]


def test_a_team_after_said_the_is_a_body():
    assert credited(f"{QUOTE} said the Marlow Wanderers.") == [("Marlow Wanderers", "organization")]


def test_a_club_named_for_a_bird_is_a_body():
    assert credited(f"{QUOTE} the Blue Jays said in a statement.") == [("Blue Jays", "organization")]


def test_a_person_with_a_plural_looking_surname_stays_a_person():
    assert credited(f"{QUOTE} Tom Wanders said.") == [("Tom Wanders", "person")]


def test_a_given_name_after_the_stays_a_person():
    assert credited(f"{QUOTE} said Tomas Rivers, the coach.") == [("Tomas Rivers", "person")]


def test_a_named_manager_of_the_team_still_speaks():
    assert credited(f"{QUOTE} the Marlow Wanderers manager Tom Reyl said.") == [("Tom Reyl", "person")]
