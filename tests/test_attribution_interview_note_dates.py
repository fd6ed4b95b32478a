"""A note citing an interview dates the words it cites: a day counted back from the report's ("more evident today", "said
today") weeks after the interview is the writer's, and a quotation credited by a dash-and-name line under it takes the
note marked on that line."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements

NOTE = "\n\n[^4]: Interview with Ana Ruiz, July 2, 2025.\n"
WORDS = "“I do see maturity increasing across the ports.”"


def dated(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2025-10-01\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    return [(str(s.date), s.date_basis) for s in extract_statements(report, Registry([])).statements]


def test_today_in_the_paragraph_does_not_override_the_interview_note() -> None:
    body = f"Maturity is more evident today than in days past. Ana Ruiz, harbour master at Brill, says, {WORDS}[^4]"
    assert dated(body + NOTE) == [("2025-07-02", "note")]


def test_near_misses_no_note_or_a_note_of_the_same_week_keep_today() -> None:
    body = f"Maturity is more evident today than in days past. Ana Ruiz, harbour master at Brill, says, {WORDS}"
    assert dated(body) == [("2025-10-01", "text")]
    recent = NOTE.replace("July 2, 2025", "September 29, 2025")
    assert dated(body + "[^4]" + recent) == [("2025-10-01", "text")]


def test_a_dash_credit_line_carries_the_note_of_the_quotation_above_it() -> None:
    note = "\n\n[^10]: Interview with Ivo Tran, July 1, 2025.\n"
    body = (
        "Leaders shape the strategy.\n\n> “When teams see successful examples in action, it starts to shift the narrative.”\n>\n"
        "> — Ivo Tran, Head of Operations, Brill Bank[^10]\n\nFinally, leadership matters."
    )
    assert dated(body + note) == [("2025-07-01", "note")]
