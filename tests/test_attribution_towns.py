"""A one-word name a report writes after "in" is a town's ("in Brescello"), never the person a later "he" or "she"
means, though a sentence opens on it ("Brescello was strange to him"). Passages written for these tests, with the near
misses beside them."""

from __future__ import annotations

import pytest
from dossier.attribution.towns import written_as_a_town
from passages import attributed

MET = "On my last day in Brescello, I met Karim, a 19-year-old asylum seeker. He had arrived the night before, and Brescello was strange to him."
SAID = " “I walked for nine days to get here,” he said."


def test_the_town_is_no_he():
    assert attributed(MET + SAID) == [("Karim", "I walked for nine days to get here,")]


@pytest.mark.parametrize(
    "opening",
    ["Brescello is quiet in winter. Life in Brescello is slow.", "In Brescello, the trains run north twice a day."],
)
def test_the_town_written_so_in_another_paragraph(opening):
    body = f"{opening}\n\nI met Karim, a 19-year-old asylum seeker. He had arrived the night before, and Brescello was strange to him." + SAID
    assert [who for who, _ in attributed(body)] == ["Karim"]


def test_a_person_named_by_one_word_stays_the_he():
    # no "in" before the name: the one met, talked to, written from
    body = "I met Karim by the station in Brescello. Karim had arrived the night before." + SAID
    assert [who for who, _ in attributed(body)] == ["Karim"]


def test_a_surname_named_in_full_stays_the_he():
    body = "Ivo Brennan trusts the harbour board. Few share his faith in Brennan's plan, and Brennan knows it." + SAID
    assert [who for who, _ in attributed(body)] == ["Ivo Brennan"]


def test_the_places_read():
    text = "Trust in Brennan's plan. Life in Brescello, and In Tarrow too. Kin Brill. Votes in Harbour-leaning wards."
    assert not written_as_a_town(text, "Brennan", [text.find("Brennan")])  # a possessive after it
    assert written_as_a_town(text, "Brescello", [text.find("Brescello")])
    assert written_as_a_town(text, "Tarrow", [text.find("Tarrow")])
    assert not written_as_a_town(text, "Brill", [text.find("Brill")])  # "in" closing a word
    assert not written_as_a_town(text, "Harbour", [text.find("Harbour")])  # a compound's first word


def test_pin_the_speaker_named_after_an_inverted_cue_stays_the_he():
    body = (
        "Voters in Liberal-leaning wards back the plan. “The vote is closer than ever,” said Tarrow-based Liberal consultant"
        " Ivo Brennan, though he added: “It will not be in play this year.”"
    )
    assert [who for who, _ in attributed(body)] == ["Ivo Brennan", "Ivo Brennan"]
