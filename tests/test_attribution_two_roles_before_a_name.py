"""Two roles of one person joined by "and" between a verb of saying and the name after a quotation ("“…,” writes author
and physician Ana Roe in her book"): passages written for these tests, with the near miss beside them."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize("verb", ["writes", "says"])
def test_two_roles_joined_by_and_before_the_name_after_the_quote_are_one_persons(verb: str) -> None:
    body = f"“If it keeps for a decade on a shelf, it is hardly cheese,” {verb} chef and food chemist Pia Strand in her new book, Long Life."
    assert attributed(body) == [("Pia Strand", "If it keeps for a decade on a shelf, it is hardly cheese,")]


def test_a_quote_split_by_two_roles_and_a_name_is_theirs_on_both_sides() -> None:
    body = "“Why the council signed this survey,” says geologist and mine surveyor Ivo Brandt, “that puzzles me. We want the cores.”"
    assert attributed(body) == [
        ("Ivo Brandt", "Why the council signed this survey,"),
        ("Ivo Brandt", "that puzzles me. We want the cores."),
    ]


def test_a_possessive_after_and_names_a_second_party_not_the_persons_role() -> None:
    body = "“We will not sign,” said the dockers and their union chief Ivo Brandt."
    assert ("Ivo Brandt", "We will not sign,") not in attributed(body)


def test_a_second_role_of_three_words_and_a_particle_surname() -> None:
    body = "“If it keeps for a decade, it is hardly cheese,” writes chef and dairy safety inspector Pia de Vries in her book, Long Life."
    assert attributed(body) == [("Pia de Vries", "If it keeps for a decade, it is hardly cheese,")]


def test_people_and_a_place_after_a_preposition_are_no_roles_before_a_name() -> None:
    assert attributed("“We will not move,” said residents and shop owners in Velmar.") == []
