"""A body's team, named by what it does ("the Harrow Bank research team wrote", "the Orlen Fund investment team said:"),
speaks for the body as its officials do ("Hamas officials said"); a person's or a state's team, and a team no name
qualifies, stay nobody's. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

WORDS = "“Growth will slow to one per cent.”"


def test_a_bodys_team_before_a_colon_speaks_for_the_body():
    assert attributed(f"In a letter to clients, the Harrow Bank investment team said: {WORDS}") == [("Harrow Bank", WORDS.strip("“”"))]


def test_a_bodys_team_after_the_quotation_speaks_for_the_body():
    body = "Harrow Bank cut its forecast on Monday.\n\n“Growth will slow,” the Harrow Bank research team wrote in a note."
    assert attributed(body) == [("Harrow Bank", "Growth will slow,")]


def test_a_bodys_team_with_no_kind_speaks_for_the_body():
    assert [who for who, _ in attributed(f"The Harrow Bank team said: {WORDS}")] == ["Harrow Bank"]


def test_a_persons_or_a_nations_team_is_nobodys():
    assert attributed(f"The Biden team said: {WORDS}") == []
    assert attributed("The England team said: “We will win the cup.”") == []


def test_the_team_alone_is_nobodys():
    assert attributed(f"Harrow Bank cut its forecast. The team said: {WORDS}") == []
