"""A person whose surname is a state's name ("Owen Jordan", "Ingrid France", "Mr France"), as many publishers quote: a
listed given name or a courtesy title before the state makes a person of it; the state alone, or after a word no list
holds as a given name ("Focus Taiwan", a news service), stays what it was. Passages written for these tests."""

from __future__ import annotations

from dossier.attribution.names import head_of
from passages import attributed

CHAIR = "Owen Jordan, the chair of the harbour boards, said the port was efficient. “Our boards have an average of nine members.”"
REBUTTAL = (
    "Owen Jordan, Chair of the Harbour Boards’ Committee refutes those comments, saying the port system is the most efficient "
    "in the region.\n\n“Contrary to the Minister’s claims, our ports have the fifth highest throughput per worker in the region.”\n\n"
    "“There is no evidence that board size harms port performance,” Mr Jordan says. “Our boards have an average of nine members.”"
)


def test_a_given_name_before_a_state_is_a_person() -> None:
    assert attributed(CHAIR) == [("Owen Jordan", "Our boards have an average of nine members.")]


def test_the_courtesy_title_and_the_state_name_the_same_person() -> None:
    assert [name for name, _quote in attributed(REBUTTAL)] == ["Owen Jordan"] * 3


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
    body = "“We shipped more to Jordan than ever,” said Odile Brannick. Jordan said it would buy more grain."
    assert [name for name, _quote in attributed(body)] == ["Odile Brannick"]
