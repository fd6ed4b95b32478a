"""A statement's occasion comes from the narration around it, never from the words of an earlier quotation in its
paragraph: "“… hear the television better …,” says Okafor. “…”" names no TV interview."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def occasions(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    found = extract_statements(report, Registry([]))
    return [(s.quote, s.occasion) for s in found.statements]


def test_a_broadcast_word_inside_an_earlier_quotation_is_no_occasion() -> None:
    found = occasions(
        "Led by Tomas Okafor, the team studies how people read lips.\n\n"
        "“Older friends say they hear the television better with their glasses on,” says Okafor. “What we see matters.”"
    )
    assert found == [("Older friends say they hear the television better with their glasses on,", ""), ("What we see matters.", "")]


def test_near_miss_a_broadcast_named_in_the_narration_stays_the_occasion() -> None:
    found = occasions(
        "Led by Tomas Okafor, the team studies how people read lips.\n\n"
        "“Older friends hear better with their glasses on,” Okafor said in a television interview. “What we see matters.”"
    )
    assert [occasion for _, occasion in found][1] == "TV interview"
