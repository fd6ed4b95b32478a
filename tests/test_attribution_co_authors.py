""" "Marta Lobo and her co-authors found: “…”": a lead author named with her co-authors or collaborators, unnamed, is
the one whose findings are quoted, as "X and her colleagues said" was read."""

from __future__ import annotations

import pytest
from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "Rents"\ndate = 2019-03-04\n+++\n\n{body}', "reports/a.md")
    registry = Registry([])
    return [(registry[s.speaker].name, s.quote) for s in extract_statements(report, registry).statements]


QUOTE = "In practice there is no way to check the previous rent when a new tenant arrives."


@pytest.mark.parametrize(
    "cue",
    [
        "Ilse Varga and her co-authors found:",
        "Ilse Varga and her coauthors found that rent control did not always work:",
        "Ilse Varga and her collaborators wrote:",
    ],
)
def test_a_lead_author_with_unnamed_co_authors_is_credited(cue: str) -> None:
    assert attributed(f"In 2019, rents in Nerano rose 5 percent. {cue} “{QUOTE}”") == [("Ilse Varga", QUOTE)]


def test_near_miss_colleagues_already_read_so() -> None:
    assert attributed(f"In 2019, rents rose. Ilse Varga and her colleagues found: “{QUOTE}”") == [("Ilse Varga", QUOTE)]
