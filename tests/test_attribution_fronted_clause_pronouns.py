"""A quote standing alone after a sentence whose main clause opens on "he" or "she" behind a fronted clause with the same
pronoun ("But as he started to look for other flats, he realized … “…”"): the pronoun's person speaks, as after "He
realized …", not the speaker of the paragraph before. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

FIRST = "Luc Moreau had lived in the district for twenty years. “It was where I raised my son,” he said."
SECOND = (
    "Professor Rui Tavares, at the university, led a study of short lets. Across the city, Tavares estimates, 4,000 flats "
    "were taken off the market. “Removing these flats makes it much harder to find a home in the city.”"
)
QUOTE = "“It will be very hard to find anything in the city, so we will move out like everyone else.”"


def speakers(third: str) -> list[str]:
    return [who for who, _ in attributed(f"{FIRST}\n\n{SECOND}\n\n{third} {QUOTE}")]


def test_a_fronted_clause_with_the_same_pronoun():
    third = "Moreau loved the old district. But as he started to look for other flats, he realized his wage was not enough."
    assert speakers(third)[-1] == "Luc Moreau"


def test_the_pronoun_alone_still_reads():
    assert speakers("Moreau loved the old district. He realized his wage was not enough.")[-1] == "Luc Moreau"


def test_a_fronted_phrase_without_a_pronoun_still_reads():
    assert speakers("Moreau loved the old district. In the end, he realized his wage was not enough.")[-1] == "Luc Moreau"
