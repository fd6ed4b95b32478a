"""A blog theme that sets the post's header (its title, author and date) in a left column marked as a sidebar
(`<div id="sidebar">`), beside the column of text: the header is the post's, the rest of that column is the sidebar."""

from __future__ import annotations

from dossier.importer import import_page
from dossier.savedpage import read_saved_page

HEAD = "<!doctype html><html><head><meta charset='utf-8'><title>Ferry Rules | Quayside Review</title></head><body>"
TEXT = (
    '<div class="right_column"><div class="site-content" id="content"><div class="entry-content"><h1>Welcome aboard!</h1>'
    "<p>Twelve months have passed since the small review first went online, and a great deal has happened to the harbour "
    "court, to the council and to this journal in the year that followed its launch.</p>"
    "<p>The first symposium drew contributions from four authors, and the second, on the ferry rules, brought the journal "
    "its first readers from abroad and its first serious critics at home.</p></div></div></div>"
)


def column(header: str) -> str:
    return (
        f'<div class="left_column"><div class="site-content" id="sidebar">{header}'
        '<div class="author-info">Tilda Brann is a legal journalist and the founder of the review.</div>'
        '<div class="also-interesting"><h3>Related Posts</h3><ul><li><a href="/x">Harbour dues and the court</a></li></ul></div></div></div>'
    )


def read(body: str) -> tuple[str, str]:
    result = import_page(read_saved_page((HEAD + "<article>" + body + "</article></body></html>").encode(), "ferry.html"), "ferry.html")
    _, head, text = result.markdown.split("+++", 2)
    return head, text


def test_the_posts_header_in_a_column_marked_sidebar_gives_title_date_and_author():
    header = (
        '<header class="entry-header"><span>EDITORIAL</span><h1 class="entry-title">Ferry Rules</h1>'
        '<span class="author vcard"><a class="author url fn" rel="author" href="/author/tb/">Tilda Brann</a></span>'
        '<time class="entry-date" datetime="2021-03-14T10:05:00+01:00">Su 14 Mar 2021</time></header>'
    )
    head, text = read(column(header) + TEXT)
    assert 'title = "Ferry Rules"' in head and "date = 2021-03-14" in head and 'name = "Tilda Brann"' in head
    assert "legal journalist" not in text and "Harbour dues" not in text
    assert "Twelve months have passed" in text


def test_near_miss_a_sidebar_without_the_posts_title_stays_out():
    """Near miss: a sidebar whose heading is the site's name, not the post's title, is the site's."""
    _, text = read(column("<h1>Quayside Review</h1>") + TEXT)
    assert "Quayside Review" not in text and "legal journalist" not in text
    assert "Twelve months have passed" in text
