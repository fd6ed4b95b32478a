"""A pull quote's or an epigraph's credit line after a dash with capitalised words before the role and the name ("—
Norwegian archivist Tove Brekke", "— Harbour Council chair Ana Ruiz"): the person is the speaker and the words before the
name her description, as "— archivist Tove Brekke" already was. Capitalised words are taken off only where they name a
nation, a body or an outlet, or are letters: a name's particle or a verb after the name keeps the line whole. Passages
written for these tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements

QUOTE = "“We had to carry every box of the archive up the stairs in one night.”"
BEFORE = "When the river rose, the county had no plan for the old mill towns.\n\n"
AFTER = "\n\nThe volunteers began listing what had been saved."


def credited(credit: str, own_line: bool) -> list[tuple[str, str]]:
    """(speaker, description) for each statement, the credit after the quote's closing mark or on the line below."""
    between = "\n\n— " if own_line else " — "
    body = f"{BEFORE}{QUOTE}{between}{credit}{AFTER}"
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, registry[s.speaker].description) for s in found.statements]


@pytest.mark.parametrize("own_line", [False, True])
@pytest.mark.parametrize(
    ("credit", "speaker", "description"),
    [
        ("Norwegian archivist Tove Brekke", "Tove Brekke", "Norwegian archivist"),
        ("Harbour Council chair Ana Ruiz", "Ana Ruiz", "Harbour Council chair"),
        ("Velk Trust director Tove Brekke", "Tove Brekke", "Velk Trust director"),
        ("NATO spokesperson Ana Ruiz", "Ana Ruiz", "NATO spokesperson"),
        ("Former minister Tove Brekke", "Tove Brekke", "Former minister"),
    ],
)
def test_a_nation_or_a_body_and_a_role_before_the_name_credit_the_person(credit, speaker, description, own_line):
    assert credited(credit, own_line) == [(speaker, description)]


@pytest.mark.parametrize("own_line", [False, True])
def test_an_outlet_and_a_role_before_the_name_credit_the_person(own_line):
    assert [speaker for speaker, _ in credited("Harbour Radio presenter Tove Brekke", own_line)] == ["Tove Brekke"]


@pytest.mark.parametrize("own_line", [False, True])
@pytest.mark.parametrize(
    "credit",
    # two particles too ("von der"): the name whole, since it is read as one (particle_surnames.py)
    ["Charles de Gaulle", "Ludwig van Beethoven", "Mohammed bin Salman", "Leonardo da Vinci", "Pieter de Vries", "Ursula von der Leyen"],
)
def test_near_miss_a_name_with_a_particle_keeps_its_first_words(credit, own_line):
    assert [speaker for speaker, _ in credited(credit, own_line)] == [credit]


@pytest.mark.parametrize("own_line", [False, True])
@pytest.mark.parametrize(
    "credit",
    ["Tove Brekke addressing Parliament", "Tove Brekke via Harbour Radio", "Tove Brekke during Question Time"],
)
def test_near_miss_no_cut_name_and_no_body_after_a_verb_or_preposition_is_credited(credit, own_line):
    assert credited(credit, own_line) == []  # as on the base: no cut name, no body, and the line not read as a name


def test_near_miss_told_an_outlet_or_a_person_keeps_the_speaker():
    assert [speaker for speaker, _ in credited("Tove Brekke told Harbour Radio", False)] == ["Tove Brekke"]
    assert [speaker for speaker, _ in credited("Tove Brekke told Ana Ruiz", False)] == ["Tove Brekke"]
    assert "Harbour Radio" not in [speaker for speaker, _ in credited("Tove Brekke told Harbour Radio", True)]


def test_near_miss_the_role_alone_and_the_name_alone_still_credit():
    assert [speaker for speaker, _ in credited("archivist Tove Brekke", True)] == ["Tove Brekke"]
    assert [speaker for speaker, _ in credited("Tove Brekke of Harbour Trust", True)] == ["Tove Brekke"]


@pytest.mark.parametrize("own_line", [False, True])
@pytest.mark.parametrize(
    "credit",
    [
        "Harbour Council to archivist Ana Ruiz",
        "Harbour Council letter to archivist Ana Ruiz",
        "Harbour Trust tribute to curator Ana Ruiz",
        "Harbour Radio obituary of archivist Ana Ruiz",
    ],
)
def test_near_miss_a_line_to_or_about_the_person_credits_nobody(credit, own_line):
    assert credited(credit, own_line) == []


@pytest.mark.parametrize("own_line", [False, True])
@pytest.mark.parametrize("credit", ["Tove BREKKE archivist Ana Ruiz", "Tom REED archivist Ana Ruiz", "Tom Reed III chair Ana Ruiz"])
def test_near_miss_a_surname_in_capitals_or_a_numeral_is_no_body_letters(credit, own_line):
    assert "Ana Ruiz" not in [speaker for speaker, _ in credited(credit, own_line)]
