"""A speaker's reported clause whose own verb of saying has an event for its subject ("Marek said the delays suggested
the port authority was “…”"), as news writes every day: the words stay the speaker's. Passages written for these tests,
each with the near miss beside it."""

from __future__ import annotations

from passages import attributed

QUOTE = "“running the docks like a private club for its friends”."
WORDS = "running the docks like a private club for its friends"
SPEAKER = "Ivo Marek, a shipping analyst at Tidewater Research, said "


def test_an_event_suggesting_so_leaves_the_words_to_the_speaker():
    assert attributed(SPEAKER + "the delays at the quay suggested the port authority was " + QUOTE) == [("Ivo Marek", WORDS)]


def test_an_event_showing_so_after_that_leaves_the_words_to_the_speaker():
    assert [name for name, _ in attributed(SPEAKER + "the fall in cargo last winter showed that the port authority was " + QUOTE)] == ["Ivo Marek"]


def test_the_clause_without_the_event_still_goes_to_the_speaker():
    assert [name for name, _ in attributed(SPEAKER + "the port authority was " + QUOTE)] == ["Ivo Marek"]


def test_a_person_suggesting_so_keeps_the_words():
    assert [name for name, _ in attributed(SPEAKER + "Ana Ruiz suggested the port authority was " + QUOTE)] == ["Ana Ruiz"]


def test_a_report_suggesting_so_is_not_the_speakers():
    assert attributed(SPEAKER + "the audit suggested the port authority was " + QUOTE) == []


def test_an_event_with_no_speaker_before_it_credits_no_one():
    assert attributed("The backlog suggested the port authority was " + QUOTE) == []
