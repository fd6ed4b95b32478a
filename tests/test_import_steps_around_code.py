"""A how-to's numbered steps with a command set as an indented code block between two of them ('1. Install the
logger' / four spaces and the command / '2. Run the first reading'), in plain text and in Markdown: one numbered list,
the command kept as code under its step. Passages of our own, with near misses."""

from __future__ import annotations

import mistune
import pytest
from dossier.importer import import_text
from imported import PROSE, built

OPENING = f"The harbour office keeps a tide gauge at each quay, and {PROSE.lower()}.\n\n"
CLOSING = f"The pilots read the chart each morning, and {PROSE.lower()}.\n"
STEPS = "1. Install the logger\n\n    tidelog install --quay north\n\n2. Run the first reading\n\n    tidelog read --once\n\n3. Check the chart\n\n"


def export(steps: str, name: str) -> str:
    top = "Setting Up the Tide Gauge\n\n" if name.endswith(".txt") else "---\ntitle: Setting Up the Tide Gauge\n---\n\n"
    return top + OPENING + "To set one up:\n\n" + steps + CLOSING


@pytest.mark.parametrize("name", ["export.txt", "export.md"])
def test_steps_around_an_indented_command_are_one_list_with_the_command_as_code(name):
    """In Markdown a block four spaces past the item's text ('1. ' ends at 3: seven spaces) is code, as Markdown reads it."""
    steps = STEPS if name.endswith(".txt") else STEPS.replace("\n    tidelog", "\n       tidelog")
    result = import_text(export(steps, name), name)
    page = mistune.html(result.markdown.split("+++")[2])
    assert page.count("<ol") == 1 and page.count("<li>") == 3
    assert "<pre><code>tidelog install --quay north\n</code></pre>" in page
    assert "<pre><code>tidelog read --once\n</code></pre>" in page
    assert "1\\." not in result.markdown


def test_near_miss_an_indented_paragraph_under_a_lone_numbered_line_stays_text():
    """An indented block with no next step under it is no step's command: a quotation or the text going on."""
    steps = "1. Install the logger\n\n    The logger must sit above the highest tide.\n\n"
    result, report = built(export(steps, "export.txt"))
    assert "```" not in result.markdown
    assert "The logger must sit above the highest tide." in "\n".join(p.text for s in report.sections for p in s.paragraphs)


def test_near_miss_steps_with_no_code_between_them_are_one_list_as_before():
    result = import_text(export("1. Install the logger\n2. Run the first reading\n3. Check the chart\n\n", "export.txt"), "export.txt")
    assert "1. Install the logger\n2. Run the first reading\n3. Check the chart\n" in result.markdown and "```" not in result.markdown


def test_a_fenced_command_between_markdown_steps_keeps_the_list_whole():
    steps = "1. Install the logger\n\n```\ntidelog install --quay north\n```\n\n2. Run the first reading\n\n3. Check the chart\n\n"
    result = import_text(export(steps, "export.md"), "export.md")
    page = mistune.html(result.markdown.split("+++")[2])
    assert page.count("<ol") == 1 and page.count("<li>") == 3 and "<pre><code>tidelog install --quay north\n</code></pre>" in page


def test_near_miss_a_quotation_set_in_between_numbered_paragraphs_is_no_code():
    """An official report's numbered paragraphs with a quotation set in between two of them: sentences, no command."""
    steps = "1. The board met twice.\n\n2. The harbour master told us:\n\n    The gates will not last. We need new ones.\n\n3. The board agreed.\n\n"
    result = import_text(export(steps, "export.txt"), "export.txt")
    assert "```" not in result.markdown and "The gates will not last. We need new ones." in result.markdown


def test_near_miss_a_step_note_indented_under_a_markdown_step_is_the_items_text_no_code():
    """Four spaces under '1. ' are a paragraph of the item in Markdown (its text starts at 3): no code block."""
    steps = "1. Pack the bag\n\n    Take the warm coat, not the thin one\n\n2. Walk to the quay\n\n3. Wait for the pilot\n\n"
    for name in ("export.md", "export.txt"):
        result = import_text(export(steps, name), name)
        assert "```" not in result.markdown and "Take the warm coat, not the thin one" in result.markdown, name


def test_near_miss_an_indented_subheading_between_numbered_headings_in_plain_text_is_no_code():
    """'1. Introduction' / four spaces and 'Background to the Review' / '2. Findings': no command's mark, a subheading."""
    steps = "1. Introduction\n\n    Background to the Review\n\n2. Findings\n\n"
    result, _ = built(export(steps, "export.txt"))
    assert "```" not in result.markdown and "Background to the Review" in result.markdown
