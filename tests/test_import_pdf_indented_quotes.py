"""A PDF's text that keeps the page's indents: a paragraph set in deeper under 'X said:' is a block quote."""

from __future__ import annotations

import textwrap

from dossier.importer import import_text

SENTENCES = [
    "The harbour board counted more barges at the northern locks this autumn than in any season since the dredging began.",
    "Its engineers expect the count to rise again once the second basin opens to traffic in the new year.",
    "Shippers who moved grain by rail last year have begun to book berths, drawn by a lower tariff.",
    "The quays were built for lighter hulls and a dry summer would leave the deepest channel too shallow.",
    "A convoy of six barges now waits two days at the upper gate before a pilot can take it through.",
    "The board has asked the ministry for money to widen the gate and to deepen the approach channel.",
    "Fishermen fear that the dredged silt will be dumped on the banks where the spring runs are caught.",
    "The grain traders say the locks have become the slowest part of the route from the plains to the coast.",
    "Two of the older lock keepers retired this year and the board has not yet found anyone to replace them.",
    "Each of the lower gates was last rebuilt in the decade after the war, with timber from the hill forests.",
]
QUOTE = (
    "The gates were never meant to take barges of this weight, and every season we patch them we lose a week of "
    "traffic. We need new gates, not new paint.\nNobody has costed that yet."
)


def numbered(number: int, text: str) -> str:
    lines = textwrap.wrap(text, 66)
    return "\n".join([f"{number}.  {lines[0]}", *("    " + line for line in lines[1:])])


def set_in(text: str, indent: int) -> str:
    return "\n".join(" " * indent + line for part in text.split("\n") for line in textwrap.wrap(part, 70))


def report(lead_in: str, indent: int) -> str:
    s = SENTENCES
    parts = [
        "Silt in the northern locks",
        numbered(1, f"{s[0]} {s[1]} {s[2]}"),
        numbered(2, f"{s[3]} {s[4]} {lead_in}"),
        set_in(QUOTE, indent),
        numbered(3, f"{s[5]} {s[6]} {s[7]}"),
        numbered(4, f"{s[8]} {s[9]} {s[0]}"),
        numbered(5, f"{s[1]} {s[2]} {s[3]} {s[4]}"),
        numbered(6, f"{s[5]} {s[6]} {s[7]} {s[8]}"),
    ]
    return "\n\n".join(parts) + "\n"


def quotes(markdown: str) -> list[str]:
    return [line for line in markdown.split("\n") if line.startswith("> ")]


def test_a_paragraph_set_in_under_a_said_clause_is_one_block_quote() -> None:
    markdown = import_text(report("Professor Ada Quill, Harbour College, told us:", 11), "locks.txt").markdown
    assert quotes(markdown) == ["> " + QUOTE.replace("\n", " ")]
    assert "Harbour College, told us:" in markdown


def test_the_same_paragraph_under_a_clause_that_quotes_nobody_or_not_set_in_is_no_quote() -> None:
    assert not quotes(import_text(report("The board's figures for the season were:", 11), "locks.txt").markdown)
    assert not quotes(import_text(report("Professor Ada Quill, Harbour College, said:", 4), "locks.txt").markdown)
