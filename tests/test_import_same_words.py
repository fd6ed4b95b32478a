"""The one test of 'the same words' the import's title rules share: case, marks and spacing aside, the words in order."""

from __future__ import annotations

from dossier.importunits import folded_words, same_words


def test_the_same_words_in_another_case_and_with_marks() -> None:
    assert same_words("FERRY CREWS BACK THE TIMETABLE", "Ferry crews back  the timetable.")
    assert folded_words("Skarn’s Ferry-Crews") == ["skarn’s", "ferry-crews"]


def test_near_misses_other_words_or_order_are_not_the_same() -> None:
    assert not same_words("Ferry crews back the timetable", "Ferry crews back the winter timetable")
    assert not same_words("Ferry crews back the timetable", "The timetable ferry crews back")
    assert not same_words("", "Ferry crews")
