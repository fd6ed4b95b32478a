"""A paper leads into a block quotation with a clause that cites its source by author and date before its verb of
saying ('As Mary Major (2002:1) recently observed,', 'As Roe (1998, 12) notes:'), the citation there and not after the
block: the paragraph under it is the block quote, in a PDF's text too. Near
misses: a lead-in with no citation and no closing citation, a clause ending on its own stop. Passages of our own."""

from __future__ import annotations

import textwrap

import pytest
from dossier.importer import import_text

OPENING = (
    "The harbour council has spoken often about the ferry crews and their families over the last ten years, and its "
    "members have visited the quays in every season of the year to see the crews at work."
)
QUOTATION = (
    "For many outsiders, the decline of the western ports in the last decade has been hard to understand. Since then, "
    "berths and wages have declined; and more and more aid is requested from the capital."
)
CLOSING = "The board did not answer the council for a year, and the crews stayed ashore through the spring."


def body_lines(lead_in: str, page_break: str = "") -> list[str]:
    wrapped = "\n".join(textwrap.wrap(QUOTATION, 80))
    text = f"Ferries and Faith\n\nBy Jane Roe\n\nMarch 2004\n\n{lead_in}\n\n{wrapped}\n\n{page_break}{CLOSING}\n"
    markdown = import_text(text, "paper.txt").markdown
    return [line for line in markdown.split("+++")[2].splitlines() if line.strip()]


@pytest.mark.parametrize("page_break", ["", "\f"])
@pytest.mark.parametrize("clause", ["As Mary Major (2002:1) recently observed,", "As Major (2002, 14) argued,", "As Roe (1998, 12) notes:"])
def test_a_lead_in_citing_its_source_before_the_verb_sets_off_the_block_quote(clause: str, page_break: str) -> None:
    lines = body_lines(OPENING + " " + clause, page_break)
    assert any(line.startswith("> For many outsiders") for line in lines), lines


@pytest.mark.parametrize(
    "clause",
    [
        "As the councillors recently observed,",  # no citation, and none closing the paragraph under it
        "As Mary Major (2002:1) recently observed, the ports declined.",  # the clause's own sentence ends it
    ],
)
def test_near_misses_stay_paragraphs(clause: str) -> None:
    lines = body_lines(OPENING + " " + clause, "\f")
    assert not any(line.startswith(">") for line in lines), lines


@pytest.mark.parametrize("clause", ["Most of the western ports, as Roe (1998, 12) argued,", "The western ports, Roe (1998) noted,"])
def test_near_miss_a_sentence_going_on_in_lower_case_under_a_blank_line_stays_a_paragraph(clause: str) -> None:
    text = (
        f"Ferries and Faith\n\nBy Jane Roe\n\nMarch 2004\n\n{OPENING} {clause}\n\n"
        f"were closed by the crown in the spring of that year, and the crews moved inland to the mills.\n\n{CLOSING}\n"
    )
    lines = [line for line in import_text(text, "paper.txt").markdown.split("+++")[2].splitlines() if line.strip()]
    assert not any(line.startswith(">") for line in lines), lines
