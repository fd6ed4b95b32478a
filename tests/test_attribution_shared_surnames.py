""" "Maria de la Cruz met Tom Cruz … “…,” Cruz said": where the text names a second person with the surname after the
last full mention of the one a bare surname would go to, the quote is left to nobody; where the text tells which one
(named again in full, a title, the later one speaking), it is credited as before."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.attribution.shared_surnames import other_bearer_after
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "Harbour fees"\ndate = 2021-06-01\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.quote) for s in extract_statements(report, registry).statements]


QUOTE = "We will not accept these fees,"


@pytest.mark.parametrize(
    "opening",
    [
        "Maria de la Cruz met Tom Cruz in the port city on Tuesday to discuss the new harbour rules.",
        "Ana Ferreira met Tom Ferreira in the port city on Tuesday to discuss the new harbour rules.",
        "Ana Ferreira, the port's director, wrote to Senator Paulo Ferreira about the new harbour rules.",
    ],
)
def test_a_bare_surname_two_people_bear_is_left_to_nobody(opening: str) -> None:
    surname = opening.split(" met ")[0].split(",")[0].split()[-1]
    assert attributed(f"{opening}\n\n“{QUOTE}” {surname} said after the meeting.") == []


def test_near_miss_the_first_named_again_in_full() -> None:
    body = (
        "Ana Ferreira met Tom Ferreira in the port city on Tuesday.\n\n"
        "Ana Ferreira, the port's director, then spoke to the dockers.\n\n"
        f"“{QUOTE}” Ferreira said after the meeting."
    )
    assert attributed(body) == [("Ana Ferreira", QUOTE)]


def test_near_miss_the_later_one_speaks_in_full() -> None:
    body = (
        "Liu Wenqiang has long argued for open markets.\n\n"
        "Liu Pengfei, a researcher at a Shanghai institute, notes that “exports have slowed”.\n\n"
        "Trade, Liu says, “will recover by the spring”."
    )
    assert attributed(body) == [("Liu Pengfei", "exports have slowed"), ("Liu Pengfei", "will recover by the spring")]


def test_near_miss_a_relative_named_then_the_surname_alone_again() -> None:
    body = (
        "“The port is ours,” said Ana Ferreira, who runs the harbour union.\n\n"
        "Ferreira’s father, Paulo Ferreira, worked the same docks for forty years.\n\n"
        "The union voted on Monday, and Ferreira led the count.\n\n"
        f"“{QUOTE}” Ferreira said after the meeting."
    )
    assert attributed(body) == [("Ana Ferreira", "The port is ours,"), ("Ana Ferreira", QUOTE)]


def test_near_miss_one_person_with_the_surname() -> None:
    body = f"Ana Ferreira met the dockers in the port city on Tuesday.\n\n“{QUOTE}” Ferreira said after the meeting."
    assert attributed(body) == [("Ana Ferreira", QUOTE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria de la Cruz met Tom Cruz.", True),
        ("Maria de la Cruz met Mr Cruz.", False),  # a title: not a second given name
        ("Tom Cruz met Maria de la Cruz.", False),  # she is named last
        ("Maria de la Cruz and her husband, Cruz, met.", False),
        ("Maria de la Cruz met Maria Cruz.", False),  # her given name again
        ("Maria de la Cruz met T. Cruz.", False),  # an initial: nobody named for sure
        ("Maria de la Cruz met Tom Cruz, and Cruz left.", False),  # the surname alone again after him
        ("Maria de la Cruz met Mari Cruz.", False),  # her short form
        ("Maria de la Cruz flew in. Cruz met Tom Cruz.", False),  # the surname alone was hers before him
        ("Maria de la Cruz flew in. Her brother, Tom Cruz, met her.", False),  # a relative beside her
        ("Maria de la Cruz, the niece of Senator Tom Cruz, flew in.", False),  # a noun's complement
    ],
)
def test_other_bearer_after(text: str, expected: bool) -> None:
    assert other_bearer_after(text, "Cruz", "Maria de la Cruz") is expected


def test_other_bearer_after_needs_the_holder_named_in_full() -> None:
    assert other_bearer_after("Tom Cruz met the board.", "Cruz", "Maria de la Cruz") is False
    assert other_bearer_after("Maria de la Cruz met Tom Cruz.", "Cruz", "Cruz") is False
