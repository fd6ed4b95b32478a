"""A speaker introduced as "a/an [adjectives] NOUN at|with|for|of <a body's capitalised name>" is described by that post
whatever the trade, where the noun is one for what a person does (its ending says so: "physiologist", "curator",
"librarian"); relatives, "a man", lower-case places and a person after "of" describe no one. Passages written for these
tests, each with its near miss."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.attribution.descriptions import describe
from dossier.document import read_report
from dossier.statements import extract_statements

QUOTE = "“The first results are only a start,” said Nils Harro, "


@pytest.mark.parametrize(
    ("apposition", "description"),
    [
        ("a physiologist at Kelp Bay University.", "Physiologist at Kelp Bay University"),
        ("a molecular microbiologist at Kelp Bay University.", "Molecular microbiologist at Kelp Bay University"),
        ("an immunologist at the University of Marlow, Tessby, who led the work.", "Immunologist at the University of Marlow, Tessby"),
        ("a curator with the Harbour Museum.", "Curator with the Harbour Museum"),
        ("a programmer for Gizmo Works.", "Programmer for Gizmo Works"),
        ("a pharmacist of the Kelp Bay Health Trust.", "Pharmacist of the Kelp Bay Health Trust"),
    ],
)
def test_a_noun_for_what_a_person_does_at_a_named_body_describes_the_speaker(apposition: str, description: str) -> None:
    assert describe(QUOTE + apposition, "Nils Harro") == description


@pytest.mark.parametrize(
    "apposition",
    [
        "a man at the Harbour Inn.",  # no post
        "a daughter of Senator Ana Lind.",  # a relative
        "a descendant of Ana Lind.",  # "of" a person, no body
        "a physiologist at heart.",  # no body named
        "a physiologist in the old lab.",
        "a number of times.",
    ],
)
def test_a_noun_that_says_no_post_or_no_body_describes_no_one(apposition: str) -> None:
    assert describe(QUOTE + apposition, "Nils Harro") == ""


def test_the_resident_of_a_place_stays_described_as_before() -> None:
    assert describe(QUOTE + "a resident of Tessby.", "Nils Harro") == "Resident of Tessby"


def test_the_provisional_speaker_gets_the_post() -> None:
    text = QUOTE + "a physiologist at Kelp Bay University.\n\nThe lab closed early on Friday."
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{text}', "reports/a.md")
    found = extract_statements(report, Registry([]))
    assert [(a.name, a.description) for a in found.provisional] == [("Nils Harro", "Physiologist at Kelp Bay University")]
