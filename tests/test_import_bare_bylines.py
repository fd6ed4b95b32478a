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


@pytest.mark.parametrize(
    "byline", ["Grace van der Merwe", "Grace Van Der Merwe", "Joost de Wit", "Ana de la Cruz", "Sara de la Vega", "Amina Van Der Fort"]
)
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
        ("Maria de Wit, David Khumalo, The Associated Press", ["Maria de Wit", "David Khumalo"], "The Associated Press"),
        ("Grace Zulu, Peter Botha, Reuters", ["Grace Zulu", "Peter Botha"], "Reuters"),
        ("Grace Zulu, Reuters", ["Grace Zulu"], "Reuters"),
        ("Grace Zulu, The Canadian Press", ["Grace Zulu"], "The Canadian Press"),
        ("K. Botha, Reuters", ["K. Botha"], "Reuters"),
        ("Peter Moyo, Zuhura Otieno, Reuters", ["Peter Moyo", "Zuhura Otieno"], "Reuters"),  # an '-a' name by a listed one
        ("Sara Okoye, Port Harlow, Reuters", ["Sara Okoye"], "Reuters"),  # the dateline after the writer is no writer
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


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Operations, Reuters",
        "New Quay Road, Reuters",
        "Port Harlow, Reuters",  # a dateline, the town's name shaped as a person's
        "Santa Rosa, EFE",
        "Villa de la Costa, Reuters",
        "Grey Heron Point, AFP",
        "Night Desk, Reuters",
        "Staff Writer, Reuters",
        "Coastal Bureau, AFP",
        "Claims Check, AFP",
        "Press Release, The Canadian Press",
        "Zikomo Banda, Reuters",  # an unlisted given name: a town's name may have that shape too
        "Kalina Bay, Reuters",  # a name in '-a' the lists leave to its ending: a town's may end so
        "Pablo de Panama, EFE",  # a city named for its country: a listed given name, a particle, the state's name
    ],
)
def test_near_misses_no_person_before_the_agency(line: str) -> None:
    _, report = imported(line)
    assert report.authors == []


@pytest.mark.parametrize(
    "line",
    [
        "Notes de la Quinzaine",  # a column's name in French, its first word a common noun
        "Jours de la Rivière",
        "Hotel de la Baie",
        "Casa de la Playa",
        "Omar bin Said Street",  # a street's name: a listed given name, a road's word last
        "David Van Loon Prize",  # a prize's name
        "Maria de la Luz Centre",
        "Thandi van der Merwe",  # a given name no list holds: four words with particles need a listed one
    ],
)
def test_near_misses_a_heading_or_a_place_with_particles_is_no_byline(line: str) -> None:
    _, report = imported(line)
    assert report.authors == []


@pytest.mark.parametrize(
    "byline, people, agency",
    [
        ("Irena Kowalczyk, Reuters", ["Irena Kowalczyk"], "Reuters"),  # a given name no list holds, read off its '-a'
        ("Irena Kowalczyk, Agata Nowicka, AFP", ["Irena Kowalczyk", "Agata Nowicka"], "AFP"),
    ],
)
def test_a_wire_byline_whose_given_name_only_its_ending_tells_is_read_under_the_headline(byline: str, people: list[str], agency: str) -> None:
    result, report = imported(byline)
    assert [a.name for a in report.authors] == people and all(a.role == agency for a in report.authors)
    assert byline not in result.markdown.split("+++")[-1] and report.title == HEADLINE


def test_a_wire_byline_read_off_its_ending_is_read_over_the_date_line_too() -> None:
    result = import_text("\n\n".join([HEADLINE, "Irena Kowalczyk, Reuters", "March 4, 2024", *BODY]) + "\n", "story.txt")
    report = read_report(result.markdown, "reports/x.md")
    assert [a.name for a in report.authors] == ["Irena Kowalczyk"] and str(report.date) == "2024-03-04"


@pytest.mark.parametrize(
    "line",
    [
        "Kuala Lumpur, Bernama",  # a town opening on an '-a' word, a given name's shape
        "Kota Bharu, Bernama",
        "Costa Mesa, AP",
        "Punta Arenas, EFE",
        "Lindiwe Sithole, Reuters",  # the story quotes her: its subject, no writer (her given name is read off its ending)
        "Irena Slipway, Reuters",  # a word the story writes in lower case: no name
        "Sierra Leone, Reuters",  # a country's name, shaped as an '-a' given name and a surname
        "Nova Scotia, Reuters",
        "Sierra Madre, AFP",  # a place opening on an '-a' place word
        "Riviera Maya, AP",
    ],
)
def test_near_misses_a_town_the_story_or_no_agency_gives_no_wire_writer(line: str) -> None:
    _, report = imported(line)
    assert report.authors == []


@pytest.mark.parametrize("byline, person", [("Ana Costa, Reuters", "Ana Costa"), ("Sofia Petrova, Reuters", "Sofia Petrova")])
def test_a_wire_writer_whose_surname_is_a_place_word_stays_the_writer(byline: str, person: str) -> None:
    _, report = imported(byline)
    assert [a.name for a in report.authors] == [person]
