"""Names written family name first in Asian English-language copy: Chinese names of Singapore, Malaysia and Hong Kong
("Tan Wei Ming", later "Tan"), Vietnamese names (later the last name: "Nguyen Van Hieu" … "Hieu"), and given names
spelt like a month's abbreviation ("Tan Jun", "Jun Ishikawa"). Passages written for these tests, with invented people."""

from __future__ import annotations

from passages import attributed


def test_a_vietnamese_name_is_called_later_by_its_last_name():
    body = "Deputy Minister Nguyen Van Hieu spoke first. “We have the money,” Hieu said."
    assert attributed(body) == [("Nguyen Van Hieu", "We have the money,")]
    body = "Pham Thi Lan, a fish trader, was worried. “My customers will go elsewhere,” Lan said."
    assert attributed(body) == [("Pham Thi Lan", "My customers will go elsewhere,")]
    # near miss: a Chinese family name written first is still how the text calls him later
    body = "Deputy Minister Lin Wei Ming spoke first. “We have the money,” Lin said."
    assert attributed(body) == [("Lin Wei Ming", "We have the money,")]


def test_a_singapore_or_hong_kong_family_name_is_the_surname_a_later_mention_uses():
    body = "Councillor Tan Wei Ming disagreed. “The harbour is full,” Tan said."
    assert attributed(body) == [("Tan Wei Ming", "The harbour is full,")]
    body = "Wong Kam-sing, the harbour secretary, disagreed. “The harbour is full,” Wong said."
    assert attributed(body) == [("Wong Kam-sing", "The harbour is full,")]
    # near miss: the family name as an English surname, the given name first
    body = "Amy Tan, a novelist, disagreed. “The harbour is full,” Tan said."
    assert attributed(body) == [("Amy Tan", "The harbour is full,")]


def test_two_people_of_one_family_name_written_first_are_told_apart_by_the_one_named_last():
    body = (
        "Tan Jun, a dock worker, was less sure. “Nobody has asked us,” Tan said.\n\n"
        "Councillor Tan Wei Ming disagreed with the plan. “The harbour is already full,” Tan added."
    )
    assert attributed(body) == [("Tan Jun", "Nobody has asked us,"), ("Tan Wei Ming", "The harbour is already full,")]


def test_a_given_name_spelt_like_a_month_stays_in_the_name():
    assert attributed("Jun Ishikawa was less sure. “Nobody has asked us,” Ishikawa said.") == [("Jun Ishikawa", "Nobody has asked us,")]
    assert attributed("Tan Jun, a dock worker, was less sure. “Nobody has asked us,” Tan said.") == [("Tan Jun", "Nobody has asked us,")]
    # near miss: the month before a number is a date, no name
    body = "On Jun 5 the mayor was less sure. “Nobody has asked us,” Ishikawa said."
    assert attributed(body) == [("Ishikawa", "Nobody has asked us,")]


def test_a_titled_family_name_is_the_one_named_with_it_first_in_three_words():
    body = (
        "The harbour levy will rise, said Transport Minister Seah Tiong Wen. “We held it for six years,” he said.\n\n"
        "Dr Seah said the levy would fund a breakwater. “It protects every operator,” he said."
    )
    assert {speaker for speaker, _ in attributed(body)} == {"Seah Tiong Wen"}
    # near miss: two people named with that family name first: "Dr Seah" is neither for sure
    body = (
        "The harbour levy will rise, said Transport Minister Seah Tiong Wen.\n\n"
        "Seah Mei Ling, a trader, disagreed with the levy.\n\n"
        "Dr Seah told reporters: “The breakwater protects every operator.”"
    )
    assert ("Seah Tiong Wen", "The breakwater protects every operator.") not in attributed(body)
