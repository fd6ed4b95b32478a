"""A plain-text export set with TeX's quotation marks, ``…'' (a LaTeX source's, a parliament's record's): read as “…”.
Passages of our own, each with a near miss."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.statements import extract_statements
from imported import PROSE, body_text, built


def page(paragraph: str) -> str:
    body = "\n\n".join(f"{PROSE}, and the harbour board met again on day {n}." for n in range(1, 4))
    return f"Harbour board rejects fee motion\n\n{body}\n\n{paragraph}\n"


def test_tex_quotes_are_read_as_one_quotation_even_over_a_wrapped_line():
    result, report = built(page("Ms Lerato Vane told the board: ``The fees have failed\nthe villages'', and that nobody had been consulted."))
    assert "“The fees have failed the villages”, and that nobody" in body_text(report) and "``" not in body_text(report)
    assert any("TeX-style" in line for line in result.inferred)
    registry = Registry([])
    found = extract_statements(report, registry).statements
    assert [(registry[s.speaker].name, s.quote) for s in found] == [("Lerato Vane", "The fees have failed the villages")]


def test_near_miss_apostrophes_a_lone_pair_of_them_and_a_quote_across_paragraphs_stay():
    _, report = built(page("The board's 12'' pipes were laid in ``1911.\n\nThe villagers' fees'' were not raised."))
    text = body_text(report)
    assert "The board's 12'' pipes were laid in ``1911." in text and "The villagers' fees'' were not raised." in text
