"""A report exported as reStructuredText: titles, footnotes, roles and block quotes read as the Markdown export's are."""

from __future__ import annotations

from dossier.importer import import_text

RST = """\
.. a comment the export left in

The Lock Keepers' Inquiry
=========================

The northern locks
------------------

4.1. The keeper of the upper gate told the :abbr:`RBA (River Boards Association)` that the timbers had rotted. [7]_
He asked for a survey, which was refused. [8]_

4.2. In her statement, the keeper described the night the gate failed:

  “The water came over the sill before midnight. We opened the sluices but
  it was too late for the barges moored below.
  Nobody has asked me about that night since.”

4.3. The board has not replied to the `inquiry's letter <https://example.org/letter>`_.

.. rubric:: Footnotes

.. [7]    The Association's minutes of
   12 March 2019.
.. [8]    Board minutes, 2 April 2019.
"""


def test_an_rst_export_has_its_notes_headings_and_quotes_without_its_markup() -> None:
    result = import_text(RST, "locks.rst")
    markdown = result.markdown
    assert 'title = "The Lock Keepers\' Inquiry"' in markdown
    assert "## The northern locks" in markdown
    assert "told the RBA (River Boards Association) that the timbers had rotted.[^7]" in markdown
    assert "[^7]: The Association's minutes of 12 March 2019." in markdown
    assert "[^8]: Board minutes, 2 April 2019." in markdown
    assert "> “The water came over the sill" in markdown and "Nobody has asked me about that night since.”" in markdown
    assert "## Nobody" not in markdown
    assert "to the inquiry's letter." in markdown
    for raw in (".. ", "rubric", ":abbr:", "]_", "<https", "a comment the export"):
        assert raw not in markdown
    assert not [p for p in result.problems if "note" in p.message and "missing" not in p.message]


def test_a_plain_text_with_underlined_titles_and_no_directive_is_not_read_as_rst() -> None:
    text = "The Lock Keepers\n================\n\nThe keeper said the gate was old [7]_ and rotten.\n\n  An indented line.\n"
    result = import_text(text, "locks.txt")
    assert 'title = "The Lock Keepers"' in result.markdown and "the title's underline left out" in "\n".join(result.inferred)
    assert "====" not in result.markdown  # the plain text's title underline, no paragraph (and no summary)
    assert not [line for line in result.inferred if "reStructuredText" in line]


def test_notes_that_start_past_one_are_one_problem_line() -> None:
    result = import_text(RST, "locks.rst")
    assert [p.message for p in result.problems if "missing" in p.message] == ["notes 1–6 are missing: the text's notes start at 7 (an excerpt?)"]


def test_auto_numbered_footnotes_are_numbered_in_the_definitions_order() -> None:
    text = RST.replace("[7]_", "[#keeper]_").replace("[8]_", "[#]_").replace(".. [7]", ".. [#keeper]").replace(".. [8]", ".. [#]")
    markdown = import_text(text, "locks.rst").markdown
    assert "had rotted.[^1]" in markdown and "was refused.[^2]" in markdown
    assert "[^1]: The Association's minutes of 12 March 2019." in markdown
    assert "[^2]: Board minutes, 2 April 2019." in markdown
