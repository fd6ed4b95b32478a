"""A blog post exported to Markdown by a converter (a Medium exporter, a CMS's "export as Markdown"): the front matter's
title cut off on '…' is the whole headline the text opens with, the description given again as a heading under it is the
summary, and the publication's link and the converter's credit closing the file are no part of the report."""

from __future__ import annotations

import re

from dossier.importer import import_text

FRONT = (
    '---\ntitle: "Quay Letter — 4/5/2019: On Ferry Day, the count of idle berths keeps…"\nauthor: Quay Watch\n'
    "date: 2019-05-04T10:00:00.000+0000\ndescription: Berths idle on the west quay // Crews strike at the dry dock\n---\n\n"
)
HEAD = (
    "### Quay Letter — 4/5/2019: On Ferry Day, the count of idle berths keeps rising\n"
    "### Berths idle on the west quay // Crews strike at the dry dock\n\n"
    "On Ferry Day the quay board published its yearly count of idle berths.\n\n"
    "### WEST QUAY\n\n"
    '"The count is the worst in a decade," the harbour master, Ilse Moor, said on Monday.\n\n'
)
CLOSING = (
    "### [Quay Watch](https://medium.com/quay-watch?source=post_sidebar)\n\n\n"
    "![](../assets/x/logo.jpeg)\n\n\n"
    "_Converted [Medium Post](https://medium.com/quay-watch/letter) by [ZMediumToMarkdown](https://github.com/x/y)._\n"
)


def sections(markdown: str) -> list[str]:
    return re.findall(r"^## (.+)$", markdown, re.M)


def test_a_cut_title_is_read_whole_from_the_headline_and_the_subtitle_is_no_section():
    result = import_text(FRONT + HEAD, "letter.md")
    assert 'title = "Quay Letter — 4/5/2019: On Ferry Day, the count of idle berths keeps rising"' in result.markdown
    assert 'summary = "Berths idle on the west quay // Crews strike at the dry dock"' in result.markdown
    assert sections(result.markdown) == ["WEST QUAY"]


def test_the_publications_link_and_the_converters_credit_closing_the_file_are_left_out():
    result = import_text(FRONT + HEAD + CLOSING, "letter.md")
    assert sections(result.markdown) == ["WEST QUAY"]
    assert "Converted" not in result.markdown and "figure" not in result.markdown
    assert result.dropped["converter's note"] == ["Converted Medium Post by ZMediumToMarkdown."]
    assert result.dropped["link to the publication closing the text"] == ["Quay Watch"]


def test_near_miss_a_heading_under_a_whole_title_stays_a_section():
    """A title not cut off: a heading under the headline that is not the description is the first section."""
    front = '---\ntitle: "Quay Letter"\ndescription: Berths idle on the west quay\n---\n\n'
    text = front + "### Quay Letter\n\n### The west quay\n\nThe quay board counted its idle berths.\n"
    assert sections(import_text(text, "letter.md").markdown) == ["The west quay"]


def test_near_miss_a_heading_not_continuing_the_cut_title_stays_a_section():
    front = '---\ntitle: "On Ferry Day, the count of idle berths keeps…"\n---\n\n'
    text = front + "### The west quay\n\nThe quay board counted its idle berths.\n"
    result = import_text(text, "letter.md")
    assert sections(result.markdown) == ["The west quay"]
    assert 'title = "On Ferry Day, the count of idle berths keeps…"' in result.markdown


def test_near_miss_a_linked_heading_over_text_and_a_sentence_on_creation_stay():
    """A heading wholly a link with text under it is a section; 'Created by …' inside the text is a paragraph."""
    text = (
        FRONT
        + HEAD
        + (
            "### [The dry dock](https://example.org/dock)\n\n"
            "Created by the council in 1990, the dry dock employs forty crews.\n\n"
            "The crews walked out on Tuesday.\n"
        )
    )
    result = import_text(text, "letter.md").markdown
    assert sections(result) == ["WEST QUAY", "The dry dock"]
    assert "Created by the council in 1990" in result
