"""Patterns of the genre the detector learnt from held-out reports (later rounds): passages written for these tests,
each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_words_in_capitals_as_a_post_shouts_them_are_the_posters():
    body = "Otto Brandt posted that the rebels would pay a “HUGE PRICE” for the attack."
    assert attributed(body) == [("Otto Brandt", "HUGE PRICE")]


def test_a_capitalised_name_in_quotes_after_a_determiner_stays_a_name():
    assert attributed("Otto Brandt said the army held the “Iron Shield 2024” exercises in the north.") == []
    assert attributed("Otto Brandt said the army would hold the “STEEL RAIN” drills in the north.") == []


def test_state_television_and_the_state_broadcaster_of_a_nation_are_bodies():
    body = (
        "Narvian state television reported that the strike was “a cowardly act of piracy”. "
        "The attack was “a grave provocation”, Narvian state broadcaster said."
    )
    assert attributed(body) == [
        ("Narvian state television", "a cowardly act of piracy"),
        ("Narvian state broadcaster", "a grave provocation"),
    ]
