"""Titles, names and fragments in marks inside reported speech (held-out files 445-459): passages written for these
tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_a_capitalised_title_after_the_kind_of_work_in_reported_speech_is_no_statement():
    # at the end of the clause, the stop inside the marks
    body = "Actress Mira Kolander said the jury prize should have gone to the quiet Danish drama “Salt Year.”"
    assert attributed(body) == []
    # as the clause's subject
    assert attributed("Mira Kolander said the Danish film “Salt Year” should have had the prize.") == []
    # beside a real quotation, which stays hers
    body = "Mira Kolander said the prize should have gone to the Danish film “Salt Year.” “It was the braver film,” she said."
    assert attributed(body) == [("Mira Kolander", "It was the braver film,")]


def test_words_in_lower_case_after_the_kind_of_work_stay_the_speakers():
    assert attributed("Jon Brell said the album “was a mess from start to finish.”") == [("Jon Brell", "was a mess from start to finish.")]
