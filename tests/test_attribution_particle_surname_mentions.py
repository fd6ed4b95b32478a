"""A surname opened by lower-case particles ("Marta de la Vega", "Joost van der Hoek") and its later shorter mentions
("said de la Vega", "la Vega said", "Hoek told"): the person named in full, never a new person named "la Vega" or "Hoek".
Passages written for these tests, each with its near miss."""

from __future__ import annotations

from dossier.attribution.names import chunks
from dossier.attribution.particle_surnames import full_name_ending, particled_full_names
from passages import attributed

VEGA = "Marta de la Vega runs the clinic in the hills.\n\n"
HOEK = "Joost van der Hoek runs the boatyard.\n\n"


def test_two_particles_keep_the_full_name_one_chunk():
    assert [chunk.text for chunk in chunks("He met Marta de la Vega there.")][-1] == "Marta de la Vega"
    assert [chunk.text for chunk in chunks("Joost van der Hoek runs it.")] == ["Joost van der Hoek"]


def test_the_particles_after_an_inverted_verb_are_her_surname():
    assert attributed(VEGA + "“We have no nurses left,” said de la Vega.") == [("Marta de la Vega", "We have no nurses left,")]
    assert attributed(HOEK + "“We have no steel left,” said van der Hoek.") == [("Joost van der Hoek", "We have no steel left,")]


def test_the_last_particle_and_the_surname_before_the_verb():
    assert attributed(VEGA + "“We have no nurses left,” la Vega said.") == [("Marta de la Vega", "We have no nurses left,")]


def test_the_surname_without_its_particles():
    assert attributed(HOEK + "“We have no steel left,” Hoek said.") == [("Joost van der Hoek", "We have no steel left,")]
    assert attributed(VEGA + "“We have no nurses left,” Vega told the council.") == [("Marta de la Vega", "We have no nurses left,")]


def test_with_no_full_name_the_particles_stay_in_the_name():
    assert attributed("“We have no nurses left,” said de la Vega.") == [("de la Vega", "We have no nurses left,")]


def test_another_person_with_the_surname_leaves_the_bare_surname_open():
    body = VEGA + "Luis Vega, a farmer, lives nearby.\n\n“We have no nurses left,” Vega said."
    assert attributed(body) == [("Vega", "We have no nurses left,")]


def test_two_full_names_with_the_particled_surname_name_no_one():
    text = "Marta de la Vega and Pablo de la Vega run it."
    assert particled_full_names(text, "Vega") == {"Marta de la Vega", "Pablo de la Vega"}
    assert full_name_ending(text, "la Vega") is None


def test_arabic_particles_are_left_to_their_own_rules():
    assert full_name_ending("Khalid bin Salman met the envoy.", "Salman") is None


def test_a_title_before_the_particles_is_no_given_name():
    assert full_name_ending("Minister de la Vega spoke.", "Vega", frozenset({"minister"})) is None
