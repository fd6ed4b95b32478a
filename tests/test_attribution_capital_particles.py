"""Particles in capitals inside a surname in capitals ("Ursula VON DER LEYEN", "Anna DE SOUSA", EU institutions' and
French-language papers' style): the engine's name chunk keeps them after a given name in mixed case, no body's letters
(names.py), and the name is shown in title case (capital_surnames.py). Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.attribution.names import head_of
from dossier.document import read_report
from dossier.statements import extract_statements


def _speakers(body: str) -> list[tuple[str, str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, registry[s.speaker].description, s.quote) for s in found.statements]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ursula VON DER MARK said: “The ports will be paid first.”", "Ursula von der Mark"),
        ("Pieter VAN DEN HOLT said: “The ports will be paid first.”", "Pieter van den Holt"),
        ("Anna DE SOUZEL said: “The ports will be paid first.”", "Anna de Souzel"),
        ("Anna DE LA ROSA said: “The ports will be paid first.”", "Anna de la Rosa"),
        ("“The ports will be paid first,” said Ursula VON DER MARK.", "Ursula von der Mark"),
    ],
)
def test_the_engine_keeps_capital_particles_in_the_name(body: str, speaker: str) -> None:
    # names.py: the particles in capitals before a surname in capitals, after a given name, are the name's, no body's letters
    assert [name for name, _, _ in _speakers(body)] == [speaker]


def test_a_later_mention_by_the_particled_surname_is_hers():
    body = "Ursula VON DER MARK said: “The ports will be paid first.”\n\nLater VON DER MARK added: “The money comes in one sum.”"
    assert [name for name, _, _ in _speakers(body)] == ["Ursula von der Mark", "Ursula von der Mark"]


def test_capital_particles_near_misses():
    # no given name in mixed case before the particle: the capitals before the surname stay the role's, as before
    head = head_of("Envoy to the UN DE SOUZEL")
    assert head is not None and head.name == "SOUZEL"
    head = head_of("Ambassador to NATO Anna Roe")
    assert head is not None and head.name == "Anna Roe"
    head = head_of("Ursula VON DER MARK")
    assert head is not None and head.name == "Ursula VON DER MARK"
