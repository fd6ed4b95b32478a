"""A name inside the phrase that opens a sentence, before "<Title> <Name> said": a work's title set in commas after the
work's noun, its italics lost in a plain-text copy ("Two weeks after the survey, Quay Renewal, Minister Tova Rennick
argued that …"), or the object of the phrase's participle ("After meeting Tom Reed, Minister …"), is not
the one the titled name stands in apposition to: the titled person speaks. A name that opens the sentence, or follows an
adverb or a person's noun, keeps its apposition, and so does a person's full name after the work's noun ("Commenting on
the report, Owen Tarrant, Director Harbour Futures said"). Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.names import subject_before
from passages import attributed

WORDS = "the ferry timetable has fallen apart and nobody has been held to account"


@pytest.mark.parametrize(
    "opening",
    [
        "Two weeks after the survey, Quay Renewal,",
        "Reacting to the long-awaited harbour study, Pier Voices,",
        "After the release of its new strategy, Harbour Futures,",
    ],
)
@pytest.mark.parametrize("cue", ["argued that “" + WORDS + "”.", "said: “" + WORDS + ".”"])
def test_the_titled_person_after_a_works_title_speaks(opening: str, cue: str) -> None:
    found = attributed(f"{opening} Minister Tova Rennick {cue}")
    assert [name for name, _quote in found] == ["Tova Rennick"]


def test_the_titled_surname_after_a_works_title_is_the_person_named_before() -> None:
    body = (
        "Tova Rennick, the ports minister, opened the terminal in March.\n\n"
        f"In answer to the survey, Quay Renewal, Minister Rennick argued that “{WORDS}”."
    )
    assert attributed(body)[-1] == ("Tova Rennick", WORDS)


def test_the_object_of_the_opening_participle_does_not_speak() -> None:
    body = f"After meeting Oskar Lind, Minister Tova Rennick argued that “{WORDS}”."
    assert attributed(body) == [("Tova Rennick", WORDS)]


def _subject(left: str) -> list[str]:
    found = subject_before(left + " said", len(left) + 1)
    return [head.name for head in found.heads] if found is not None else []


def test_near_misses_keep_the_apposition() -> None:
    assert _subject("Alexei Moran, Chairman of the Board of Harbour Holdings,") == ["Alexei Moran"]
    assert _subject("Ada Kovel, Chief Executive Tom Reed") == ["Ada Kovel"]  # the name opens the sentence
    assert _subject("Yesterday, Ada Kovel, Chief Executive Tom Reed") == ["Ada Kovel"]  # after an adverb
    assert _subject("At the harbour, Ada Kovel, Chief Executive Tom Reed") == ["Ada Kovel"]  # a place, no work's noun
    assert _subject("His colleague, Ada Kovel, Chief Executive Tom Reed") == ["Ada Kovel"]  # a person's noun
    assert _subject("After the release of the report, Minister Tova Rennick") == ["Tova Rennick"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Commenting on the report, Owen Tarrant, Director Harbour Futures said the port was “in decline”.", "Owen Tarrant"),
        ("Speaking about the survey, Owen Tarrant, Councillor Lisbet Crane said the port was “in decline”.", "Owen Tarrant"),
        ("Asked about the plan, Helen Varga, Chief Executive Pier Holdings, told reporters the port was “in decline”.", "Helen Varga"),
        # near misses: a title after the work's noun, or a name after a person's noun, as before
        ("Responding to the study, Pier Holdings, Councillor Lisbet Crane said the port was “in decline”.", "Lisbet Crane"),
        ("In a new book, Harbour Lives, Professor Owen Tarrant said the port was “in decline”.", "Owen Tarrant"),
    ],
)
def test_a_persons_full_name_after_a_works_noun_is_no_title(body: str, speaker: str) -> None:
    assert [name for name, _quote in attributed(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the kinds of work of the shared lists (a memoir, an assessment), not only reports and studies
        ("In her new memoir, Harbour Lives, Professor Helen Varga said the port was “in decline”.", "Helen Varga"),
        ("In its latest assessment, Quay Renewal, Councillor Lisbet Crane said the port was “in decline”.", "Lisbet Crane"),
        # near miss: a person's full name after the noun keeps the apposition
        ("In a statement, Owen Tarrant, Director Harbour Futures said the port was “in decline”.", "Owen Tarrant"),
    ],
)
def test_a_title_after_any_listed_kind_of_work(body: str, speaker: str) -> None:
    assert [name for name, _quote in attributed(body)] == [speaker]
