"""A surname in capitals after a given name in mixed case (EU institutions' and French-language papers' style, "Ilse
BRANDT"): the speaker is shown in title case, and the capitals still find her later. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.attribution.capital_surnames import surname_in_title_case, title_cased_surname
from dossier.document import read_report
from dossier.statements import extract_statements


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Greta VOSSBERG", "Greta Vossberg"),
        ("Tadeusz KRÓL", "Tadeusz Król"),
        ("Ewa ZIELIŃSKA", "Ewa Zielińska"),
        ("Anne-Marie DUVAL", "Anne-Marie Duval"),
        ("Greta M. VOSSBERG", "Greta M. Vossberg"),
        ("Clara VAN DER MEER", "Clara van der Meer"),
        ("Paul LE GALL", "Paul Le Gall"),
        ("Sean O'HARE", "Sean O'Hare"),
        ("Tom MCARDLE", "Tom McArdle"),
        ("Lina ROE-HART", "Lina Roe-Hart"),
    ],
)
def test_the_capitals_surname_in_title_case(name: str, shown: str) -> None:
    assert title_cased_surname(name) == shown


@pytest.mark.parametrize(
    "name",
    [
        "Greta Vossberg",  # no capitals
        "VOSSBERG",  # no given name
        "GRETA VOSSBERG",  # all in capitals: a heading's or a label's style, not a surname's
        "Tom McARDLE",  # small letters of its own: as written
        "Ada LI",  # two capitals
        "Harbour AI",  # a body's letters
        "Tomas Riel III",  # a generation
        "Tomas Riel MBE",  # an honour
        "Tomas RIEL MEP",
    ],
)
def test_names_that_stay_as_written(name: str) -> None:
    assert title_cased_surname(name) == name


def test_a_surname_alone():
    assert surname_in_title_case("VAN DER MEER") == "van der Meer"
    assert surname_in_title_case("Meer") == "Meer"


def _speakers(body: str) -> list[tuple[str, str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, registry[s.speaker].description, s.quote) for s in found.statements]


def test_the_speaker_shown_in_title_case_keeps_the_description_and_the_later_capitals():
    body = (
        "Greta VOSSBERG, rapporteur for the ferry file, said: “The ports will be paid first.”\n\nLater, VOSSBERG added: “The money comes in one sum.”"
    )
    assert _speakers(body) == [
        ("Greta Vossberg", "Rapporteur for the ferry file", "The ports will be paid first."),
        ("Greta Vossberg", "Rapporteur for the ferry file", "The money comes in one sum."),
    ]


def test_the_surname_in_title_case_later_is_hers_too():
    body = "Greta VOSSBERG said: “The ports will be paid first.”\n\nVossberg added: “The money comes in one sum.”"
    assert [name for name, _, _ in _speakers(body)] == ["Greta Vossberg", "Greta Vossberg"]


def test_a_name_in_title_case_stays():
    assert [name for name, _, _ in _speakers("Greta Vossberg said: “The ports will be paid first.”")] == ["Greta Vossberg"]


@pytest.mark.parametrize(
    "name",
    [
        "Harbour NGO",  # a body's letters after its name
        "Acme USA",  # a state's letters
        "Harbour Watch USA",
        "Velden AG",  # a legal form
        "Nordbank GMBH",
        "Velden UNITED",  # no given name opens it
        "Harbour Watch NORLAND",
        "Ada LEE",  # three capitals after a given name the lists do not hold: as often a body's letters
    ],
)
def test_a_body_s_letters_or_no_given_name_stay_as_written(name: str) -> None:
    assert title_cased_surname(name) == name


def test_three_capitals_after_a_listed_given_name_are_her_surname():
    assert title_cased_surname("Mary LEE") == "Mary Lee"


def test_a_title_before_the_name_stands_for_a_given_name_no_list_holds():
    assert title_cased_surname("Ilse BRANDT") == "Ilse BRANDT"
    assert title_cased_surname("Ilse BRANDT", titled=True) == "Ilse Brandt"
    assert title_cased_surname("Harbour NGO", titled=True) == "Harbour NGO"


def test_particles_after_particles_in_lower_case():
    assert surname_in_title_case("DE LA CRUZ") == "de la Cruz"
    assert surname_in_title_case("LE PEN") == "Le Pen"


def test_a_body_s_letters_are_kept_in_the_speaker_s_name():
    assert [name for name, _, _ in _speakers("Harbour NGO said: “The ports will be paid first.”")] == ["Harbour NGO"]
    assert [name for name, _, _ in _speakers("Acme USA said: “The ports will be paid first.”")] == ["Acme USA"]
