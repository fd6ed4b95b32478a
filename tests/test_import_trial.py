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
