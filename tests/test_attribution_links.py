"""A Markdown link a plain text keeps as text ("“…,” [said](http://…) Jo Fenn") reads as its words: the verb or the
name inside it is what the sentence says. Passages written for these tests, read as a plain text is imported."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.importer import import_text
from dossier.statements import extract_statements


def speakers(text: str) -> list[tuple[str, str]]:
    imported = import_text("A Report\n\nMarch 3, 2024\n\nThe port reopened on Monday.\n\n" + text, "a.txt", "a")
    registry = Registry([])
    found = extract_statements(read_report(imported.markdown, "reports/a.md"), registry)
    return [(registry[s.speaker].name, s.quote) for s in found.statements]


def test_a_link_around_the_verb_after_the_quote_leaves_the_name_after_it():
    found = speakers("“We are back to full capacity at last,” [said](http://example.org/a) Jo Fenn, the harbour master.")
    assert found == [("Jo Fenn", "We are back to full capacity at last,")]


def test_a_link_around_the_name_or_the_verb_before_the_quote():
    found = speakers(
        "[Olga Brandt](http://example.org/b) said: “The strike cost us two weeks of trade.”\n\n"
        "Tom Hale [told](https://example.org/c) reporters: “Nobody won this one in the end.”"
    )
    assert found == [("Olga Brandt", "The strike cost us two weeks of trade."), ("Tom Hale", "Nobody won this one in the end.")]


def test_a_link_to_a_document_before_a_quote_names_no_one():
    found = speakers("See [the full statement](http://example.org/s). “Nobody won this one in the end,” Tom Hale said.")
    assert found == [("Tom Hale", "Nobody won this one in the end,")]
