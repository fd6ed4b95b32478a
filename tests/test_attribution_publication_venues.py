"""A journal or magazine named after "in" right before a participle of saying ("Ana Roe published an essay in the
journal Harbour Works arguing that “…”"): the writer's words, never the venue's. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize("venue", ["the journal Tidal Studies", "the magazine Tidal Studies", "the quarterly Tidal Studies"])
def test_a_piece_published_in_a_journal_argues_for_its_writer(venue: str) -> None:
    body = (
        "The idea spread after Oslo geographer Ivar Lund published a short essay in "
        f"{venue} arguing that dykes were “a debt paid by the next village,” and that “every levee moves the water on.”"
    )
    assert attributed(body) == [
        ("Ivar Lund", "a debt paid by the next village,"),
        ("Ivar Lund", "every levee moves the water on."),
    ]


def test_a_column_she_wrote_in_a_weekly_is_hers() -> None:
    body = "Nadia Brun wrote a column in the weekly Tidal Studies warning that the dunes were “already lost.”"
    assert attributed(body) == [("Nadia Brun", "already lost.")]


def test_a_piece_in_a_journal_nobody_is_said_to_have_written_is_left_as_it_was() -> None:
    body = "A study in the journal Tidal Studies arguing that dykes were “a debt paid by the next village” drew wide notice."
    assert attributed(body) == [("Tidal Studies", "a debt paid by the next village")]


def test_a_study_someone_cites_in_a_journal_is_not_theirs() -> None:
    body = "Nadia Brun cited a study in the journal Tidal Studies arguing that dykes were “a debt paid by the next village.”"
    assert ("Nadia Brun", "a debt paid by the next village.") not in attributed(body)


Q = "Every levee moves the water on."


@pytest.mark.parametrize(
    "body, credits",
    [
        # the subject of the clause "published" is in, never the name of the clause around it
        (f"Nadia Brun wrote that engineers had published a paper in the journal Tidal Studies arguing that “{Q}”", []),
        (f"Nadia Brun noted an essay that Ivar Lund published in the journal Tidal Studies arguing that “{Q}”", ["Ivar Lund"]),
        # two writers joined by "and": both
        (f"Nadia Brun and Ivar Lund published a paper in the journal Tidal Studies arguing that “{Q}”", ["Nadia Brun", "Ivar Lund"]),
        # a pronoun subject: the person it stands for
        (f"Nadia Brun spoke next. She published an essay in the journal Tidal Studies arguing that “{Q}”", ["Nadia Brun"]),
        (f"In 2020, Nadia Brun had published an essay in the journal Tidal Studies arguing that “{Q}”", ["Nadia Brun"]),
        # a body that published it
        (f"The Dune Trust published a paper in the journal Tidal Studies arguing that “{Q}”", ["Dune Trust"]),
    ],
)
def test_the_publisher_is_the_subject_of_the_same_clause(body: str, credits: list[str]) -> None:
    assert [speaker for speaker, _ in attributed(body)] == credits
