"""A Markdown export marks its block quotes with '>': a paragraph wholly in quotation marks without that mark (a media
release's spokesperson quoted again at its close) is the text's own paragraph, never made a block quote; the same
paragraph in a plain-text export is still read as one. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.importer import import_text

FRONT = '---\ntitle: "Harbour Board Buys New Tugs"\ndate: 2024-03-02\nauthor: harbour-watch\n---\n\n'
LEAD = "“The board has again handed millions to a firm with a poor record,” said Jane Roe spokesperson for Harbour Watch."
FACT = "The board signed the contract with Tugco on 1 March 2024, a week after the tender closed."
CLOSING = [
    "“Along with its past failures, the firm is also behind on two other contracts. Ratepayers in Harbourton deserve better.”",
    "“The money ought to go to the wharf repairs. At the very least, the board should drop the deal.”",
]


def body(markdown: str) -> str:
    return markdown.split("+++")[2]


def test_quoted_paragraphs_of_a_markdown_release_stay_paragraphs():
    for name in ("release.md", "release.markdown"):
        result = import_text(FRONT + "\n\n".join([LEAD, FACT, *CLOSING]) + "\n", name)
        for paragraph in CLOSING:
            assert f"\n{paragraph}\n" in body(result.markdown), name
            assert f"> {paragraph}" not in result.markdown, name


def test_a_block_quote_the_markdown_marks_stays_one():  # near miss
    quoted = "> " + CLOSING[0]
    result = import_text(FRONT + "\n\n".join([LEAD, FACT, quoted, CLOSING[1]]) + "\n", "release.md")
    assert f"> {CLOSING[0]}" in result.markdown
    assert f"\n{CLOSING[1]}\n" in body(result.markdown) and f"> {CLOSING[1]}" not in result.markdown


def test_a_plain_text_export_still_reads_a_wholly_quoted_paragraph_as_a_block_quote():  # near miss
    text = "Harbour Board Buys New Tugs\n\n" + "\n\n".join([LEAD, FACT, *CLOSING]) + "\n"
    result = import_text(text, "release.txt")
    assert f"> {CLOSING[0]}" in result.markdown
