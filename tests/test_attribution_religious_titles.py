"""The titles of religious life before a full name inside a sentence ("At the time, Father Tomas Brenner", "Mother
Superior Lena Okafor", "Fr. Tomas Brenner") are the role, as "the Rev." is, not part of the name; before one word they
stay the name ("Mother Teresa", "Father Christmas"), and a relative's noun opening a sentence ("Father Michael Reyes drove
up", a boy's father) stays as written. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.names import head_of
from passages import attributed, attributed_with_kinds

WORRIED = "The roof will not last another winter,"


@pytest.mark.parametrize("title", ["Father", "Sister", "Brother", "Mother Superior", "Fr.", "Monsignor", "Abbess"])
def test_a_religious_title_before_a_full_name_is_the_role(title):
    body = f"At the meeting, {title} Lena Okafor, who runs the hill convent, showed the visitors the chapel. “{WORRIED}” she said."
    assert attributed(body) == [("Lena Okafor", WORRIED)]


@pytest.mark.parametrize("title", ["Mother Superior", "Monsignor", "Fr."])
def test_a_title_no_relative_bears_opening_the_sentence(title):
    body = f"{title} Lena Okafor, who runs the hill convent, showed the visitors the chapel. “{WORRIED}” she said."
    assert attributed(body) == [("Lena Okafor", WORRIED)]


def test_the_title_is_kept_as_the_role():
    head = head_of("Mother Superior Lena Okafor")
    assert head is not None and (head.name, head.role) == ("Lena Okafor", "Mother Superior")


@pytest.mark.parametrize("chunk", ["Mother Teresa", "Father Christmas", "Sister Okafor"])
def test_a_title_before_one_word_stays_the_name(chunk):
    head = head_of(chunk)
    assert head is not None and head.name == chunk


def test_a_father_opening_a_sentence_in_a_family_story_stays_as_written():
    body = (
        "“The boat drifted for hours,” said Michael Reyes, 12, rescued off the point while their father searched the coast.\n\n"
        "Father Michael Reyes drove up from the city as soon as the coastguard called. “We owe them everything,” he said."
    )
    assert attributed(body) == [("Michael Reyes", "The boat drifted for hours,"), ("Father Michael Reyes", "We owe them everything,")]


@pytest.mark.parametrize("title", ["Sister", "Father"])
def test_the_titled_name_opening_a_sentence_is_the_one_named_inside_one(title):
    body = (
        f"“The well has run dry,” said {title} Ana Ruiz, who keeps the mission garden.\n\n"
        f"{title} Ana Ruiz wrote to the district office the next week: “The seedlings will not last a month.”"
    )
    assert attributed(body) == [("Ana Ruiz", "The well has run dry,"), ("Ana Ruiz", "The seedlings will not last a month.")]


@pytest.mark.parametrize("title", ["Father", "Sister", "Brother", "Mother Superior", "Monsignor"])
def test_the_title_and_surname_later_is_the_one_named_in_full(title):
    body = (
        f"At the time, {title} Tomas Brenner, who keeps the mission garden, warned the board.\n\n"
        f"“The well has run dry,” {title} Brenner said.\n\n"
        f"{title} Brenner wrote to the district office the next week: “The seedlings will not last a month.”"
    )
    assert attributed(body) == [("Tomas Brenner", "The well has run dry,"), ("Tomas Brenner", "The seedlings will not last a month.")]


def test_the_title_and_surname_after_the_quoted_full_name_is_the_same_speaker():
    body = "“The well has run dry,” said Sister Lena Okafor.\n\n“The seedlings will not last a month,” Sister Okafor added."
    assert attributed(body) == [("Lena Okafor", "The well has run dry,"), ("Lena Okafor", "The seedlings will not last a month,")]


@pytest.mark.parametrize(
    ("chunk", "name"),
    [("Father Brenner", "Father Brenner"), ("Sister Mary", "Sister Mary"), ("Mother Teresa", "Mother Teresa")],
)
def test_a_title_and_one_word_no_full_name_gives_stays_the_name(chunk, name):
    assert attributed(f"“The well has run dry,” {chunk} said.") == [(name, "The well has run dry,")]


def test_a_name_in_religion_is_no_surname_of_a_full_name():
    body = "At the time, Mary Okafor, a teacher, warned the board.\n\n“The well has run dry,” Sister Mary said."
    assert attributed(body) == [("Sister Mary", "The well has run dry,")]


# --- a kin word's title is no title where an outlet or a figure is named so ------------------------------------------


def test_a_magazine_named_with_mother_is_no_woman_of_that_surname():
    body = "Ann Tarsa, a farmer, said the levy was “too small.” The levy was “a scandal,” the magazine Mother Tarsa reported."
    assert ("Ann Tarsa", "a scandal,") not in attributed(body)


def test_a_name_cited_as_a_source_after_according_to_keeps_its_own_name():
    body = "Ann Jones, a farmer, said the levy was “too small.” The levy was “a scandal,” according to Mother Jones."
    assert attributed(body) == [("Ann Jones", "too small."), ("Mother Jones", "a scandal,")]


def test_a_kin_title_after_an_outlet_noun_is_no_person():
    body = "“The well has run dry,” the weekly Mother Tarsa said."
    assert all(kind != "person" for _, kind, _ in attributed_with_kinds(body))


def test_a_religious_title_of_the_other_sex_is_not_the_woman_of_that_surname():
    body = "“We need rain,” said Ann Time. “Everything heals,” Father Time said."
    assert attributed(body) == [("Ann Time", "We need rain,"), ("Father Time", "Everything heals,")]


def test_a_priest_named_by_title_and_surname_is_still_the_man_named_in_full():
    # near miss: no outlet's sign, no other sex: Father Brenner is Tomas Brenner
    body = "Tomas Brenner, a fisherman, said the quay was “full.” “The well has run dry,” Father Brenner said."
    assert attributed(body) == [("Tomas Brenner", "full."), ("Tomas Brenner", "The well has run dry,")]
