"""A person quoted with an age and a home set in commas after the name, the town and its region ("Greta Holm, 64, from
Ashby, Leicestershire, said"), as UK, Commonwealth and US news name members of the public: the person speaks, never the
region. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from dossier.attribution.home_places import home_place_end, region_after_a_place, strongly_a_region
from passages import attributed

WORDS = "“We wrote to the harbour board for ten years and nobody answered us.”"
SAID = "“We wrote to the harbour board for ten years and nobody answered us,”"


@pytest.mark.parametrize(
    "opening",
    [
        "Oona Kestrel, 64, from Tarrow Bay, East Wexmoor, said:",
        "Fellow campaigner, retired rigger Oona Kestrel, 64, from Tarrow Bay, East Wexmoor, said:",
        "Oona Kestrel, from Brill, Wexmoorshire, said:",
        "Oona Kestrel, of Brill, Wexmoorshire, said:",
        "Oona Kestrel, 52, of Brill, Wexmoorshire, said:",
        "Oona Kestrel, who lives in Brill, Wexmoorshire, said:",
        "Oona Kestrel, who has lived near Brill, Kent, for 30 years, said:",
        "Oona Kestrel, 64, a nurse from Brill, Wexmoorshire, said:",
        "Oona Kestrel, 64, a mother of two from Brill, Kent, said:",
        "Oona Kestrel, 41, of Dunmore, Texas, said:",
        "Oona Kestrel, 41, of Dunmore, Mo., said:",
        "Oona Kestrel, 64, from Brill, County Wexmoor, said:",
        "Oona Kestrel, 64, from Brill, Amber Province, added:",
        "Oona Kestrel, 64, from Brill, Wexmoorshire told the Courier:",  # the comma before the verb left out
    ],
)
def test_the_person_before_a_town_and_its_region_speaks(opening):
    assert attributed(f"{opening} {WORDS}") == [("Oona Kestrel", WORDS.strip("“”"))]


@pytest.mark.parametrize(
    "cue",
    [
        "Oona Kestrel, 64, from Brill, Wexmoorshire, said.",
        "Oona Kestrel, of Brill, Kent, told the Courier.",
        "Oona Kestrel, 64, a nurse from Tarrow Bay, East Wexmoor, said.",
    ],
)
def test_the_cue_after_the_quotation(cue):
    assert [who for who, _ in attributed(f"{SAID} {cue}")] == ["Oona Kestrel"]


def test_the_cue_before_the_name_after_the_quotation_stays():
    assert [who for who, _ in attributed(f"{SAID} said Oona Kestrel, 64, from Brill, Wexmoorshire.")] == ["Oona Kestrel"]


def test_one_part_places_stay():
    assert [who for who, _ in attributed(f"Oona Kestrel, 31, from Brill, said: {WORDS}")] == ["Oona Kestrel"]
    assert [who for who, _ in attributed(f"Oona Kestrel, 64, from Brill in Wexmoorshire, said: {WORDS}")] == ["Oona Kestrel"]


def test_no_one_named_before_a_town_and_its_region_is_no_speaker():
    for opening in ("A man from Brill, Kent, said:", "A woman from Dunmore, Texas, said:"):
        assert attributed(f"{opening} {WORDS}") == [], opening


def test_a_body_before_a_town_and_its_region_speaks_as_without_the_region():
    without = attributed(f"A spokesperson from Tarrow Water said: {WORDS}")
    assert attributed(f"A spokesperson from Tarrow Water, Wexmoorshire, said: {WORDS}") == without
    assert [who for who, _ in attributed(f"A spokesperson from Wexmoor County Council said: {WORDS}")] == ["Wexmoor County Council"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The director of Tarrow Water, Ivo Brennan, said:", "Ivo Brennan"),  # a post's holder after its body
        ("The director of Tarrow Water, Brennan, said:", "Brennan"),
        ("Unlike Kestrel, the director of Tarrow Water, Ivo Brennan, said:", "Ivo Brennan"),
        ("Unlike Kestrel, the director of Tarrow Water, Brennan, said:", "Brennan"),
        ("Speaking to Oona Kestrel, from Brill, Ivo Brennan said:", "Ivo Brennan"),  # the opening phrase's object, then him
        ("Speaking to Oona Kestrel, from Brill, Brennan said:", "Brennan"),
        ("The envoy in Tarrow, Ivo Brennan, told the paper:", "Ivo Brennan"),
        ("Oona Kestrel, from Brill, Kent, and Ivo Brennan, from Dunmore, Essex, said:", "Ivo Brennan"),  # as before: the last
    ],
)
def test_near_misses_stay(opening, speaker):
    assert [who for who, _ in attributed(f"{opening} {WORDS}")] == [speaker]


def test_the_shape_read():
    assert home_place_end("Oona Kestrel, 64, from Brill, Kent, ") == ("Oona Kestrel", 0)
    assert home_place_end("Oona Kestrel, 64, from Brill, Ivo Brennan, ") is None  # a person named in full
    assert home_place_end("Oona Kestrel, the head of Brill, Kent, ") is None  # a post's body, then maybe its holder
    assert region_after_a_place("A man from Brill", "Kent")
    assert not region_after_a_place("The head of Tarrow Water", "Brennan")
    assert region_after_a_place("The head of Tarrow Water", "Wexmoorshire")
    assert not region_after_a_place("The head of the port", "Kent")  # no place's name
    assert all(strongly_a_region(name) for name in ("East Wexmoor", "County Down", "Co Antrim", "Amber Province", "D.C.", "Calif."))
    assert not any(strongly_a_region(name) for name in ("Ivo Brennan", "Brennan", "Harbour Water"))
