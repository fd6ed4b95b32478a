"""Soft hyphens (U+00AD, '&shy;'), a page's invisible break points inside words, are dropped on import: left in,
"Wal\u00adcott" was no name the detector read (his words went to the firm named before him), the search index split the
word, and a [[credit]] typed from the page never matched. Passages of our own."""

from __future__ import annotations

from dossier.corrections import quote_key
from dossier.importer import import_text
from saved_page_passages import LONG, body_text, read

STORY = """Harbour tolls go up

Velmar said: “Fares will rise for every crossing from May.”

Dr Hen\u00adrik Vos\u00adkuil, a trans\u00adport economist at the Harbour Institute, said the rise was overdue.

“Fuel has doubled since the last review,” he said.
"""


def test_a_text_loses_its_soft_hyphens_and_says_how_many():
    result = import_text(STORY, "tolls.txt")
    assert "\u00ad" not in result.markdown
    assert "Dr Henrik Voskuil, a transport economist" in result.markdown
    assert any("3 soft hyphens (U+00AD) dropped" in line for line in result.inferred)


def test_a_text_without_soft_hyphens_says_nothing_of_them():
    result = import_text(STORY.replace("\u00ad", ""), "tolls.txt")
    assert not any("soft hyphen" in line for line in result.inferred)


def test_a_saved_page_reads_names_whole_whether_the_soft_hyphen_is_a_character_or_a_reference():
    for shy in ("\u00ad", "&shy;", "&#173;", "&#xAD;"):
        saved = read(f"<article><h1>Harbour tolls go up</h1><p>Dr Hen{shy}rik Vos{shy}kuil said so. {LONG}</p></article>")
        text = body_text(saved)
        assert "Dr Henrik Voskuil said so." in text, shy
        assert "\u00ad" not in text and "&shy" not in text, shy


def test_a_correction_matches_a_quote_holding_soft_hyphens():
    assert quote_key("Fuel has dou\u00adbled since the last re\u00adview") == quote_key("Fuel has doubled since the last review")


def test_a_soft_hyphen_ending_a_line_joins_the_word_s_halves():
    result = import_text("Harbour tolls go up\n\nThe board said the institu\u00ad\ntions of the town stay open all winter.\n", "t.txt")
    assert "institutions of the town" in result.markdown


def test_a_numeric_reference_without_its_semicolon_is_a_soft_hyphen_too():
    text = body_text(read(f"<article><h1>Harbour tolls go up</h1><p>Derek Wal&#173cott said so. {LONG}</p></article>"))
    assert "Derek Walcott said so." in text
