"""A party or a firm called by one capitalised word ("National said …", "Reform pledged to …"), as political and business
copy call them, after the report writes the word as a body's ("set out its plans", "the Reform Party"): passages written
for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed_with_kinds

PLANS = "Before the election, {name} set out its plans for the transport board.\n\n"
SAID = "{name} said that the board had “grown into a large and costly agency that serves nobody well.”\n\n"
PLEDGED = "{name} pledged to “cut back the city bureaucracy because it has failed the people who ride the trams.”"


def speakers(body: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _quote in attributed_with_kinds(body)]


def test_a_party_called_by_an_adjective_that_reads_as_a_title_is_the_party():
    body = (PLANS + SAID + PLEDGED).format(name="National")
    assert speakers(body) == [("National", "organization")] * 2


def test_a_one_word_body_that_reads_as_a_surname_is_a_body_not_a_person():
    for name in ("Reform", "Liberal", "Harbourline"):
        body = (PLANS + SAID + PLEDGED).format(name=name)
        assert speakers(body) == [(name, "organization")] * 2, name


def test_the_word_after_the_party_named_in_full_is_that_party():
    body = "Before the election, the National Party set out its plans for the transport board.\n\n" + (SAID + PLEDGED).format(name="National")
    assert speakers(body) == [("National Party", "organization")] * 2


def test_a_surname_of_someone_named_in_full_stays_the_person():
    body = "Tom Kestrel runs the yard. " + (PLANS + SAID).format(name="Kestrel")
    assert speakers(body) == [("Tom Kestrel", "person")]


def test_a_titled_surname_stays_a_person():
    body = "Before the election, Mr Kestrel set out its plans for the transport board.\n\n" + SAID.format(name="Kestrel")
    assert speakers(body) == [("Kestrel", "person")]


def test_its_that_belongs_to_another_noun_shows_no_body():
    body = "Before the election, Kestrel praised the council and its plans for the transport board.\n\n" + SAID.format(name="Kestrel")
    assert speakers(body) == [("Kestrel", "person")]


def test_the_word_before_a_noun_in_another_speakers_clause_is_not_the_body():
    body = PLANS.format(name="National") + (
        "Labour’s health spokesperson Mere Tane said the delay suggested the National government was “heading completely in the wrong direction”."
    )
    assert ("National", "organization") not in speakers(body)
