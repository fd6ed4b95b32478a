"""A release's paragraph opened with a quotation mark that is never closed, between the writer's paragraphs, is
running text (the mark's close was lost), never a block quote; an excerpt under a lead-in stays one."""

from __future__ import annotations

from dossier.importer import import_text

HEAD = "Harbour Guild answers port minister\n\n2019-03-04\n\nThe Harbour Guild says it is alarmed by remarks made by the Minister for Ports.\n\n"
CUE = '"This is a reckless attack on the pilots," says the President of the Harbour Guild, Mr Ivo Brandt.\n\n'


def _blocks(result) -> list[str]:
    return [line for line in result.markdown.split("\n") if line.startswith(">")]


def test_an_open_quotation_between_the_writers_paragraphs_is_running_text():
    text = (
        HEAD + CUE + "The pilots are acting responsibly in keeping the channel open.\n\n"
        "“Ms Varga should also keep in mind the port's safety obligations when she cuts the roster.\n\n"
        "It is doubtful whether the proposed roster meets the harbour code.\n"
    )
    result = import_text(text, "guild.txt")
    assert not _blocks(result) and "\n“Ms Varga should also keep in mind" in result.markdown


def test_near_miss_an_excerpt_under_a_lead_in_stays_a_block_quote():
    text = (
        HEAD + CUE + "The guild's letter to the minister reads:\n\n"
        "“The roster you propose leaves the channel without a pilot on most nights of the week.\n\n"
        "It is doubtful whether the proposed roster meets the harbour code.\n"
    )
    assert _blocks(import_text(text, "guild.txt"))


def test_near_miss_a_closed_quotation_paragraph_is_unchanged():
    text = (
        HEAD + CUE + "The pilots are acting responsibly in keeping the channel open.\n\n"
        "“Ms Varga should also keep in mind the port's safety obligations when she cuts the roster.”\n\n"
        "It is doubtful whether the proposed roster meets the harbour code.\n"
    )
    before = import_text(text, "guild.txt")
    assert not any("never closed" in line for line in before.inferred)
