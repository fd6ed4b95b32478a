"""A Markdown export's backslash escapes and underscore emphasis read as the reader of the export sees them.

Converters (Pandoc, Turndown, a blog's "export as Markdown", a Medium exporter) escape every character that Markdown
might read as markup (`5\\-4`, `\\(the\\)`, `61\\.5`) and set italics with underscores (`> _…_`): the report shows the
characters and the words, never the backslashes or the underscores, and the engine reads the same words.
"""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.importer import import_text
from dossier.statements import extract_statements

FRONT = '---\ntitle: "Quay Levy Review"\nauthor: Tomas Brell\ndate: 2019-05-02\n---\n\n'


def body(markdown: str) -> str:
    return markdown.split("+++", 2)[2]


def test_escaped_punctuation_reads_as_the_character_in_text_headings_and_summary():
    text = FRONT + (
        "## The vote \\(first reading\\)\n\n"
        "Members backed the levy by 12\\-3 \\(two abstained\\)\\. The rate rises to 4\\.5 per cent on 1 June\\.\n\n"
        "Harbour fees will fall by a tenth\\! Nobody expected it\\.\n"
    )
    result = import_text(text, "levy.md")
    assert "## The vote (first reading)" in result.markdown
    assert "Members backed the levy by 12-3 (two abstained). The rate rises to 4.5 per cent on 1 June." in result.markdown
    assert "Harbour fees will fall by a tenth! Nobody expected it." in result.markdown
    assert 'summary = "Members backed the levy by 12-3 (two abstained).' in result.markdown
    assert "\\\\" not in result.markdown


def test_underscore_emphasis_around_a_block_quote_is_no_text():
    """The underscores are no text; the italics they set are kept (tests/test_import_markdown_emphasis.py)."""
    text = FRONT + "The harbour master wrote to members on Monday.\n\n> _We have waited ten years for this\\. It is overdue\\._ \n"
    result = body(import_text(text, "levy.md").markdown)
    assert "> *We have waited ten years for this. It is overdue.*\n" in result
    assert "_" not in result


def test_a_quotation_in_escaped_italics_is_credited_with_its_words():
    text = FRONT + (
        "Members met on Monday\\.\n\n_“The levy is long overdue\\. We have waited ten years for it\\,” said Ilse Moor, the harbour master\\._\n"
    )
    report = read_report(import_text(text, "levy.md").markdown, "reports/levy.md")
    registry = Registry([])
    found = extract_statements(report, registry)
    assert [(registry[s.speaker].name, s.quote) for s in found.statements] == [
        ("Ilse Moor", "The levy is long overdue. We have waited ten years for it,")
    ]


def test_escaped_marks_are_the_characters_never_markup():
    """'\\*' and '\\_' are an asterisk and an underscore, not emphasis; '\\#' opening a line is no heading."""
    text = FRONT + "Members voted \\*twice\\* on the levy and on \\_both\\_ readings\\.\n\n\\# Not a heading either\\.\n"
    result = import_text(text, "levy.md").markdown
    assert "Members voted \\*twice\\* on the levy and on \\_both\\_ readings." in result  # Dossier's Markdown: shown as typed
    assert "\\# Not a heading either." in result and "## Not a heading" not in result


def test_near_miss_underscores_inside_words_stay():
    """A file name or a code name with underscores keeps them: CommonMark reads no emphasis inside a word."""
    text = FRONT + "The board filed quay_levy_2019.pdf and the field levy_rate_new on Monday\\.\n"
    result = import_text(text, "levy.md").markdown
    assert "quay\\_levy\\_2019.pdf" in result and "levy\\_rate\\_new" in result


def test_near_miss_a_backslash_before_a_letter_stays_text():
    """Only a backslash before punctuation is an escape: a path's backslashes are the text's own."""
    text = FRONT + "The minutes are kept in C:\\Harbour\\minutes on the clerk's machine.\n"
    assert "C:\\\\Harbour\\\\minutes" in import_text(text, "levy.md").markdown  # written escaped: shown as one backslash


def test_escaped_brackets_in_an_export_with_its_own_notes_stay_text():
    text = FRONT + "Fares rise by a tenth \\[1\\] as the board said.[^1]\n\n[^1]: Board minutes, 3 January 2020\\.\n"
    result = body(import_text(text, "levy.md").markdown)
    assert "Fares rise by a tenth [1] as the board said.[^1]" in result
    assert "[^1]: Board minutes, 3 January 2020." in result


def test_a_backslash_closing_a_line_is_a_line_break_not_text():
    text = FRONT + "The harbour master wrote on Monday\\\nthat the levy was overdue.\n"
    assert "The harbour master wrote on Monday that the levy was overdue." in import_text(text, "levy.md").markdown


def test_a_plain_text_copied_from_a_converters_markdown_reads_its_escapes():
    """A scraper's Markdown saved as text: '\\(' and '\\!' are the characters where every backslash is such an escape."""
    text = (
        "Harbour levy passes\n\nMarch 3, 2016\n\n"
        "The deputy chairman, Piet Vander \\(Harbour Party\\), said the vote was close\\.\n\n"
        '"We are going to lose the east pier\\!" he wrote.\n'
    )
    result = body(import_text(text, "levy.txt").markdown)
    assert "Piet Vander (Harbour Party), said the vote was close." in result
    assert '"We are going to lose the east pier!" he wrote.' in result


def test_near_miss_a_plain_text_with_a_path_keeps_every_backslash():
    """A backslash before a letter (a path, a regex) means the text's backslashes are its own: none is read as an escape."""
    text = "Harbour levy files\n\nMarch 3, 2016\n\nThe clerk keeps the minutes in C:\\Harbour\\minutes \\(the old machine\\).\n"
    result = body(import_text(text, "levy.txt").markdown)
    assert "C:\\\\Harbour\\\\minutes \\\\(the old machine\\\\)." in result
