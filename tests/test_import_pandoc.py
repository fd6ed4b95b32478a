"""A Pandoc, Quarto or GFM Markdown export: '[^n]' footnotes, fenced divs (':::'), link attributes and 'categories'."""

from __future__ import annotations

from dossier.importer import import_text

QUARTO = """---
title: Ferry Subsidies on the Western Isles
author:
  - Ruth Calloway
date: "2025-11-20"
categories:
  - Transport
  - Islands
---

::: {.content-visible unless-format="pdf"}
::: {.aside .aside-btn}
[Download Brief](assets/ferries.pdf){.primary-btn target="_blank"}
:::
:::

# Summary

The island councils paid [twice as much](https://example.org/costs) per crossing in 2024 as in 2019.[^1] Ridership
fell by a tenth.[^fares]

::: {.aside}
A crossing here means one sailing each way.
:::

# Findings

The operator blamed fuel.[^2] The councils blamed the fleet's age, which the [full report](ferries-2024.pdf) sets out.

[^1]: Island Councils, "Ferry Accounts 2024," March 2025, [Link](https://example.org/accounts).
[^fares]: Ruth Calloway, interviews with [ticket staff](staff.html), May 2025.

    A second survey in June found the same.
[^2]: "Operator defends fares," Harbour Post, April 2, 2025.
"""


def test_pandoc_footnotes_are_notes_with_their_links() -> None:
    result = import_text(QUARTO, "ferries.qmd")
    body = result.markdown.split("+++")[2]
    assert "in 2024 as in 2019.[^1] Ridership fell by a tenth.[^2]" in body  # a label numbered where it is first cited
    assert "The operator blamed fuel.[^3]" in body
    assert '[^1]: Island Councils, "Ferry Accounts 2024," March 2025, [Link](https://example.org/accounts).' in body
    # the note's indented paragraph is the note's; a link to a page of the export's own site keeps its words only
    assert "[^2]: Ruth Calloway, interviews with ticket staff, May 2025. A second survey in June found the same." in body
    assert '[^3]: "Operator defends fares," Harbour Post, April 2, 2025.' in body
    assert "\\[^" not in body and "A second survey" not in body.split("[^1]:")[0]
    assert "notes: 3 defined, 3 markers, 0 problem(s)" in result.summary


def test_fenced_divs_are_markup_and_a_download_button_furniture() -> None:
    result = import_text(QUARTO, "ferries.qmd")
    body = result.markdown.split("+++")[2]
    assert ":::" not in body and "{." not in body and "Download Brief" not in body
    assert "\n## Summary\n" in body and "\n## Findings\n" in body  # no ':::' line run into the heading under it
    assert "\nA crossing here means one sailing each way.\n" in body  # the aside's text kept, in its place
    assert body.index("A crossing here") < body.index("## Findings")
    assert "which the full report sets out." in body  # a link to the PDF inside a sentence keeps its words
    assert any(line.startswith("dropped as page furniture: download link ×1") for line in result.summary)


def test_quarto_categories_are_tags() -> None:
    head = import_text(QUARTO, "ferries.qmd").markdown.split("+++")[1]
    assert 'tags = ["Transport", "Islands"]' in head
    plain = QUARTO.replace("categories:\n  - Transport\n  - Islands\n", "")
    assert "tags =" not in import_text(plain, "ferries.qmd").markdown.split("+++")[1]


def test_caret_brackets_in_a_plain_text_export_are_left_as_written() -> None:
    # near miss: no '[^n]: …' definitions and no Markdown, so '[^1]' is the text's own and ':::' a line of it
    text = "Ferry Notes\n\nThe ratio was 3:1, written [^1] in the ledger.\n\n:::\n\nThe ledger ends there.\n"
    result = import_text(text, "ferries.txt")
    body = result.markdown.split("+++")[2]
    assert "\\[^1]" in body and "notes: 0 defined, 0 markers, 0 problem(s)" in result.summary


def test_footnotes_are_read_in_every_markdown_export_name() -> None:
    body = QUARTO.split("---\n", 2)[2]  # without its front matter too: the file's name says it is Markdown
    for name in ("ferries.md", "ferries.markdown", "ferries.qmd", "ferries.Rmd"):
        for text in (QUARTO, "# Ferry Subsidies on the Western Isles\n" + body):
            result = import_text(text, name)
            assert "notes: 3 defined, 3 markers, 0 problem(s)" in result.summary, (name, result.summary)
            assert "\n[^2]: Ruth Calloway, interviews with ticket staff" in result.markdown


