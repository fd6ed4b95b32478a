"""A paper's story reposted on an office's site and copied as the page's text: the page's title line, the site's
section label, the headline in capitals over the date and again as the paper wrote it, the byline with the paper after
'//'. A passage of our own, with its near misses."""

from __future__ import annotations

from imported import PROSE, built, headings

CAPITALS = "PLAN BEFORE GOV. ANNA REYES WOULD EASE PERMITS FOR SMALL FERRY OPERATORS"
WRITTEN = "Plan before Gov. Anna Reyes would ease permits for small ferry operators"
STORY = "".join(f"{PROSE}, and the ferry operators waited on the quay number {n}.\n" for n in range(6))


def page(byline: str = "By Jane Roe // Lakeside Herald", again: str = WRITTEN) -> str:
    return f"{CAPITALS} | Lake County Prosecutor's Office\nSkip to main content\nIn The News\n{CAPITALS}\nJune 16, 2025\n{again}\n{byline}\n{STORY}"


def test_the_headline_given_again_as_written_is_the_title_and_the_byline_names_the_paper():
    result, report = built(page())
    assert report.title == WRITTEN  # no section label, its words as the paper wrote them
    assert [a.name for a in report.authors] == ["Jane Roe"]
    assert headings(report) == []
    assert "tags" not in result.markdown.split("+++")[1]
    assert WRITTEN not in result.markdown.split("+++")[2] and "Lake County Prosecutor" not in result.markdown


def test_a_headline_in_capitals_given_once_keeps_its_words():
    """Near miss: no line under the date gives the headline again; the capitals headline is the title as it stands, and
    a sentence of other words under the date is the story's."""
    result, report = built(page(again="Ferry operators on the lake have waited two years for their permits"))
    assert report.title == "Plan Before Gov. Anna Reyes Would Ease Permits for Small Ferry Operators"  # no section label; title case
    assert "Ferry operators on the lake have waited two years for their permits" in result.markdown
