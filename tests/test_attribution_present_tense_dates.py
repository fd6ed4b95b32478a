"""Words a speaker gives the writer in the present tense ("“…,” says Marten.", "Marten says: “…”") are dated by no day of
the text above them: only the clause's own day dates them. Passages written for these tests, with their near misses."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements

SETTLEMENT = "On June 15, 2024, Ada Brem signed a settlement with the Harbour Board. The cheque was signed by Ivo Marten, a treasurer. "


def dated(body: str) -> list[tuple[str, str | None]]:
    """(speaker, the date the text gives the statement, None where it gives none) for each statement of the body."""
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    return [(registry[s.speaker].name, s.date.isoformat() if s.date and s.date_basis != "report" else None) for s in found.statements]


def test_says_after_the_quote_takes_no_day_from_the_sentences_before():
    assert dated(SETTLEMENT + "“I have no idea how my name ended up on the cheque,” says Marten.") == [("Ivo Marten", None)]
    assert dated(SETTLEMENT + "“I have no idea how my name ended up on the cheque,” Marten says.") == [("Ivo Marten", None)]


def test_says_before_the_quote_takes_no_day_from_the_sentences_before():
    assert dated(SETTLEMENT + "Marten says: “I have no idea how my name ended up on the cheque.”") == [("Ivo Marten", None)]


def test_the_past_tense_or_a_day_in_the_clause_still_dates_the_words():
    assert dated(SETTLEMENT + "“I have no idea how my name ended up on the cheque,” said Marten.") == [("Ivo Marten", "2024-06-15")]
    assert dated(SETTLEMENT + "“I have no idea how it ended up there,” Marten says on Monday.") == [("Ivo Marten", "2026-02-16")]


MEETING = "On June 15, 2024, the Harbour Board met in Brenholt. Ada Brem stood up and spoke. "


def test_says_reporting_a_past_act_of_saying_dates_the_words_as_that_act():
    # "she says she told them": the words were said at the meeting, not to the writer
    assert dated(MEETING + "“The levy will fail,” she says she told them.") == [("Ada Brem", "2024-06-15")]
    assert dated(MEETING + "“The levy will fail,” Brem says she warned the board that day.") == [("Ada Brem", "2024-06-15")]
    # the clause's own day, read in the report's year
    assert dated("Ivo Marten chairs the board. “We are closing the yard,” he says he told the board on May 4.") == [("Ivo Marten", "2025-05-04")]


def test_says_reporting_a_past_act_in_a_month_leaves_the_words_undated():
    # near miss: a month with no day dates nothing, as "she told them in March 2019" does
    assert dated(MEETING + "“The levy will fail,” she says she told them in March 2019.") == [("Ada Brem", None)]


def test_says_with_a_past_time_that_is_no_act_of_saying_still_takes_no_day():
    # near misses: said to the writer, whatever past the clause tells of
    assert dated(MEETING + "“The levy will fail,” she says, five years after she left the board in 2019.") == [("Ada Brem", None)]
    assert dated(MEETING + "“The levy will fail,” she says she is sure.") == [("Ada Brem", None)]
    assert dated(MEETING + "“The levy will fail,” she says.") == [("Ada Brem", None)]


FIRED = "On June 15, 2024, Ada Brem was fired. Today she runs a bakery in Hale. "


def test_says_reporting_a_past_act_at_a_time_of_its_own_takes_no_day_from_the_paragraph():
    # the act reported has its own time, no day: not the day the paragraph gives something else
    assert dated(FIRED + "“The levy will fail,” she says she told the board years before.") == [("Ada Brem", None)]
    assert dated(FIRED + "“I love this town,” she says she wrote in her diary as a girl.") == [("Ada Brem", None)]
    assert dated(FIRED + "“Never trust a board,” she says she told her children for years.") == [("Ada Brem", None)]
    assert dated(FIRED + "“The levy will fail,” she says she told them long ago.") == [("Ada Brem", None)]
    assert dated(FIRED + "“The levy will fail,” she says she told the board once.") == [("Ada Brem", None)]


def test_says_reporting_a_past_act_on_a_day_or_at_the_paragraphs_time_still_dates_it():
    # near misses: "that day", "at the time", "at the meeting" are the paragraph's occasion; a day of the clause's own
    assert dated(MEETING + "“The levy will fail,” she says she told them at the time.") == [("Ada Brem", "2024-06-15")]
    assert dated(MEETING + "“The levy will fail,” she says she told them at the meeting.") == [("Ada Brem", "2024-06-15")]
    assert dated(MEETING + "“The levy will fail,” she says she told them once more.") == [("Ada Brem", "2024-06-15")]
    assert dated(MEETING + "“The levy will fail,” she says she told them before the vote.") == [("Ada Brem", "2024-06-15")]
