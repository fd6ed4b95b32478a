"""A verb of saying joined to the clause's first verb by "and" or "but" with a short aside in commas between ("Frostline
offers a 10-year warranty and, online, boasts “25-year durability.”", "but, on its website, claims “…”") has the clause's
subject, as "and boasts “…”" already has: the aside says where, not who."""

from __future__ import annotations

import pytest
from passages import attributed

LEAD = "Prices rose across the county.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Frostline offers a 10-year warranty and, online, boasts “25-year durability.”",
        "Frostline offers a 10-year warranty and, online, claims “25-year durability.”",
        "Frostline offers a 10-year warranty but, on its website, claims “25-year durability.”",
    ],
)
def test_a_verb_after_and_and_an_aside_has_the_clauses_subject(sentence: str) -> None:
    assert attributed(LEAD + sentence) == [("Frostline", "25-year durability.")]


@pytest.mark.parametrize(
    "case",
    [
        # near misses: the plain joined verb (already read so), and another subject after the aside (not the first one's)
        ("Frostline offers a 10-year warranty and boasts “25-year durability.”", [("Frostline", "25-year durability.")]),
        ("Frostline offers a warranty and, online, its rivals boast “25-year durability.”", []),
    ],
)
def test_a_joined_verb_without_an_aside_or_with_its_own_subject_keeps_its_reading(case: tuple[str, list[tuple[str, str]]]) -> None:
    text, expected = case
    assert attributed(LEAD + text) == expected
