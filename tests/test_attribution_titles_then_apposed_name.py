"""After an inverted verb, a body's titles in capitals and a comma before the holder's name ("notes Harbourline Director and
Chief of Cargo, Ana Roe, in her weekly letter"): the holder speaks, never a person named "Harbourline Director". Passages written for these tests,
each with its near miss."""

from __future__ import annotations

from passages import attributed


def test_two_titles_joined_by_and_then_the_name():
    body = "“Traffic is stable,” notes Brisca Director and Chief of Cargo, Ilse Marr, in her weekly letter."
    assert attributed(body) == [("Ilse Marr", "Traffic is stable,")]


def test_one_title_then_the_name():
    assert attributed("“Traffic is stable,” said Harbour Trust Chief Executive, Ilse Marr.") == [("Ilse Marr", "Traffic is stable,")]


def test_near_miss_a_person_then_another_person_keeps_the_first():
    assert attributed("“Traffic is stable,” said Omar Kell, Ilse Marr and others.")[0][0] == "Omar Kell"


def test_near_miss_a_title_and_name_then_an_apposition():
    body = "“Traffic is stable,” said President Omar Kell, the leader of the party."
    assert attributed(body) == [("Omar Kell", "Traffic is stable,")]
