"""A team named with "The" and a plural is no "he", and the witness a sentence brings in after "but" is: passages
written for these tests, each with its near miss."""

from __future__ import annotations

from dossier.attribution.contrasts import speaker_after_but
from dossier.attribution.names import head_of
from passages import attributed, attributed_with_kinds

ANSWER = "\n\nAsked whether the night was quiet, he said: “Not a scuffle. The stewards had nothing to do.”"


def test_a_team_named_with_the_and_a_plural_is_a_body_not_a_person():
    head = head_of("The Marlow Wanderers")
    assert head is not None and head.kind == "organization" and head.name == "Marlow Wanderers"
    for name in ("The Kessel Eagles", "The Orrin Lancers"):
        assert head_of(name).kind == "organization"


def test_a_name_after_the_that_is_no_plural_or_has_no_the_stays_a_person():
    assert head_of("Marlow Wanderers").kind == "person"  # no "The": a given name and a surname, as far as the words tell
    assert head_of("The Ansel Davis").kind == "person"  # "-is": a surname's ending, not a plural's
    assert head_of("The Ansel Ross").kind == "person"


def test_he_after_a_sentence_about_a_team_alone_means_nobody():
    body = "The Marlow Wanderers won the cup in 2019 after a wait of thirty years." + ANSWER
    assert attributed(body) == []


def test_the_witness_after_but_is_the_later_he_not_the_team():
    body = "The Marlow Wanderers won the cup in 2019, but Edvin Harle, one of the 8,000 fans there, says the mood was “warm”." + ANSWER
    assert [name for name, _quote in attributed(body)] == ["Edvin Harle", "Edvin Harle"]


def test_the_witness_after_but_is_the_later_he_not_the_country():
    body = "Ostmark beat Velden in the final, but fan Edvin Harle recalls the evening as “oddly calm”." + ANSWER
    assert [name for name, _quote in attributed(body)] == ["Edvin Harle", "Edvin Harle"]


def test_a_person_after_but_who_does_not_speak_changes_nothing():
    assert speaker_after_but("Ostmark beat Velden, but Edvin Harle stayed at home.") is None
    assert speaker_after_but("Ostmark beat Velden, but the fans say little.") is None
    found = speaker_after_but("Ostmark beat Velden, but Edvin Harle, a fan since 1,990 days, says little.")
    assert found is not None and found.name == "Edvin Harle"


def test_a_surname_after_but_is_the_later_he_where_named_in_full_before():
    body = (
        "“The stewards were calm,” said Edvin Harle, a fan from Marlow.\n\n"
        "Ostmark beat Velden in the final, but Harle says the mood was “warm”." + ANSWER
    )
    assert [name for name, _quote in attributed(body)] == ["Edvin Harle", "Edvin Harle", "Edvin Harle"]


def test_a_surname_after_but_never_named_in_full_is_nobody_new():
    body = "Ostmark beat Velden in the final, but Harle says the mood was “warm”." + ANSWER
    assert "Ostmark" not in [name for name, _quote in attributed(body)][1:]


def test_a_team_opening_the_sentence_and_quoted_is_a_body():
    body = "The Marlow Wanderers said in a statement: “We owe the town a parade.”"
    assert [kind for _name, kind, _quote in attributed_with_kinds(body)] == ["organization"]


def test_but_inside_a_word_after_the_real_but_is_no_but():
    found = speaker_after_but("Ostmark beat Velden, but Edvin Harle, a fan since the club's debut in 1990, says little.")
    assert found is not None and found.name == "Edvin Harle"
    assert speaker_after_but("Ostmark beat Velden on its debut as Edvin Harle says little.") is None
    assert speaker_after_but("Ostmark beat Velden, but lawyers for Edvin Harle say little.") is None  # the lawyers speak
