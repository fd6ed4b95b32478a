"""Bylines set without 'By' under a news story's headline: a surname with its particles, a wire story's writers and
agency. Each becomes the authors, never a section heading."""

from __future__ import annotations

import pytest
from dossier.document import read_report
from dossier.importer import import_text

HEADLINE = "Ferry tolls to rise in the spring"
BODY = [
    "The ferry board met on Tuesday and agreed that tolls for cars and vans would rise by a tenth from April next year.",
    "Hauliers said the rise would be passed on to shops on the island, and several warned that smaller firms might stop the run.",
    '"We have held tolls flat for three years and the new boat must be paid for," board chair Lindiwe Sithole said afterwards.',
    "The board said the extra money would go towards a second boat and a longer slipway, to be built over four years.",
]


def imported(byline: str):
    result = import_text("\n\n".join([HEADLINE, byline, *BODY]) + "\n", "story.txt")
    return result, read_report(result.markdown, "reports/x.md")


@pytest.mark.parametrize("byline", ["Thandi van der Merwe", "Thandi Van Der Merwe", "Joost de Wit", "Ana de la Cruz"])
def test_a_bare_byline_whose_surname_has_particles_is_the_author(byline: str) -> None:
    result, report = imported(byline)
    assert [a.name for a in report.authors] == [byline]
    assert f"## {byline}" not in result.markdown and report.title == HEADLINE


@pytest.mark.parametrize("line", ["Thandi Zulu", "Life on the Island"])
def test_near_misses_a_plain_name_and_a_heading_with_small_words(line: str) -> None:
    _result, report = imported(line)
    assert [a.name for a in report.authors] == ([line] if line == "Thandi Zulu" else [])


@pytest.mark.parametrize(
    "byline, people, agency",
    [
        ("Joost de Wit, Lerato Khumalo, The Associated Press", ["Joost de Wit", "Lerato Khumalo"], "The Associated Press"),
        ("Thandi Zulu, Pieter Botha, Reuters", ["Thandi Zulu", "Pieter Botha"], "Reuters"),
        ("Thandi Zulu, Reuters", ["Thandi Zulu"], "Reuters"),
        ("Thandi Zulu, The Canadian Press", ["Thandi Zulu"], "The Canadian Press"),
    ],
)
def test_a_wire_byline_gives_the_writers_as_authors_and_the_agency_as_their_credit(byline: str, people: list[str], agency: str) -> None:
    result, report = imported(byline)
    assert [a.name for a in report.authors] == people and all(a.role == agency for a in report.authors)
    assert "## " not in result.markdown and report.title == HEADLINE


@pytest.mark.parametrize("line", ["Thandi Zulu and Pieter Botha", "Thandi Zulu, Pieter Botha"])
def test_near_misses_names_without_an_agency_are_the_writers_with_no_credit(line: str) -> None:
    _, report = imported(line)
    assert [a.name for a in report.authors] == ["Thandi Zulu", "Pieter Botha"] and all(not a.role for a in report.authors)


@pytest.mark.parametrize("line", ["Harbour Operations, Reuters", "New Quay Road, Reuters"])
def test_near_misses_no_person_before_the_agency(line: str) -> None:
    _, report = imported(line)
    assert report.authors == []
