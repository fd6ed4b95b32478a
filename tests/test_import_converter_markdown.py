"""A report's PDF turned into Markdown by a converter (`[^n]` footnotes, `#` headings): what the converter leaves of the
printed page (page numbers, page comments, continued paragraphs) is no part of the report's structure or text."""

from __future__ import annotations

import re

from dossier.importer import import_text

FRONT = '---\ntitle: "Harbour Money: Anatomy of a Collapse"\nauthors: "Dunmore Assembly Committee on Harbours"\ndate: 2019-05-03\n---\n\n'
PARAGRAPH = (
    "The board was set up in 1990 to run the pier, the depot and the ferry, and for most of its life it kept its money in the "
    "town's own bank, under rules the assembly wrote and the auditors checked every spring."
)


def sections(markdown: str) -> list[str]:
    return re.findall(r"^## (.+)$", markdown, re.M)


def test_a_heading_of_hash_marks_and_a_page_number_is_no_section():
    """'# # # v' is a converter's heading for a roman page number and '# # #' the end mark: the '##' chapters stay sections."""
    text = FRONT + f"## COMMITTEE ON HARBOURS\n\n# # # v\n\n## EXECUTIVE SUMMARY\n\n{PARAGRAPH}\n\n# # 12\n\n## BACKGROUND\n\n{PARAGRAPH}\n\n# # #\n"
    result = import_text(text, "harbour.md")
    assert sections(result.markdown) == ["COMMITTEE ON HARBOURS", "EXECUTIVE SUMMARY", "BACKGROUND"]
    assert "# v" not in result.markdown and "\n#\n" not in result.markdown
    assert not re.search(r"^#+ #", result.markdown, re.M)


def test_near_miss_a_heading_of_a_roman_number_alone_stays():
    """Near miss: '# IV' and '# 1990' are a part's number and a year as headings, with no '#' mark in their text."""
    text = FRONT + f"# IV\n\n{PARAGRAPH}\n\n# 1990\n\n{PARAGRAPH}\n"
    assert sections(import_text(text, "harbour.md").markdown) == ["IV", "1990"]
