"""A story sent as an e-mail digest or copied as plain text: hard-wrapped lines, an e-mail's header, block quotes
whose marks the copy lost. Passages of our own, each with its near miss."""

from __future__ import annotations

import textwrap

from dossier.importer import import_text

HEAD = "Canal tolls rise at the Dunmere locks\n\nBy Petra Lind\n\n9 May 2022\n\n"


def body(markdown: str) -> str:
    return markdown.split("+++", 2)[2]


def wrap(*paragraphs: str, width: int = 68) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


# --- 1. a block quote that lost its marks in a plain-text copy


def test_the_paragraph_under_a_clause_leading_into_a_quotation_is_a_block_quote():
    text = HEAD + (
        "The lock keepers asked for a hearing before the vote.\n\n"
        "Their foreman, Aldo Brenn, told us:\n\n"
        "Nobody asked us about the new hours. We work the gates at night and nobody thought to ask.\n\n"
        "The council will meet again in June.\n"
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert "> Nobody asked us about the new hours." in out
    assert "> The council will meet again in June." not in out  # one paragraph, no more


def test_a_list_lead_in_a_quoted_paragraph_and_a_heading_lead_no_block_quote():
    text = HEAD + (
        "The lock keepers asked for a hearing before the vote.\n\n"
        "The council said the following:\n\n"
        "Tolls rise by a tenth for boats longer than twenty metres, from the first of July.\n\n"
        "Their foreman, Aldo Brenn, said:\n\n"
        "“Nobody asked us about the new hours,” he added after the meeting ended.\n"
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert ">" not in out


def test_according_to_a_name_leads_into_a_quotation():
    text = HEAD + "The lock keepers asked for a hearing before the vote. According to Aldo Brenn:\n\nThe hours are new to us all.\n"
    assert "> The hours are new to us all." in body(import_text(text, "tolls.txt").markdown)


def test_a_cue_verb_with_a_clause_after_it_leads_into_a_quotation_and_a_question_does_not():
    text = HEAD + (
        "Aldo Brenn, who has kept the gates for thirty years, told us he worries about the night shifts, which the trust wants to cut:\n\n"
        "The gates do not close themselves, and a barge in the dark is no joke.\n\n"
        "We asked whether the trust had consulted the keepers before the vote on the new hours:\n\n"
        "The trust says it wrote to every keeper in March and heard back from none of them.\n"
    )
    out = body(import_text(text, "tolls.txt").markdown)
    assert "> The gates do not close themselves" in out and "> The trust says" not in out
