"""A short subhead opening on a count with a plus ('40+ owners, so far', '1,000+ calls and counting') between a
story's paragraphs is a section heading, as 'Forty owners, so far' is. Near misses: a sentence opening so ('40+ owners
went to court.'), a count with no plus ('40 owners, so far') and a count over a line no longer than itself stay
paragraphs. Passages of our own."""

from __future__ import annotations

import pytest
from dossier.importer import import_text


def story(line: str, under: str = "“Currently, we have forty-one clients and more every week,” she said.") -> str:
    return (
        "Cheap freezers are failing early\n\n"
        "Ada Lind bought a new freezer in 2020. It broke within a year and the shop would not take it back.\n\n"
        "Off to court\n\n"
        "Harbourton attorney Lena Castell represents dozens of owners across the county.\n\n"
        f"{line}\n\n{under}\n\n"
        "What comes next\n\n"
        "The case goes to a judge in March, and the shop says it will fight every claim.\n"
    )


@pytest.mark.parametrize("line", ["40+ owners, so far", "1,000+ calls and counting"])
def test_a_subhead_opening_on_a_count_with_a_plus_is_a_heading(line: str) -> None:
    assert f"## {line}\n" in import_text(story(line), "story.txt").markdown


@pytest.mark.parametrize(
    "line, under",
    [
        ("40+ owners went to court.", "“Currently, we have forty-one clients,” she said."),
        ("40 owners, so far", "“Currently, we have forty-one clients,” she said."),
        ("40+ owners, so far", "She said so."),
    ],
)
def test_a_sentence_a_count_without_a_plus_or_a_line_over_a_short_one_stays_a_paragraph(line: str, under: str) -> None:
    markdown = import_text(story(line, under), "story.txt").markdown
    assert f"\n{line}\n" in markdown and f"## {line}" not in markdown
