"""The passages of the attribution rule tests read as a report with no registry: who each quotation is credited to."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    """(speaker name, quotation) for each statement found in the body, read after an intro and a first paragraph."""
    return [(name, quote) for name, _kind, quote in attributed_with_kinds(body)]


def attributed_with_kinds(body: str) -> list[tuple[str, str, str]]:
    """(speaker name, the speaker's kind, quotation) for each statement found in the body, read as `attributed` reads it."""
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, registry[s.speaker].kind, s.quote) for s in found.statements]
