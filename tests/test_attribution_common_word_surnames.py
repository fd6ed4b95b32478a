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
        "Harbour Kinderhaus Director Rae West commented that the ruling ‘vindicates our view’.",
        "South Ostland Kinderhaus Director Dale West commented that the ruling ‘vindicates our view’.",
        "Director Ilan Last commented that the ruling ‘vindicates our view’.",
    ],
)
def test_a_common_word_surname_after_a_title_is_kept(sentence):
    name = sentence.split(" commented")[0].split()[-2:]
    assert attributed(sentence) == [(" ".join(name), "vindicates our view")]


def test_a_title_and_a_common_word_keep_no_name():
    # near misses: no given name between the title and the common word
    assert head_of("President Last").kind == "role"
    assert head_of("Harbour Director Most") is None
