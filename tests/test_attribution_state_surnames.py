"""A person whose surname is a state's name ("Owen Jordan", "Ingrid France", "Mr France"), as many publishers quote: a
listed given name or a courtesy title before the state makes a person of it; the state alone, or after a word no list
holds as a given name ("Focus Taiwan", a news service), stays what it was, and so do a city before its federated state
("Austin Texas"), a pageant's title ("Miss France") and a name after "in" ("in Florence Italy"). A bare state's name the
paragraph uses as a place ("In Amman, Jordan said"), or that "its" refers back to, is the state, not the person who bears
it. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.names import head_of
from passages import attributed

CHAIR = "Owen Jordan, who runs the ferry union, told members the strike would end. “We have won the pay rise we asked for.”"
TWO_VOICES = (
    "The ferry operators blamed the union for the delays last winter.\n\n"
    "Owen Jordan, the union’s general secretary, rejects that account and points to the weather reports.\n\n"
    "“Not one sailing was cancelled because of a strike,” Mr Jordan told the inquiry. “Storms cancelled them.”"
)


def test_a_given_name_before_a_state_is_a_person() -> None:
    assert attributed(CHAIR) == [("Owen Jordan", "We have won the pay rise we asked for.")]


def test_the_courtesy_title_and_the_state_name_the_same_person() -> None:
    assert [name for name, _quote in attributed(TWO_VOICES)] == ["Owen Jordan"] * 2


def test_a_woman_with_a_state_surname() -> None:
    body = "“The ferries will run all winter,” said Ingrid France, who manages the terminal."
    assert attributed(body) == [("Ingrid France", "The ferries will run all winter,")]


def test_the_name_reader() -> None:
    assert head_of("Roger France").kind == "person"
    assert head_of("Ms Jordan").kind == "person"
    assert head_of("Ms Jordan").surname == "Jordan"


def test_a_state_alone_or_after_an_unlisted_word_is_no_person() -> None:
    assert head_of("Jordan").kind == "state"
    assert head_of("France").kind == "state"
    assert head_of("Focus Taiwan") is None  # a news service's name, no given name before the state
    assert head_of("New Delhi").kind == "state"


@pytest.mark.parametrize("chunk", ["Austin Texas", "Jackson Mississippi", "Victoria Queensland", "Miss France", "Dr Congo"])
def test_near_miss_a_city_and_its_state_or_a_title_is_no_person(chunk: str) -> None:
    found = head_of(chunk)
    assert found is None or found.kind != "person"


def test_near_miss_a_given_name_and_a_state_after_in_is_a_place() -> None:
    assert head_of("Florence Italy", "the talks in ").kind == "state"
    assert head_of("Florence Italy", "a letter from ").kind == "person"


def test_near_miss_officials_in_a_city_and_its_state() -> None:
    assert attributed("Officials in Dallas Texas said the bridge was “safe to cross again”.") == []


@pytest.mark.parametrize(
    "second",
    [
        "In Amman, Jordan said the new ferry link was “a national priority”.",
        "Jordan said on Monday it would “never accept” the tariffs, its foreign ministry added.",
    ],
)
def test_near_miss_a_bare_state_read_as_a_place_is_no_person_of_that_surname(second: str) -> None:
    body = f"“We need more ferries,” said Owen Jordan, the union chair. {second}"
    assert [name for name, _quote in attributed(body)] == ["Owen Jordan", "Jordan"]
