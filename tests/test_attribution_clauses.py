"""Clause-level rules of attribution read without a registry: what a sentence's words around a quotation say about who
speaks. Passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, s.quote) for s in found.statements]


def test_depicted_as_is_a_characterisation_not_a_picture():
    body = (
        "The Harbour Gazette ran the story on Monday.\n\n"
        "Tomas Adler states that the “blockade is caused by the sanctions” and paints the port as a victim, which is depicted as "
        "a brave city."
    )
    assert attributed(body) == [("Tomas Adler", "blockade is caused by the sanctions")]


def test_a_cartoon_that_depicts_a_figure_still_speaks_for_nobody_named():
    body = "The Harbour Gazette published a cartoon on Monday.\n\nThe cartoon depicts Tomas Adler saying “the port is ours.” Readers laughed."
    assert ("Tomas Adler", "the port is ours.") not in attributed(body)
