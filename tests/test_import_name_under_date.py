"""A blog's or a repost's byline: the author's name alone on the line under the date line, the story under it.
Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from imported import built, headings

STORY = [
    "On Tuesday the harbour board of Velden voted not to renew the dredging licence of the Tidewater company.",
    "The company said it would appeal the decision before the regional court.",
]


@pytest.mark.parametrize("date_line", ["2026-03-02", "March 2, 2026", "2 March 2026"])
@pytest.mark.parametrize("name", ["Mira Solberg", "Jon de Vries", "Peter Halden"])
def test_a_name_alone_under_the_date_line_is_the_byline(date_line: str, name: str) -> None:
    _, report = built("\n\n".join(["Velden board refuses dredging licence", date_line, name, *STORY]) + "\n")
    assert [a.name for a in report.authors] == [name]
    assert headings(report) == []


@pytest.mark.parametrize(
    "line",
    [
        "Key findings",  # a section heading
        "Harbour Board",  # a body's name, no person's
        "The Velden Docks",
    ],
)
def test_a_heading_or_a_body_under_the_date_line_is_no_byline(line: str) -> None:
    _, report = built("\n\n".join(["Velden board refuses dredging licence", "2026-03-02", line, *STORY]) + "\n")
    assert not [a.name for a in report.authors if a.name == line]


def test_a_name_under_the_date_line_over_a_short_caption_is_no_byline() -> None:
    """Near miss: with no sentence under it, the name may be a photo's subject or a section's."""
    _, report = built("\n\n".join(["Velden board refuses dredging licence", "2026-03-02", "Mira Solberg", "Chair of the board", *STORY]) + "\n")
    assert [a.name for a in report.authors] != ["Mira Solberg"]
