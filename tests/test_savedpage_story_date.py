"""A saved news page whose masthead carries the day it was saved and whose story has its own date line between its
headline and its text, outside the article's container ('Published: 3 March 2011', a <time>): the story's date wins.
Passages of our own, each with a near miss."""

from __future__ import annotations

import pytest
from dossier.importer import import_page
from dossier.savedpage import read_saved_page

STORY = "".join(
    f"<p>{p}</p>"
    for p in (
        "Ferry crews at Port Vell went back to work on Thursday after a nine-day strike over rotas, the port authority said.",
        "The union said its members had won a fourth relief crew for the winter timetable and a review of the night crossings.",
        "The authority said services would run as normal by the weekend, and that the two cancelled sailings would be refunded.",
    )
)
MASTHEAD = "<div class='masthead'><div class='logo'>The Dunmore Courier</div><div class='today'>December 5, 2026</div></div>"


def page(top: str, headline: str, under: str) -> bytes:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Ferry crews end strike | The Dunmore Courier</title></head>"
        f"<body>{top}<table><tr><td class='content_main'>{headline}{under}<div class='storyText' id='articleBody'>{STORY}</div>"
        "</td></tr></table></body></html>"
    ).encode()


def front_matter(html: bytes) -> str:
    return import_page(read_saved_page(html, "ferry.html"), "ferry.html").markdown.split("+++")[1]


@pytest.mark.parametrize(
    "under", ["<p class='x'>Published: 3 March 2011</p>", "<div class='meta'><time datetime='2011-03-03T10:00:00Z'>Thursday</time></div>"]
)
def test_the_date_line_under_the_headline_dates_the_story_not_the_masthead(under):
    assert "date = 2011-03-03" in front_matter(page(MASTHEAD, "<h1>Ferry crews end strike</h1>", under))
    assert "date = 2011-03-03" in front_matter(page(MASTHEAD, "<div class='artHeadline'>Ferry crews end strike</div>", under))


def test_near_miss_the_day_under_the_site_s_name_dates_nothing():
    """The site's name set as <h1> with the day the page was saved under it, over an undated story: no date."""
    html = page(
        "<h1 class='logo'>The Dunmore Courier</h1><div class='today'>December 5, 2026</div>",
        "<div class='artHeadline'>Ferry crews end strike</div>",
        "",
    )
    assert 'date = "unknown"' in front_matter(html)
    assert 'date = "unknown"' in front_matter(page(MASTHEAD, "<h1>Ferry crews end strike</h1>", ""))
