"""A Markdown export's bold and italics are kept in the report's text (paragraphs, block quotes, list items).

Blogs, CMS exports and converters set a law's or a paper's name in italics and a word in bold, inside block quotes as
elsewhere (`> The *Quay Act* is **final**, she wrote.`): the report shows them so. Headings, the title, the summary and
the engine's words stay plain; a mark the export escaped (`\\*`) or one inside a word (`snake_case`) is no emphasis.
"""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.importer import import_text
from dossier.statements import extract_statements

FRONT = '---\ntitle: "Quay Levy Review"\nauthor: Tomas Brell\ndate: 2019-05-02\n---\n\n'


def body(markdown: str) -> str:
    return markdown.split("+++", 2)[2]


def test_italics_and_bold_inside_a_block_quote_are_kept():
    text = FRONT + "Members met on Monday.\n\n> The *Quay Act* is **final**, she wrote.\n"
    assert "> The *Quay Act* is **final**, she wrote.\n" in body(import_text(text, "levy.md").markdown)


def test_underscores_and_nested_marks_are_written_as_asterisks():
    text = FRONT + "Members met.\n\n> We will read __every clause of the *Quay Act*__ and the _port fees_ too.\n"
    result = body(import_text(text, "levy.md").markdown)
    assert "> We will read **every clause of the *Quay Act*** and the *port fees* too.\n" in result


def test_paragraphs_and_list_items_keep_theirs_and_a_phrase_set_twice_is_set_twice():
    text = FRONT + (
        "The *Quay Act* passed, and the *Quay Act* will be read again in *May*.\n\n"
        "Mayor Ilse Moor said this *is* the last vote.\n\n"
        "- the *harbour* dues\n- the **pier** rents\n"
    )
    result = body(import_text(text, "levy.md").markdown)
    assert "The *Quay Act* passed, and the *Quay Act* will be read again in *May*." in result
    assert "Mayor Ilse Moor said this *is* the last vote." in result  # the word, never the 'is' inside 'this'
    assert "- the *harbour* dues\n- the **pier** rents" in result


def test_escaped_or_intraword_marks_headings_and_summary_stay_plain():
    text = FRONT + "## The *new* levy\n\nMembers voted \\*twice\\* on the *Quay Act*, as snake_case_name says.\n"
    result = import_text(text, "levy.md").markdown
    assert "## The new levy" in result
    assert 'summary = "Members voted *twice* on the Quay Act' in result
    assert "Members voted \\*twice\\* on the *Quay Act*, as snake\\_case\\_name says." in result


def test_the_engine_reads_the_quotation_in_italics_with_its_words():
    text = FRONT + "Members met on Monday.\n\n“The *Quay Act* is **final**,” said Ilse Moor, the harbour master.\n"
    report = read_report(import_text(text, "levy.md").markdown, "reports/levy.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    assert [(registry[s.speaker].name, s.quote) for s in found.statements] == [("Ilse Moor", "The Quay Act is final,")]
