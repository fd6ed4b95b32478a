"""A short story copied from a news page with its site's related links under it ('More Related to this Story' over a
headline glued to its section's label): the site's, never the story's, so the story's speaker keeps his full name.
Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from imported import body_text, built, headings

STORY = [
    "Quay vote splits the harbour council",
    "By Mira Solberg",
    "June 4, 2019",
    "The council clashed on Tuesday as members accused Mayor Oskar Brandt of silencing a colleague before the vote.",
    "“I cut the debate short, and I now see that was a mistake,” said Brandt.",
]


@pytest.mark.parametrize("label", ["More Related to this Story", "Related Stories", "More related articles", "Related to this article:"])
def test_related_links_under_a_short_story_are_the_site_s(label: str) -> None:
    _, report = built(
        "\n\n".join([*STORY, label, "Politics Brandt apologizes for ‘a grave mistake’ over the quay", "Business Ferry fares rise again"]) + "\n"
    )
    assert "apologizes" not in body_text(report)
    assert headings(report) == []
    assert "said Brandt" in body_text(report)


def test_a_heading_that_names_related_matters_stays() -> None:
    """Near miss: a report's own heading about related matters ('Related legislation') with its paragraph under it."""
    _, report = built("\n\n".join([*STORY, "Related legislation", "The harbour act of 2004 gives the council the final word on every quay."]) + "\n")
    assert "the final word on every quay" in body_text(report)


def test_a_related_label_over_a_finished_paragraph_stays() -> None:
    """Near miss: the lines under the label are sentences of the story, not headlines."""
    _, report = built("\n\n".join([*STORY, "Related stories", "The council will meet again in July to vote on the ferry budget."]) + "\n")
    assert "vote on the ferry budget" in body_text(report)
