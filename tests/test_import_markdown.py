"""A report exported as Markdown (Jekyll, Hugo, Ghost, Substack): front matter, '#' headings, images, note lists."""

from __future__ import annotations

import re

from dossier.importer import import_text
from dossier.markdownexport import read_markdown_export

EXPORT = """---
title: 'Grain Corridors: What the Black Sea Deal Left Out'
date: 2025-03-04T08:00:00+00:00
authors:
  - name: Jane Roe
  - name: John Doe
tags: [shipping, Black Sea]
description: The corridor kept ports open, but at a price.
---

The corridor opened in the summer and carried more grain than its critics expected [1].

## How the corridor worked

Ships were inspected at Istanbul before sailing on [2,3].

![A bulk carrier at Odesa](https://example.org/carrier.jpg)

A bulk carrier waits at Odesa, August 2023

Inspections slowed as the months passed [1-3].

**What was left out**

Insurance was the part nobody wrote down.

[1] Port authority figures, 2024.

[2] Inspection logs, 2024.

[3] Shipping survey, 2025.
"""


def test_front_matter_gives_title_date_authors_tags_and_summary() -> None:
    result = import_text(EXPORT, "grain.md")
    head = result.markdown.split("+++")[1]
    assert 'title = "Grain Corridors: What the Black Sea Deal Left Out"' in head
    assert "date = 2025-03-04" in head
    assert 'tags = ["shipping", "Black Sea"]' in head
    assert 'summary = "The corridor kept ports open, but at a price."' in head
    assert 'name = "Jane Roe"' in result.markdown and 'name = "John Doe"' in result.markdown
    assert result.slug == "grain-corridors-what-the-black-sea-deal-left-out"
    assert "title:" not in result.markdown.split("+++")[2] and "---" not in result.markdown


def test_markdown_headings_images_and_bold_lines() -> None:
    body = import_text(EXPORT, "grain.md").markdown.split("+++")[2]
    assert "\n## How the corridor worked\n" in body
    assert "\n### What was left out\n" in body  # a bold line under a '##' section is its sub-section
    assert "![" not in body and "carrier.jpg" not in body
    assert ":::{figure}\n\nA bulk carrier waits at Odesa, August 2023\n:::" in body  # the line under the image: its caption
    assert "## A bulk carrier" not in body


def test_note_lists_and_ranges_are_each_note() -> None:
    result = import_text(EXPORT, "grain.md")
    assert "[^2][^3]" in result.markdown and "[^1][^2][^3]" in result.markdown
    assert not [p for p in result.problems if "never cited" in p.message]


def test_near_miss_a_bracketed_range_that_is_no_note_list() -> None:
    text = EXPORT.replace("[1-3].", "[1990-1995].").replace("[2,3]", "[2, 7]")
    result = import_text(text, "grain.md")
    assert "[1990-1995]." in result.markdown and "[2, 7]" in result.markdown  # years are no notes; 7 is no note here
    assert "[^199" not in result.markdown and "[^7]" not in result.markdown


def test_near_miss_plain_text_with_dashes_is_no_front_matter() -> None:
    text = "Grain Corridors\n\n---\n\nThe corridor opened in the summer.\n"
    assert read_markdown_export(text, "grain.txt") is None
    assert read_markdown_export("# A heading\n\nText.\n", "grain.txt") is None  # one '#' line in a .txt: not enough to read Markdown


def test_unreadable_front_matter_is_a_problem_with_its_line() -> None:
    result = import_text("---\ntitle: 'unclosed\ndate: [\n---\n\nText of the report goes here.\n", "bad.md")
    assert any("front matter" in p.message and p.line >= 1 for p in result.problems)


def test_a_file_with_only_a_title_says_so() -> None:
    result = import_text("Russia and the Caucasus after 2020\n", "title.txt")
    assert any(p.line == 1 and "no text under the title" in p.message for p in result.problems)
    near = import_text("Russia and the Caucasus after 2020\n\nThe war of 2020 changed the region.\n", "title.txt")
    assert not any("no text" in p.message for p in near.problems)


