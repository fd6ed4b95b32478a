"""A present-tense verb of analysis ("points out that", "observes that") in a paragraph of its own brings in the one a
following "he said" means, as "notes that" and "argues that" do: passages written for these tests."""

from __future__ import annotations

from passages import attributed

FIRST = "“The board has simply replaced the voters,” said Ilse Marwick, a lecturer at the Dunmore School.\n\n"
LAST = "\n\n“This is the old guard's last stand,” he said."


def test_points_out_that_brings_in_the_later_he():
    body = FIRST + "Oskar Tenn, a former harbour master, points out that most of the board are over seventy." + LAST
    assert attributed(body)[-1] == ("Oskar Tenn", "This is the old guard's last stand,")


def test_observes_that_brings_in_the_later_he():
    body = FIRST + "Oskar Tenn, who ran the port for a decade, observes that the board has not changed in years." + LAST
    assert attributed(body)[-1] == ("Oskar Tenn", "This is the old guard's last stand,")


def test_he_points_out_goes_on_with_the_one_named():
    body = FIRST + "Oskar Tenn has watched the board for years. He points out that none of its members is under sixty." + LAST
    assert attributed(body)[-1] == ("Oskar Tenn", "This is the old guard's last stand,")


def test_a_paragraph_of_fact_with_no_person_leaves_the_last_speaker():
    body = FIRST.replace("Ilse", "Igor") + "Most of the board are over seventy, a count of their birth dates shows." + LAST
    assert attributed(body)[-1] == ("Igor Marwick", "This is the old guard's last stand,")


def test_points_as_a_noun_names_nobody():
    body = FIRST.replace("Ilse", "Igor") + "The Marlow side won by three points in the final on Sunday." + LAST
    assert attributed(body)[-1] == ("Igor Marwick", "This is the old guard's last stand,")
