"""A select-all copy that breaks a sentence around the link opening it ('In' / 'a letter to the Harbour Board,' / 'Jane
Roe said the pier must close.'): the three lines are one paragraph, the clause the link ends on a comma going on in the
line under it, whatever its first letter. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built

HEAD = "Harbour chief quits\nBy Sam Ode\nDecember 16, 2016\nJane Roe is leaving the board after ten years, the board said on Friday.\n"


def paragraphs(report) -> list[str]:
    return [p.text for s in report.sections for p in s.paragraphs]


def test_a_sentence_broken_around_its_opening_link_is_one_paragraph():
    for lines, whole in (
        (
            "In\na letter to the Harbour Board,\nJane Roe said the pier must close.\n",
            "In a letter to the Harbour Board, Jane Roe said the pier must close.",
        ),
        (
            "In\nan interview with Tom Aster,\nJane Roe said she believes the town has lost its way.\n",
            "In an interview with Tom Aster, Jane Roe said she believes the town has lost its way.",
        ),
    ):
        _, report = built(HEAD + lines + "The board meets again in March to choose her successor.\n")
        assert whole in paragraphs(report), lines


def test_a_clause_on_a_comma_over_a_heading_or_a_list_stays_apart():
    """Near misses: the line under the joined clause is a heading, a list's item or a byline: no sentence going on."""
    for after in ("Background\nThe board was founded in 1921 and has met every month since then.\n", "- the pier\n- the quay\n"):
        _, report = built(HEAD + "In\na letter to the Harbour Board,\n" + after)
        assert not any("Board, Background" in p or "Board, - the" in p or "Board, the pier" in p for p in paragraphs(report)), after
