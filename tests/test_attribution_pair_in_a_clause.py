"""Two people joined by "and" acting in a clause after the sentence's subject ("Tom Hale was convinced Otto Reyes and
Paul Brandt knew. “…,” he said"): the pair are "they", never the "he" of the words after them; the subject before them
speaks. Passages written for these tests, each with its near miss."""

from __future__ import annotations

from passages import attributed


def test_a_pair_in_a_that_clause_is_no_he():
    body = "Lukas Ferrand, the depot's planner, was convinced Otto Reyes and Paul Brandt knew. “I'm certain they did,” he said."
    assert attributed(body) == [("Lukas Ferrand", "I'm certain they did,")]


def test_a_pair_by_surnames_alone():
    body = "Lukas Ferrand, the depot's planner, was convinced Reyes and Brandt knew. “I'm certain they did,” he said."
    assert attributed(body) == [("Lukas Ferrand", "I'm certain they did,")]


def test_the_pronouns_sex_still_rules_the_subject_out():
    body = "Margaret Ferrand thinks Otto Reyes and Paul Brandt knew. “They did,” he said."
    assert ("Margaret Ferrand", "They did,") not in attributed(body)


def test_a_pair_opening_the_sentence_is_read_as_before():
    body = "Otto Reyes and Paul Brandt signed the order. “We signed it,” he said."
    assert [name for name, _ in attributed(body)] == ["Paul Brandt"]


def test_one_person_in_the_clause_is_read_as_before():
    body = "Lukas Ferrand was convinced Otto Reyes knew. “I'm certain he did,” he said."
    assert attributed(body) == [("Lukas Ferrand", "I'm certain he did,")]


def test_near_miss_a_woman_telling_of_a_pair_is_no_he():
    body = "Greta Ferrand was convinced Otto Reyes and Paul Brandt knew. “They lied,” he said."
    assert ("Greta Ferrand", "They lied,") not in attributed(body)
    body = "Lukas Ferrand was convinced Ana Reyes and Greta Brandt knew. “They lied,” she said."
    assert ("Lukas Ferrand", "They lied,") not in attributed(body)


def test_a_woman_telling_of_a_pair_is_the_she():
    body = "Greta Ferrand was convinced Otto Reyes and Paul Brandt knew. “They lied,” she said."
    assert attributed(body) == [("Greta Ferrand", "They lied,")]
