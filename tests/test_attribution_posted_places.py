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


def test_an_envoy_sent_to_two_places_is_the_holder_named_after_them():
    talks = "“We will hold talks,” "
    assert attributed(talks + "said Norway's ambassador to Chile and Peru, Ola Berg.") == [("Ola Berg", "We will hold talks,")]
    assert attributed(talks + "said the envoy to Ghana and Togo, Ama Owusu.") == [("Ama Owusu", "We will hold talks,")]
    assert attributed(talks + "said the envoy to Ghana, Togo and Benin, Ama Owusu.") == [("Ama Owusu", "We will hold talks,")]
    assert attributed(talks + "the envoy to Ghana and Togo Ama Owusu said.") == [("Ama Owusu", "We will hold talks,")]
    assert attributed(talks + "the envoy to Ghana Ama Owusu said.") == [("Ama Owusu", "We will hold talks,")]


def test_the_place_an_envoy_is_sent_to_never_speaks():
    talks = "“We will hold talks,” "
    assert attributed(talks + "said the envoy to Ghana, Ama Owusu.") == [("Ama Owusu", "We will hold talks,")]
    assert attributed(talks + "said the envoy to Kelby, Ama Owusu.") == [("Ama Owusu", "We will hold talks,")]
    assert attributed(talks + "said the envoy to Ghana and Togo.") == []


def test_a_second_person_after_and_and_the_envoys_in_the_plural_stay():
    # after "and" only a state's name is one more place: "Ama Kofi Owusu" is a second person named in full
    assert attributed("The envoy to Ghana and Ama Kofi Owusu said the talks were “over.”") == [("Ama Kofi Owusu", "over.")]
    assert attributed("“We will hold talks,” the envoys to Ghana and Togo said.") == []
    assert attributed("“We will hold talks,” said the ambassador to the United Nations, Linda Grey.") == [("Linda Grey", "We will hold talks,")]
    assert attributed("Ama Owusu was sent as envoy to Ghana and Togo. “We will hold talks,” she said.") == [("Ama Owusu", "We will hold talks,")]


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