def test_bold_runs_a_word_processor_left_open_lose_their_marks() -> None:
    text = (
        "---\ntitle: Ferry Notes\n---\n\n# Routes\n\n- **Northern loop: **The longest route calls at four islands.\n\n"
        "The fleet is old.** **Two ships date from 1985. The code ** 4 ** is a ticket class.\n"
    )
    body = import_text(text, "ferries.md").markdown.split("+++")[2]
    assert "- Northern loop: The longest route calls at four islands." in body
    assert "The fleet is old. Two ships date from 1985." in body
    # near miss: marks with spaces on both sides open and close nothing; they stay as written
    assert "The code \\*\\* 4 \\*\\* is a ticket class." in body


def test_a_short_subtitle_completes_the_title() -> None:
    text = QUARTO.replace(
        "title: Ferry Subsidies on the Western Isles\n", "title: Ferry Subsidies on the Western Isles\nsubtitle: Fares and Fleets\n"
    )
    head = import_text(text, "ferries.qmd").markdown.split("+++")[1]
    assert 'title = "Ferry Subsidies on the Western Isles: Fares and Fleets"' in head and 'summary = "Fares' not in head
    # near miss: a subtitle that is a sentence is the summary, the title stays as it is
    text = QUARTO.replace(
        "title: Ferry Subsidies on the Western Isles\n",
        "title: Ferry Subsidies on the Western Isles\nsubtitle: The councils pay twice what they did.\n",
    )
    head = import_text(text, "ferries.qmd").markdown.split("+++")[1]
    assert 'title = "Ferry Subsidies on the Western Isles"' in head and 'summary = "The councils pay twice what they did."' in head


def test_an_export_marking_its_headings_has_no_unmarked_ones() -> None:
    points = (
        "The councils found that:\n\n"
        "- **Fares doubled.** The councils paid twice as much per crossing in 2024 as in 2019, and the operators blame fuel.\n\n"
        "- **Sailings fell.** The timetable lost a tenth of its sailings, most of them in the winter months.\n\n"
    )
    result = import_text(QUARTO.replace("# Summary\n\n", "# Summary\n\n" + points), "ferries.qmd")
    body = result.markdown.split("+++")[2]
    assert "\nThe councils found that:\n" in body and "### The councils" not in body  # a lead-in line, not a sub-section
    assert 'summary = "The island councils paid twice as much' in result.markdown.split("+++")[1]  # nor the summary
    # near miss: an export without '#' headings still has its headings found by their shape
    plain = "---\ntitle: Ferry Notes\n---\n\nBackground\n\n" + "The councils paid twice as much per crossing as five years before. " * 3 + "\n"
    assert "\n## Background\n" in import_text(plain, "ferries.md").markdown


INLINE_NOTES = """---
title: Silt in the Outer Harbour
date: 2025-03-02
---

# Background

The outer harbour was last dredged in 2011.^[Port Authority, *Annual Report 2011*, p. 4.] Silt has built up by a
metre a year since,^[See [the 2020 survey](https://example.org/survey.pdf), table 2; the [earlier one] differs.] and
the pilots now wait for high water.

# Options

A weir would cost twelve million once.[^weir] The formula \\^[k] in the appendix is the engineers' own.

[^weir]: Estimates from the council's engineers.
"""


def test_pandoc_inline_notes_are_notes_numbered_with_the_others() -> None:
    result = import_text(INLINE_NOTES, "silt.md")
    body = result.markdown.split("+++")[2]
    assert "dredged in 2011.[^1] Silt has built up by a metre a year since,[^2] and the pilots" in body
    assert "twelve million once.[^3]" in body
    assert "[^1]: Port Authority, Annual Report 2011, p. 4." in body
    # brackets inside the note are counted: its link and its bracketed words stay in it
    assert "[^2]: See [the 2020 survey](https://example.org/survey.pdf), table 2; the [earlier one] differs." in body
    assert "[^3]: Estimates from the council's engineers." in body
    assert "notes: 3 defined, 3 markers, 0 problem(s)" in result.summary
    # near miss: an escaped caret is the text's own
    assert "[k] in the appendix" in body and "[^4]" not in body
