"""A surname that is also a common word the name reader drops at a name's end ("Oren Last", "Dana Still", "Rae West")
stays the person's surname after a plain name word, as "Long" and "Young" do; a day's name after a name, a title or a
body's name before such a word are no full name. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from dossier.attribution.names import head_of
from passages import attributed


def test_a_common_word_surname_after_the_cue_is_kept():
    body = "“We spent four winters on it,” said Ilan Last, a senior pilot at the port."
    assert attributed(body) == [("Ilan Last", "We spent four winters on it,")]


def test_a_common_word_surname_before_the_cue():
    body = "“They will last,” Mara Still told reporters."
    assert attributed(body) == [("Mara Still", "They will last,")]


def test_the_name_reader_keeps_the_surname_and_drops_a_day():
    assert head_of("Rae West").name == "Rae West"
    assert head_of("Ilan Monday").name == "Ilan"  # "told Ilan Monday": the day he was told
    assert head_of("President Last").kind == "role"
    assert head_of("Army Most").kind == "organization"


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Kinderhaus Director Henrik West noted that the verdict ‘proves what we said’.",
        "North Vell Ferry Trust Chairman Colin West noted that the verdict ‘proves what we said’.",
        "Director Peter Last noted that the verdict ‘proves what we said’.",
    ],
)
def test_a_common_word_surname_after_a_title_and_a_given_name_is_kept(sentence):
    name = sentence.split(" noted")[0].split()[-2:]
    assert attributed(sentence) == [(" ".join(name), "proves what we said")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("Colonel Oliver North said “the quay stays”.", "Oliver North"), ("Colonel Ingrid South said “the quay stays”.", "Ingrid South")],
)
def test_a_compass_word_surname_after_a_title_is_kept(sentence, name):
    assert attributed(sentence) == [(name, "the quay stays")]


def test_a_title_and_a_common_word_keep_no_name():
    # near misses: no given name between the title and the common word, or a word no listed given name
    assert head_of("Harbour Director Most") is None
    assert head_of("President Lund Still").name == "President Lund"
    assert head_of("Secretary Kerry Next").name == "Secretary Kerry"
    assert head_of("Cardiff North") is None  # a constituency: no listed given name before the compass word
