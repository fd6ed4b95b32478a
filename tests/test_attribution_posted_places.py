"""After "ambassador/envoy to" or "mayor/governor of", a capitalised word before a full name is the post's place, not a
given name ("Kovaria’s ambassador to Norland Pavel Drusk" is Pavel Drusk), where the gazetteer does not know the place.
Passages written for these tests."""

from __future__ import annotations

from dossier.attribution.names import head_of
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


def test_a_place_of_two_words_opening_on_a_compass_point_before_the_name():
    # "South Marina": a place's second word that is also a given name belongs to the place, not to the name
    body = "“We will act now and act fast,” Governor of South Marina Tom Hale said."
    assert attributed(body) == [("Tom Hale", "We will act now and act fast,")]


def test_a_place_of_two_words_opening_on_a_word_that_begins_places():
    body = "“We will act now and act fast,” Mayor of Port Alma Rina Soto said."
    assert attributed(body) == [("Rina Soto", "We will act now and act fast,")]


def test_a_portfolio_or_a_place_of_one_word_before_a_name_with_a_given_name_first_stays():
    body = "“We will act now and act fast,” Director of Sales Mary Ann Lee said."
    assert attributed(body) == [("Mary Ann Lee", "We will act now and act fast,")]
    body = "“We will act now and act fast,” Mayor of Dunmore Dakota Lee said."
    assert attributed(body) == [("Dakota Lee", "We will act now and act fast,")]


def test_a_titled_person_of_a_county_or_a_numbered_district_is_the_person():
    """ "Supervisor Ana Ruiz of Orvia County" is read whole as a place for its last word: it is Ana Ruiz, a supervisor
    (her description, "Supervisor, Orvia County", is descriptions.py's)."""
    body = "“The lake needs a plan,” said Supervisor Ana Ruiz of Orvia County. “We will vote in May,” said Councilmember Ted Vell of District 4."
    assert attributed(body) == [("Ana Ruiz", "The lake needs a plan,"), ("Ted Vell", "We will vote in May,")]
    head = head_of("Supervisor Ana Ruiz of Orvia County")
    assert head is not None and (head.name, head.role, head.kind) == ("Ana Ruiz", "Supervisor", "person")


def test_near_miss_a_body_or_a_place_named_of_a_county_stays_what_it_was():
    body = "“The lake needs a plan,” said the Bank of Orvia County. “We will vote in May,” said Mayor Rina Soto of Port Alma."
    assert attributed(body) == [("Bank of Orvia County", "The lake needs a plan,"), ("Rina Soto", "We will vote in May,")]
