"""A byline run into the story's first sentence, as news feeds and aggregators pass on a wire story ('By Jane Roe The
ministry said …', 'By Jane Roe Tarvia State Governor, Ivo Bell has …'): the name is an author and the paragraph starts
at its sentence. Where the words after 'By' may be no name ('By Popular Demand The …', 'By Tuesday the …'), the
paragraph stays as it is. Passages of our own."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

HEAD = "Ferry fares rise again in Norvel\n\n2026-02-10 09:15:00\n\n"


def imported(paragraph: str) -> tuple[list[str], str]:
    result = import_text(HEAD + paragraph + "\n", "feed.txt")
    authors = [line.split('"')[1] for line in result.markdown.splitlines() if line.startswith("name = ")]
    return authors, result.markdown.split("+++")[2].strip()


@pytest.mark.parametrize(
    ("paragraph", "name", "opening"),
    [
        (
            "By Jane Roe The ferry board said on Tuesday that fares would rise by a tenth from May, citing fuel. “It is fair,” its chair said.",
            "Jane Roe",
            "The ferry board said",
        ),
        (
            "By Aminat Dokubo Tarvia State Governor, Ivo Bell, has said the fare rise will hurt traders on the islands. He spoke in Norvel.",
            "Aminat Dokubo",
            "Tarvia State Governor, Ivo Bell",
        ),
        (
            "By Ola Brenn In a statement on Monday, the board said the fares would rise from May and stay until the autumn. ( VNA)",
            "Ola Brenn",
            "In a statement on Monday",
        ),
    ],
)
def test_a_byline_run_into_the_lead_is_an_author(paragraph: str, name: str, opening: str) -> None:
    authors, text = imported(paragraph)
    assert authors == [name]
    assert text.startswith(opening)


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Popular Demand The festival returns to the quay this summer, the board said on Tuesday after a long wait.",
        "By Tuesday the board had agreed to hold the fares until May, its chair said after the meeting in Norvel.",
        "By The Numbers Fares rose by a tenth",
    ],
)
def test_words_after_by_that_may_be_no_name_stay(paragraph: str) -> None:  # near misses
    authors, text = imported(paragraph + "\n\nThe ferry board said on Tuesday that fares would rise by a tenth from May, citing fuel.")
    assert authors == [] and paragraph in text
