"""A transcript's turn labels, one grammar for the importer (is this text a dialogue) and the engine (whose turns):
passages written for these tests."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements
from dossier.transcript import speaker_named
from dossier.turns import label_at


def attributed(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Hearing"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, s.quote) for s in found.statements]


def test_a_name_the_importer_counts_as_a_turn_is_a_label_the_engine_reads():
    lines = [
        "Ms Stone: We met in March.",
        "DAME ORLA FENWICK: The board knew.",
        "MS. JEAN-PIERRE: Good afternoon.",
        "Sir Ann Cole Pryce-Jones: Thank you.",
        "Dr P J C NEL: Chairperson, I move.",
    ]
    for line in lines:
        label = label_at(line)
        assert speaker_named(line) is not None and label is not None and label.text == speaker_named(line)


def test_the_importer_counts_q_and_an_office_as_the_engine_reads_them_but_no_line_that_names_nobody():
    """ "Source:" names nobody and "Key Facts and Figures of the Year:" is too long for a name; "Ms Stone: “…”" is a quote
    collection's name line, which the engine reads as none either."""
    for line, name in (
        ("Q: And then?", "Q"),
        ("A. The board.", "A"),
        ("The CHAIR (Mr J Doe): Order.", "The CHAIR"),
        ("Counsel to the Inquiry: Yes.", "Counsel to the Inquiry"),
    ):
        label = label_at(line)
        assert speaker_named(line) == name and label is not None and label.text == name
    for line in ("Source: the ministry.", "Key Facts and Figures of the Year: none.", "Ms Stone: “We met in March.”"):
        assert speaker_named(line) is None
    assert label_at("Ms Stone: “We met in March.”") is None


def hearing(witness: str) -> str:
    return "\n\n".join(
        [
            "Lady Marsh: Thank you for coming. Can you tell us when the board first heard of the cracks in the quay wall?",
            f"{witness}: The engineers wrote to the board in March, and the board met about it in April of that year.",
            "Lady Marsh: And what did the board decide to do about the wall at that meeting in April?",
            f"{witness}: It decided to wait for the survey, which came in the autumn, after the storms had done their damage.",
        ]
    )


def test_mx_and_baron_are_courtesy_titles_of_a_turns_label():
    for witness, name in (("Mx Rowe", "Mx Rowe"), ("BARON ASHDOWN", "Baron Ashdown")):
        speakers = [who for who, _ in attributed(hearing(witness))]
        assert speakers == ["Lady Marsh", name, "Lady Marsh", name]


def test_near_miss_a_label_with_no_title_and_no_given_name_names_nobody():
    assert attributed(hearing("Quay Report")) == []


def test_an_interviews_numbered_questions_are_the_interviewers_q():
    """ "Q1:", "Q2-follow-up:", "Q4- follow-up:", "Q7 Follow up:" number the questions; they are Q, never a name. A
    quarter's "Q1 2025:" or a numbered list's "Q1." is no label."""
    for line in ("Q1: Why now?", "Q2-follow-up: And the fees?", "Q4- follow-up: Still?", "Q7 Follow up: When?", "Q10: Last one."):
        label = label_at(line)
        assert label is not None and (label.text, label.kind) == ("Q", "question") and speaker_named(line) == "Q"
    for line in ("Q1 2025: revenue rose.", "Q1. Why now?", "Q3 sales fell: a warning."):
        assert speaker_named(line) is None


def test_an_interview_with_numbered_questions_gives_the_answers_to_the_interviewee():
    intro = "Below is our interview with Dr Hana Sorel, the river authority's chief engineer, held on Monday.\n\n"
    turns = (
        "Q1: What went wrong with the east lock?\n\nA: The gates were older than anyone had recorded.\n\n"
        "Q1-follow-up: Could it have been seen earlier?\n\nA: Only with divers, and we had none that winter.\n\n"
        "Q2: When will it reopen?\n\nA: Not before the spring floods have passed.\n"
    )
    assert {name for name, _ in attributed(intro + turns)} == {"Hana Sorel"}
    assert len(attributed(intro + turns)) == 3
    assert attributed("Notes from the river authority's briefing on Monday.\n\n" + turns) == []  # nobody named: nobody's
