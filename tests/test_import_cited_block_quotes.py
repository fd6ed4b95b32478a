"""A paper sets a long quotation off as a block under a clause closing on its verb of saying with no colon ('…, as the
councillors said', 'He said', 'The statement asked,') and closes it with its author-date citation ('(QCB 2006, 81-2).'):
the clause is no heading, and the paragraph under it is the block quote, in a PDF's text too. Near misses: a quotation
with no citation closing it stays a paragraph; a heading in sentence case asking 'What the minister said' stays a
heading. Passages of our own."""

from __future__ import annotations

import textwrap

from dossier.importer import import_text

OPENING = (
    "The harbour council has spoken often about the ferry crews and their families over the last ten years, and its "
    "members have visited the quays in every season of the year to see the crews at work."
)
QUOTATION = (
    "It is impossible not to be moved by the plight of the crews who are kept ashore through the winter. We must, as a "
    "matter of urgency, find work for them on the new boats. (QCB 2006, 81-2)."
)
CLOSING = "The board did not answer the council for a year, and the crews stayed ashore through the spring."


def wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 80))


def body_lines(lead_in: str, quotation: str = QUOTATION, page_break: str = "") -> list[str]:
    text = f"Ferries and Faith\n\nBy Jane Roe\n\nMarch 2004\n\n{lead_in}\n\n{wrapped(quotation)}\n\n{page_break}{CLOSING}\n"
    markdown = import_text(text, "paper.txt").markdown
    return [line for line in markdown.split("+++")[2].splitlines() if line.strip()]


def test_a_line_closing_on_a_verb_of_saying_is_no_heading_and_the_cited_paragraph_under_it_is_a_block_quote():
    lines = body_lines(wrapped(OPENING) + "\n\nAgain, particular note was made of the crews, as the councillors said")
    assert "Again, particular note was made of the crews, as the councillors said" in lines
    assert any(line.startswith("> It is impossible not to be moved") for line in lines)


def test_a_paragraph_closing_on_he_said_leads_into_the_cited_block_quote():
    for page_break in ("", "\f"):
        lines = body_lines(wrapped(OPENING + " Tomas Wren spoke at the launch of the new pier. He said"), page_break=page_break)
        assert any(line.startswith("> It is impossible not to be moved") for line in lines), lines


def test_a_comma_after_the_verb_and_a_pdfs_colon_lead_in_too():
    lines = body_lines(wrapped(OPENING + " The council issued a statement. The statement asked,"))
    assert any(line.startswith("> It is impossible") for line in lines)
    lines = body_lines(wrapped(OPENING + " Tomas Wren spoke at the launch. He said:"), page_break="\f")
    assert any(line.startswith("> It is impossible") for line in lines), lines


def test_a_quotation_with_no_citation_closing_it_stays_a_paragraph():
    lines = body_lines(wrapped(OPENING + " Tomas Wren spoke at the launch. He said"), QUOTATION.replace(" (QCB 2006, 81-2).", ""))
    assert not any(line.startswith(">") for line in lines)


def test_a_heading_asking_what_someone_said_stays_a_heading():
    text = f"Ferries and Faith\n\nBy Jane Roe\n\nMarch 2004\n\n{wrapped(OPENING)}\n\nWhat the minister said\n\n{wrapped(CLOSING + ' ' + OPENING)}\n"
    assert "## What the minister said" in import_text(text, "paper.txt").markdown


def test_a_heading_ending_on_a_plural_noun_like_a_verb_stays_a_heading():
    for heading in ("Obligations of member states", "Questions and answers", "Field notes"):
        text = f"Ferries and Faith\n\nBy Jane Roe\n\nMarch 2004\n\n{wrapped(OPENING)}\n\n{heading}\n\n{wrapped(CLOSING + ' ' + OPENING)}\n"
        assert f"## {heading}" in import_text(text, "paper.txt").markdown, heading


def test_the_authors_cited_paragraph_under_such_a_heading_is_no_block_quote():
    paragraph = "Each member must report its harbour dues every year, as it has done since the pact came into force (Sund 2004)."
    text = f"Ferries and Faith\n\nBy Jane Roe\n\nMarch 2004\n\n{wrapped(OPENING)}\n\nDuties of member states\n\n{paragraph}\n\n{CLOSING}\n"
    markdown = import_text(text, "paper.txt").markdown
    assert "## Duties of member states" in markdown and "> Each member" not in markdown
