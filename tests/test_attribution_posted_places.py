"""After "ambassador/envoy to" or "mayor/governor of", a capitalised word before a full name is the post's place, not a
given name ("Kovaria’s ambassador to Norland Pavel Drusk" is Pavel Drusk), where the gazetteer does not know the place.
Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_an_unknown_place_after_ambassador_to():
    body = "Kovaria’s ambassador to Norland Pavel Drusk has said that Kovaria has the “will and means” to end the unrest."
    assert attributed(body) == [("Pavel Drusk", "will and means")]


def test_an_unknown_place_ending_like_a_woman_s_name():
    body = "Kovaria’s ambassador to Velmaria Pavel Drusk has said that Kovaria has the “will and means” to end the unrest."
    assert attributed(body) == [("Pavel Drusk", "will and means")]


def test_a_holder_with_a_middle_name():
    body = "Norland's ambassador to Kestria Anna Maria Lind said “the border is calm”."
    assert attributed(body) == [("Anna Maria Lind", "the border is calm")]


def test_a_known_place_stays():
    body = "Kovaria’s ambassador to Britain Pavel Drusk has said that Kovaria has the “will and means” to end the unrest."
    assert attributed(body) == [("Pavel Drusk", "will and means")]


def test_the_place_set_off_by_a_comma_stays():
    body = "Kovaria’s ambassador to Norland, Pavel Drusk, has said that Kovaria has the “will and means” to end the unrest."
    assert attributed(body) == [("Pavel Drusk", "will and means")]
