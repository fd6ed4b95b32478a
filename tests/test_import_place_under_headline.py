"""A place alone on its line under a news story's headline or its bare byline: the dateline's city, or where the
writer files from, never the writer. Invented stories, with the writers' names that must still be read."""

from __future__ import annotations

import pytest
from dossier.document import read_report
from dossier.importer import import_text

HEADLINE = "Ferry tolls to rise in the spring"
BODY = [
    "The ferry board met on Tuesday and agreed that tolls for cars and vans would rise by a tenth from April next year.",
    "Hauliers said the rise would be passed on to shops on the island, and several warned that smaller firms might stop the run.",
    "The board said the extra money would go towards a second boat and a longer slipway, to be built over four years.",
]


def imported(*lines: str, writer: str = ""):
    result = import_text("\n\n".join([HEADLINE, *([writer] if writer else []), *lines, *BODY]) + "\n", "story.txt")
    return result, read_report(result.markdown, "reports/x.md")


@pytest.mark.parametrize(
    "place",
    [
        "Addis Ababa",  # a city the dateline list holds, shaped as a given name and a surname
        "Phnom Penh",
        "Rio de Janeiro",  # with a particle, as a surname may have
        "Sao Paulo",  # a place's opening word
        "Kuala Lumpur",
        "Juba, South Sudan",  # a town and its country after a comma: no two writers
        "Mbala, Zambia",
    ],
)
def test_a_place_alone_under_the_headline_is_no_author(place: str) -> None:
    _, report = imported(place)
    assert report.authors == [] and report.title == HEADLINE


@pytest.mark.parametrize("place", ["Harbourton", "Juba, South Sudan", "Addis Ababa", "Zambia"])
def test_a_bare_byline_over_its_place_line_gives_the_writer(place: str) -> None:
    # a town of one word is hers where the story names it; a state or a town and its country after a comma as they stand
    result, report = imported(place, "Ferries from the quay at Harbourton will cost more from April.", writer="Grace Kamwendo")
    assert [a.name for a in report.authors] == ["Grace Kamwendo"]
    assert f"## {place}" not in result.markdown and BODY[0] in result.markdown


@pytest.mark.parametrize(
    "line, people",
    [
        ("Grace Kamwendo", ["Grace Kamwendo"]),  # near miss: a name with an unlisted surname stays a writer
        ("Tom Jordan", ["Tom Jordan"]),  # a surname that is also a state's name, after a listed given name
        ("Jane Roe, Tom Jordan", ["Jane Roe", "Tom Jordan"]),  # two writers, the second's surname a state's
        ("Georgia Lindqvist", ["Georgia Lindqvist"]),  # a given name that is also a state's
    ],
)
def test_near_misses_writers_whose_names_hold_a_places_word_stay_writers(line: str, people: list[str]) -> None:
    _, report = imported(line)
    assert [a.name for a in report.authors] == people


@pytest.mark.parametrize(
    "line",
    [
        "Ana Jordan",  # a given name by its ending, a surname that is a state's
        "Kim Jordan",  # a given name no list holds
        "Siobhan Jordan",
        "Kwame Jordan",
        "Amara Georgia",
        "Victoria Chad",
        "Aisha Jordan",
    ],
)
def test_a_name_whose_surname_is_a_states_stays_the_writer(line: str) -> None:
    result, report = imported(line)
    assert [a.name for a in report.authors] == [line]
    assert f"## {line}" not in result.markdown


@pytest.mark.parametrize("label", ["Opinion", "Analysis", "Background", "Photographs", "Tom"])
def test_a_one_word_label_under_a_bare_byline_is_never_its_place(label: str) -> None:
    result, _ = imported("Grace Kamwendo", label)
    assert label in result.markdown.split("+++")[-1]  # kept in the text, never dropped as the writer's place
