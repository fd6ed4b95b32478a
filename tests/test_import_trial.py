"""Plain-text and Markdown imports: rules found by importing real saved pages as a new user would."""

from __future__ import annotations

import datetime as dt

from dossier.document import read_report
from dossier.importer import import_text

LONG = "The minister spoke at length about the border, the road to Armenia and the talks with Baku that followed the exercise."

ENVELOPE = """Title: SQLite-on-the-Server Is Misunderstood: Better At Hyper-Scale Than Micro-Scale

URL Source: https://rivet.gg/blog/2025-02-16-sqlite-on-the-server-is-misunderstood

Published Time: 2025-02-16T00:00:00.000Z

Markdown Content:
{first}
{body}
"""


def test_a_reader_services_envelope_is_the_pages_metadata():
    """A page saved as Markdown through r.jina.ai (as rivet.gg's post of 16 February 2025 is stored on GitHub): its
    "Title:" line was the title with "Title: " in it, "Published Time:" and "Markdown Content:" were sections."""
    result = import_text(ENVELOPE.format(first="", body=f"{LONG}\n\n{LONG} Again."), "rivet.md")
    assert 'title = "SQLite-on-the-Server Is Misunderstood: Better At Hyper-Scale Than Micro-Scale"' in result.markdown
    assert "date = 2025-02-16" in result.markdown
    assert "Published Time" not in result.markdown and "Markdown Content" not in result.markdown and "URL Source" not in result.markdown
    report = read_report(result.markdown, "r.md")
    assert report.title.startswith("SQLite-on-the-Server") and report.date == dt.date(2025, 2, 16)
    # the headline repeated as the content's first heading is not a section
    headed = import_text(
        ENVELOPE.format(first="# SQLite-on-the-Server Is Misunderstood: Better At Hyper-Scale Than Micro-Scale\n", body=LONG), "r.md"
    )
    assert "\n# " not in headed.markdown and "\n## SQLite" not in headed.markdown


def test_a_title_line_without_the_envelope_is_read_as_before():
    """Near miss: an export whose first line happens to start "Title:" but has no "Markdown Content:" line."""
    result = import_text(f"Title: A Report on the Border\n\nBy Jane Roe\n\nDecember 9, 2021\n\n{LONG}\n", "r.txt")
    assert 'title = "Title: A Report on the Border"' in result.markdown and "date = 2021-12-09" in result.markdown
    assert not [line for line in result.inferred if "envelope" in line]


def test_a_print_edition_note_is_furniture():
    """nytimes.com: "A version of this article appears in print on January 13, 2017, on Page A7 of the New York edition
    with the headline: …" was the report's last paragraph."""
    from dossier.savedpage import read_saved_page

    note = "A version of this article appears in print on January 13, 2017, on Page A7 of the New York edition with the headline: Sanctions on Sudan Will Be Lifted."
    text = import_text(f"A Report\n\nBy Jane Roe\n\nJanuary 13, 2017\n\n{LONG}\n\n{note}\n", "r.txt")
    assert note not in text.markdown and text.dropped["print edition note"] == [note]
    page = f"<html><body><article><h1>T</h1><p>{LONG}</p><div class='story-meta'><p class='story-print-citation'>{note}</p></div></article></body></html>"
    assert read_saved_page(page.encode(), "p.html").dropped["print edition note"] == [note[:79] + "…"]
    # near miss: a sentence of the text about a print edition stays
    said = "The paper said a version of this article appeared in print, in its weekend edition, before the ministry denied it."
    assert said in import_text(f"A Report\n\nBy Jane Roe\n\nJanuary 13, 2017\n\n{LONG}\n\n{said}\n", "r.txt").markdown
