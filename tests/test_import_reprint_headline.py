"""A news portal's reprint of another outlet's story (an aggregator's page) gives the outlet's own headline under the
portal's header: the portal's title with a few words more, every word of the title in its order, right under the byline
and the date line, over the story's first paragraph. That line is the headline given again, no section. Near misses: a
header with no byline or no date line (a report's first heading under its title), a subhead sharing only some of the
title's words, a fuller line over a short label, stay headings. Passages of our own."""

from __future__ import annotations

from dossier.importer import import_text

TITLE = "Harbour pilots end strike over night shifts"
LEDE = (
    "The harbour pilots of Eastwick went back to work on Thursday after the port authority agreed to pay a night allowance, "
    "ending a strike that had left a dozen ships waiting off the breakwater."
)
REST = "“We got what we asked for,” said Marta Lind, who leads the pilots’ association, after the vote in the union hall."


def imported(*header: str, under: str = LEDE) -> tuple[str, list[str]]:
    result = import_text("\n\n".join([TITLE, *header, under, REST, REST]) + "\n", "story.txt")
    return result.markdown, result.summary


def test_the_outlets_fuller_headline_under_the_portals_header_is_no_section() -> None:
    for header in (
        ("By Tomas Berg", "Eastwick Ledger", "June 6, 2024", "Harbour pilots end strike over unpaid night shifts"),
        ("Tomas Berg", "Thu, June 6, 2024 at 9:12 AM", "Harbour pilots end their strike over night shifts at last"),
    ):
        markdown, summary = imported(*header)
        assert "sections: 0 top-level" in "\n".join(summary), header
        assert header[-1] not in markdown.split("+++")[-1]
        assert f'title = "{TITLE}"' in markdown and LEDE in markdown


def test_a_report_with_no_byline_keeps_its_first_heading() -> None:
    markdown, _ = imported("June 6, 2024", "Harbour pilots end strike over unpaid night shifts")
    assert "## Harbour pilots end strike over unpaid night shifts" in markdown


def test_a_subhead_with_words_of_its_own_stays() -> None:
    markdown, _ = imported("By Tomas Berg", "June 6, 2024", "Why the harbour pilots ended their strike")
    assert "## Why the harbour pilots ended their strike" in markdown


def test_a_fuller_line_over_a_short_paragraph_stays() -> None:
    """Over a label or a short line, the line heads a part of the text, not the story's opening."""
    markdown, _ = imported("By Tomas Berg", "June 6, 2024", "Harbour pilots end strike over night shifts: the timeline", under="June 3.")
    assert "Harbour pilots end strike over night shifts: the timeline" in markdown.split("+++")[-1]


def test_a_portals_story_by_byline_with_how_long_ago_it_ran() -> None:
    """'Story by Tomas Berg • 2h': the portal's byline, the relative stamp dating nothing; the outlet's fuller headline
    under it is the headline given again."""
    markdown, summary = imported("Story by Tomas Berg • 2h", "Harbour pilots end strike over unpaid night shifts")
    assert 'name = "Tomas Berg"' in markdown and 'date = "unknown"' in markdown
    assert "sections: 0 top-level" in "\n".join(summary)
    for stamp in ("Story by Tomas Berg • 3d", "Story by Tomas Berg and Ana Lutz • 1mo"):
        markdown, _ = imported(stamp)
        assert 'name = "Tomas Berg"' in markdown and "Story by" not in markdown


def test_a_portals_story_by_byline_with_its_reading_time() -> None:
    """'Story by Tomas Berg • 6h • 3 min read': the portal's byline with the story's reading time after its stamp, or in
    its place; the writer read, the line no section."""
    for stamp in ("Story by Tomas Berg • 6h • 3 min read", "Story by Tomas Berg • 4 min read", "Story by Tomas Berg • 2d • 12-minute read"):
        markdown, summary = imported(stamp)
        assert 'name = "Tomas Berg"' in markdown and "Story by" not in markdown, stamp
        assert "sections: 0 top-level" in "\n".join(summary), stamp


def test_a_story_by_line_with_words_after_its_bullet_is_no_portal_byline() -> None:
    """Near miss: after the bullet a phrase, no stamp nor reading time: the line is not read as the portal's byline."""
    markdown, _ = imported("Story by Tomas Berg • photos by the harbour board")
    assert 'name = "Tomas Berg"' not in markdown


def test_a_sentence_opening_on_story_by_is_no_byline() -> None:
    """Near miss: 'Story by story, …' in the text, with no stamp after a bullet, is the text's."""
    markdown, _ = imported(
        "By Tomas Berg", "June 6, 2024", under="Story by story, the pilots told the board what the night shifts cost them and their families."
    )
    assert "Story by story, the pilots told the board" in markdown.split("+++")[-1]


def test_a_subhead_on_the_title_under_an_ordinary_byline_stays() -> None:
    """Near misses from the review: under an ordinary byline and date line, the title with a colon and a tail, after a
    dash, or as a question, is the story's subhead, no outlet's headline."""
    for subhead in (f"{TITLE}: what we know", f"{TITLE} – the timeline", f"Why {TITLE.lower()} now"):
        markdown, _ = imported("By Tomas Berg", "June 6, 2024", subhead)
        assert subhead in markdown.split("+++")[-1], subhead
