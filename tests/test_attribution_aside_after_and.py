"""A verb of saying joined to the clause's first verb by "and" or "but" with a short aside in commas between ("Harbourline
sells its kayaks in four countries and, in its catalogue, promises “a lifetime of paddling.”") has the clause's subject,
as "and promises “…”" already has: the aside says where, not who. An aside that is itself a cue ("but, Ana Ruiz says,")
reports someone else's account, so it gives the clause's subject nothing."""

from __future__ import annotations

import pytest
from passages import attributed

LEAD = "Sales of small boats rose this summer.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbourline sells its kayaks in four countries and, in its catalogue, promises “a lifetime of paddling.”",
        "Harbourline sells its kayaks in four countries and, online, claims “a lifetime of paddling.”",
        "Harbourline sells its kayaks in four countries but, on its website, boasts “a lifetime of paddling.”",
    ],
)
def test_a_verb_after_and_and_an_aside_has_the_clauses_subject(sentence: str) -> None:
    assert attributed(LEAD + sentence) == [("Harbourline", "a lifetime of paddling.")]


@pytest.mark.parametrize(
    "case",
    [
        # near misses: the plain joined verb (already read so), and another subject after the aside (not the first one's)
        ("Harbourline sells its kayaks in four countries and promises “a lifetime of paddling.”", [("Harbourline", "a lifetime of paddling.")]),
        ("Harbourline sells kayaks and, online, its rivals promise “a lifetime of paddling.”", []),
    ],
)
def test_a_joined_verb_without_an_aside_or_with_its_own_subject_keeps_its_reading(case: tuple[str, list[tuple[str, str]]]) -> None:
    text, expected = case
    assert attributed(LEAD + text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the aside is a cue of its own, reporting what the subject says in private
        "Harbourline denies any fault but, Ana Ruiz says, privately concedes “a hull defect.”",
        "Harbourline denies any fault but, its former engineers say, privately concedes “a hull defect.”",
    ],
)
def test_an_aside_that_is_a_cue_gives_the_clauses_subject_nothing(sentence: str) -> None:
    assert "Harbourline" not in [speaker for speaker, _quote in attributed(LEAD + sentence)]
