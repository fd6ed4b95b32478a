"""A place's tourism or investment board named by an opening word and the place ("Visit Nerland", "Turismo Caldera",
"Tourisme Montclair", "Destination Nerland", "Invest Harbourland") is an organisation, not a person whose surname and
alias would be the place: a later "Caldera said" is the place's, not the board's."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def speakers(body: str) -> list[tuple[str, str, list[str], str]]:
    report = read_report(f'+++\ntitle = "Harbour towns"\ndate = 2019-03-04\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry).statements
    return [(registry[s.speaker].name, registry[s.speaker].kind, registry[s.speaker].aliases, s.quote) for s in found]


@pytest.mark.parametrize("board", ["Turismo Caldera", "Tourisme Montclair", "Visit Nerland", "Destination Nerland", "Invest Harbourland"])
def test_a_place_board_is_an_organisation_without_the_place_as_alias(board: str) -> None:
    body = f"The town is a favourite of visitors. “A lively harbour with a small-town feel,” according to {board}."
    assert speakers(body) == [(board, "organization", [], "A lively harbour with a small-town feel,")]


def test_near_miss_a_title_after_the_opening_word_stays_a_person() -> None:
    body = "“The season starts early,” Tourism Minister Ada Reyes said."
    assert speakers(body) == [("Ada Reyes", "person", ["Reyes"], "The season starts early,")]
