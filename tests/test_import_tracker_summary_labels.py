"""A page a news tracker or a clipper saved to Markdown under its own two labels: its fields, its summary of the page
under '## Summary', the page's text under '## Full Article' (or 'Full Text', 'Article'). The labels are the tool's, no
sections; the summary is the report's summary, shown once as the overview's lede; the page's own subheads, which the tool
flattened into lines of text, stay its sections. Near miss: a report's own 'Summary' section over its 'Introduction'.
Passages of our own."""

from __future__ import annotations

from imported import built, headings

SUMMARY = "Harbour scientists found new ways to clean silt from the channels, and a cheaper way to count the fish that feed there."
STORY = (
    "This year our engineers and biologists worked on the harbour's oldest problems, and some of the answers came quickly.",
    "Clearing silt without dredging",
    "A team led by Mara Lind tested curtains of bubbles that keep silt moving past the quays instead of settling in the berths.",
    "The trials ran for six months in the west basin, and the berths there stayed deep enough for the ferries all winter.",
    "Counting fish by their sound",
    "Another team recorded the clicks and grunts of the fish under the piers, and taught a program to count them from the noise.",
    "The counts matched those of the divers within a few percent, at a tenth of the cost of sending divers down each month.",
)
FIELDS = "**Category:** Science\n**Source:** [https://example.org/harbour-2025](https://example.org/harbour-2025)\n**Publisher:** Harbour Institute\n"


def clip(summary_label: str = "Summary", full_label: str = "Full Article") -> str:
    return f"# Harbour Science in 2025\n\n{FIELDS}\n## {summary_label}\n{SUMMARY}\n\n## {full_label}\n" + "\n\n".join(STORY) + "\n"


def test_the_tools_labels_are_no_sections_and_its_summary_is_the_summary() -> None:
    for full_label in ("Full Article", "Full Text", "Article"):
        result, report = built(clip(full_label=full_label))
        assert headings(report) == ["Clearing silt without dredging", "Counting fish by their sound"], full_label
        assert report.summary == SUMMARY
        assert report.sections[0].paragraphs[0].text == SUMMARY  # the introduction's first paragraph: the overview's lede
        assert f"## {full_label}" not in result.markdown and "## Summary" not in result.markdown


def test_a_reports_own_summary_over_its_introduction_stays() -> None:
    _, report = built(clip(full_label="Introduction"))
    assert "Summary" in headings(report) and "Introduction" in headings(report)


def test_a_summary_given_as_points_is_the_points_joined() -> None:
    """The tool's summary as a list of points: the summary reads the points without their marks, joined."""
    points = "- Silt kept moving with bubbles.\n- Fish counted by their sound."
    text = clip().replace(SUMMARY, points)
    result, report = built(text)
    assert report.summary == "Silt kept moving with bubbles. Fish counted by their sound."
    assert 'summary = "- ' not in result.markdown
