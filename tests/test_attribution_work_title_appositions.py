"""A work's title in commas after "his book," or "her report," opening the sentence ("In her memoir, The Long Tide, Ida
Hove recalls … and argues that “…”") is the work, never the speaker. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

QUOTE = "“higher prices go with healthier stocks.”"


def test_the_books_title_before_the_author_of_a_joined_verb_is_not_the_speaker():
    body = "In her memoir, The Long Tide, Ida Hove recalls twenty winters at sea and argues that “the cold keeps a crew honest.”"
    assert attributed(body) == [("Ida Hove", "the cold keeps a crew honest.")]


def test_a_reports_title_without_the_article():
    body = f"In her report, Counting Boats, Lea Marsk studies catch data and concludes that {QUOTE}"
    assert attributed(body) == [("Lea Marsk", "higher prices go with healthier stocks.")]


def test_a_person_in_commas_after_a_persons_noun_still_speaks():
    body = f"His friend, Lea Marsk, studied the data and concluded that {QUOTE}"
    assert attributed(body) == [("Lea Marsk", "higher prices go with healthier stocks.")]


def test_a_full_name_after_the_works_noun_still_speaks():
    body = f"In his speech, Lea Marsk, the minister, studied the data and concluded that {QUOTE}"
    assert attributed(body) == [("Lea Marsk", "higher prices go with healthier stocks.")]