def test_a_title_only_report_shows_no_empty_contents_heading(tmp_path) -> None:
    from pathlib import Path

    from conftest import run_build

    root = Path(__file__).resolve().parent.parent
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    (content / "actors.toml").write_text((root / "content" / "actors.toml").read_text(encoding="utf-8"), encoding="utf-8")
    alone = import_text("Russia and the Caucasus after 2020\n", "title.txt")
    near = import_text("The Caucasus after the war\n\nThe war of 2020 changed the region.\n", "near.txt")
    for result in (alone, near):
        (content / "reports" / f"{result.slug}.md").write_text(result.markdown, encoding="utf-8")
    built = run_build(content, tmp_path / "output")
    assert built.returncode == 0, built.stderr
    pages = {p.parent.name: p.read_text(encoding="utf-8") for p in (tmp_path / "output").rglob("index.html")}
    assert 'id="contents-heading"' not in pages[alone.slug]
    assert 'id="contents-heading"' in pages[near.slug]  # a report with text keeps its contents


def test_the_markdown_export_fixtures_import_as_expected() -> None:
    """tests/fixtures/markdown-export: a Ghost-style and a Hugo-style export against their hand-written expectations."""
    import json
    from pathlib import Path

    from dossier.document import read_report

    folder = Path(__file__).resolve().parent / "fixtures" / "markdown-export"
    for name, expected in json.loads((folder / "expected.json").read_text(encoding="utf-8")).items():
        result = import_text((folder / name).read_text(encoding="utf-8"), name)
        report = read_report(result.markdown, f"reports/{result.slug}.md")
        assert report.title == expected["title"], name
        assert report.date is not None and report.date.isoformat() == expected["date"], name
        assert [a.name for a in report.authors] == expected["authors"], name
        assert list(report.tags) == expected["tags"], name
        assert report.summary == expected["summary"], name
        assert [s.title for s in report.chapters] == expected["sections"], name
        assert [h.title for s in report.sections for h in s.subheadings] == expected["subsections"], name
        body = result.markdown.split("+++")[2]
        assert re.findall(r":::\{figure\}\n\n(.*)\n:::", body) == expected["figures"], name
        assert body.count("\n> ") == expected["quotes"], name
        assert sum(1 for n in report.notes.values() if n.defined) == expected["notes"], name
        assert len(result.problems) == expected["problems"], (name, result.problems)


def test_an_unclosed_quote_in_an_escaped_paragraph_is_warned_with_its_line() -> None:
    """A paragraph the file writes with Markdown escapes (a YAML line left in the text, "content\\_digest: ''"): the
    warning names its line, as for any other paragraph; near miss: the same paragraph without escapes was already found."""
    from dossier.document import read_report

    head = '+++\ntitle = "T"\ndate = 2024-01-01\n+++\n\nThe text opens here and goes on.\n\n'
    for paragraph in ("content\\_digest: ''", "content digest: ''"):
        report = read_report(head + paragraph + "\n", "reports/t.md")
        assert any(w.startswith("reports/t.md:8: a quotation mark") for w in report.warnings), report.warnings


SETEXT = """Silt in the Lower Harbour
=========================

The harbour board dredged the lower basin twice in 2021.

What the soundings showed
-------------------------

The channel lost a metre of depth in eight months.

Where the silt comes from
---
The river carries most of it down in the spring.

A paragraph of two lines
that goes on here.
-----

The last paragraph of the report.
"""


def test_setext_headings_are_headings_without_their_underlines() -> None:
    """'Title' over '====' is the top heading, 'Section' over '----' the level below; the underline is markup."""
    result = import_text(SETEXT, "silt.md")
    head, body = result.markdown.split("+++")[1:3]
    assert 'title = "Silt in the Lower Harbour"' in head
    assert "\n## What the soundings showed\n" in body and "\n## Where the silt comes from\n" in body
    assert "===" not in result.markdown and "showed ---" not in body and "from ---" not in body


def test_near_miss_a_rule_under_a_paragraph_of_two_lines_is_no_underline() -> None:
    """A '-----' under a paragraph of two lines is a rule, not an underline (Pandoc's setext heading is one line): the
    paragraph stays one, the rule is no text."""
    body = import_text(SETEXT, "silt.md").markdown.split("+++")[2]
    assert "\nA paragraph of two lines that goes on here.\n" in body
    assert "## A paragraph" not in body and "-----" not in body
