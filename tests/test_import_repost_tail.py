"""A reposted story's tail as a syndicating site prints it: 'Source: <outlet>' closing the story is the repost's credit
to its outlet, an editors' note, never a figure with no caption. A chart's 'Source:' credit under its caption, the story
going on, stays the chart's."""

from __future__ import annotations

from imported import built

FRONT = '---\ntitle: "Ferry fares rise"\ndate: 2024-07-10\n---\n'
STORY = (
    "The ferry board raised the fares by a third on Tuesday, the third rise in as many years, and the crews objected.\n\n"
    "“The town cannot afford this,” said Ilsa Varn, who chairs the users' group.\n\n"
)


def test_a_closing_source_line_is_the_reposts_credit_not_a_figure() -> None:
    result, _ = built(FRONT + STORY + "**Source:** Velden Weekly\n")
    assert "(no caption)" not in result.markdown and ":::{figure}" not in result.markdown
    assert ":::{editorial}\nSource: Velden Weekly.\n:::" in result.markdown


def test_a_charts_source_credit_under_its_caption_stays_a_figures() -> None:
    # near miss: the credit under a chart's caption, the story going on below
    text = FRONT + STORY + "Figure 1: Fares on the Vell line since 2020\n\nSource: Velden Weekly\n\n" + STORY.replace("Tuesday", "Monday")
    result, _ = built(text)
    assert "Source: Velden Weekly." not in result.markdown
