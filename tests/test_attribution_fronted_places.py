"""A sentence opened by a place in a prepositional phrase ("In Nerano, Professor Ilse Varga said:") credits the titled
person after the comma: the fronted phrase is governed by its preposition, never a name the title words describe."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "Short lets"\ndate = 2019-03-04\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.quote) for s in extract_statements(report, registry).statements]


QUOTE = "“Taking these flats off the market makes a home much harder to find.”"


@pytest.mark.parametrize(
    "opening",
    [
        "In Nerano, Professor Ilse Varga said:",
        "Across Nerano, Professor Ilse Varga said,",
        "In Nerano, Mayor Ilse Varga said:",
        "In Nerano, Senator Ilse Varga said:",
        "Throughout Nerano, Minister Ilse Varga said:",
    ],
)
def test_a_fronted_place_before_a_titled_name_credits_the_person(opening: str) -> None:
    assert attributed(f"{opening} {QUOTE}") == [("Ilse Varga", QUOTE.strip("“”"))]


@pytest.mark.parametrize(
    "opening",
    [
        "In Nerano, Ilse Varga said:",
        "In Nerano, economist Ilse Varga said:",
        "In Nerano, Dr. Ilse Varga said:",
        "On Monday, Professor Ilse Varga said:",
        "At the summit, Minister Ilse Varga said:",
    ],
)
def test_near_misses_that_already_credit_the_person(opening: str) -> None:
    assert attributed(f"{opening} {QUOTE}") == [("Ilse Varga", QUOTE.strip("“”"))]


def test_near_miss_a_name_apposed_to_a_titled_name_still_speaks() -> None:
    body = f"Tomas Brenner, Professor of Economics at Nerano, said: {QUOTE}"
    assert attributed(body) == [("Tomas Brenner", QUOTE.strip("“”"))]
