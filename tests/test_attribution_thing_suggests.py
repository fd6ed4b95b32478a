"""A speaker's reported clause whose own verb of saying has an event for its subject ("Tane said the delay suggested the
council was “…”"), as news writes every day: the words stay the speaker's. Passages written for these tests, each with
the near miss beside it."""

from __future__ import annotations

from passages import attributed

QUOTE = "“heading completely in the wrong direction”."
SPEAKER = "Labour’s health spokesperson Mere Tane said "


def test_an_event_suggesting_so_leaves_the_words_to_the_speaker():
    assert attributed(SPEAKER + "the delay suggested the city council was " + QUOTE) == [("Mere Tane", "heading completely in the wrong direction")]


def test_an_event_showing_so_after_that_leaves_the_words_to_the_speaker():
    assert [name for name, _ in attributed(SPEAKER + "the cuts to the bus service showed that the council was " + QUOTE)] == ["Mere Tane"]


def test_the_clause_without_the_event_still_goes_to_the_speaker():
    assert [name for name, _ in attributed(SPEAKER + "the city council was " + QUOTE)] == ["Mere Tane"]


def test_a_person_suggesting_so_keeps_the_words():
    assert [name for name, _ in attributed(SPEAKER + "Tom Hale suggested the city council was " + QUOTE)] == ["Tom Hale"]


def test_a_report_suggesting_so_is_not_the_speakers():
    assert attributed(SPEAKER + "the report suggested the city council was " + QUOTE) == []


def test_an_event_with_no_speaker_before_it_credits_no_one():
    assert attributed("The delay suggested the city council was " + QUOTE) == []
