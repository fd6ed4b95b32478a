"""A name inside the phrase that opens a sentence, before "<Title> <Name> said": a work's title set in commas after the
work's noun, its italics lost in a plain-text copy ("Following the release of a progress report, Harbour Futures, Minister
Tova Rennick commented that …"), or the object of the phrase's participle ("After meeting Tom Reed, Minister …"), is not
the one the titled name stands in apposition to: the titled person speaks. A name that opens the sentence, or follows an
adverb or a person's noun, keeps its apposition. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.names import subject_before
from passages import attributed

WORDS = "port boards were too large and too slow to react to changing trade"


@pytest.mark.parametrize(
    "opening",
    [
        "Following the release of a progress report, Harbour Futures,",
        "Following the recent release of the Ports Growth Agenda progress report, Harbour Futures,",
        "After the release of its new strategy, Harbour Futures,",
    ],
)
@pytest.mark.parametrize("cue", ["commented that “" + WORDS + "”.", "said: “" + WORDS + ".”"])
def test_the_titled_person_after_a_works_title_speaks(opening: str, cue: str) -> None:
    found = attributed(f"{opening} Minister Tova Rennick {cue}")
    assert [name for name, _quote in found] == ["Tova Rennick"]


def test_the_titled_surname_after_a_works_title_is_the_person_named_before() -> None:
    body = (
        "Tova Rennick, the ports minister, opened the terminal in March.\n\n"
        f"Following the release of a progress report, Harbour Futures, Minister Rennick commented that “{WORDS}”."
    )
    assert attributed(body)[-1] == ("Tova Rennick", WORDS)


def test_the_object_of_the_opening_participle_does_not_speak() -> None:
    body = f"After meeting Oskar Lind, Minister Tova Rennick commented that “{WORDS}”."
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
