"""Saved news and blog pages: the structured data's keywords escaped for HTML once more by the CMS, a blog's name over the
post's byline, and the byline's post and a microdata author written with value= (nu29, nu30)."""

from __future__ import annotations

from dossier.savedpage import read_saved_page

LONG = "The harbour board met on Monday to hear the auditors, who found that two dredging contracts had been paid twice."


def page(body: str, head: str = "") -> bytes:
    return f'<!doctype html>\n<html><head><meta charset="utf-8"><title>Harbour audit | Site</title>{head}</head>\n<body>\n{body}\n</body></html>\n'.encode()


ARTICLE = f"<article><h1>Harbour audit finds double payments</h1><p>{LONG}</p><p>{LONG}</p></article>"


def test_keywords_escaped_for_html_in_the_json_read_as_their_characters() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour audit finds double payments", "keywords": "Harbour Audit, Ports \\u0026amp; Harbours"}</script>'
    result = read_saved_page(page(ARTICLE, head), "page.html")
    assert result.meta["tags"] == ["Harbour Audit", "Ports & Harbours"]


def test_keywords_with_a_plain_ampersand_stay() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour audit finds double payments", "keywords": "Ports & Harbours, Audit"}</script>'
    assert read_saved_page(page(ARTICLE, head), "page.html").meta["tags"] == ["Ports & Harbours", "Audit"]


LOOSE_BYLINE = (
    '<header><h1>Harbour audit finds double payments</h1><div class="lede-credits">'
    '<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/author/jane-roe/"><span>Jane Roe</span>'
    '<meta itemprop="name" value="Jane Roe"></a></span></div></header>'
)


def article(inner: str = "") -> str:
    return f'<div itemscope itemtype="http://schema.org/Article">{inner}<div class="body"><p>{LONG}</p><p>{LONG}</p></div></div>'


def test_an_author_item_over_the_article_item_is_its_author() -> None:
    result = read_saved_page(page(LOOSE_BYLINE + article()), "page.html")
    assert result.meta["authors"] == ["Jane Roe"]


def test_the_article_item_s_own_author_wins() -> None:
    own = '<span itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="Tomas Brill"></span>'
    result = read_saved_page(page(LOOSE_BYLINE + article(own)), "page.html")
    assert result.meta["authors"] == ["Tomas Brill"]


def test_a_teasers_author_is_no_author_of_the_article() -> None:
    """A "Most read" sidebar's 'by <author>' after the article item, or a list of teasers over it, credits no one; the
    byline over the item, outside any teaser's place, still does."""
    teasers = '<ul><li><a href="/a">Ferry fares rise</a> by <span itemprop="author">Ivo Brandt</span></li></ul>'
    for html in (
        article() + f"<aside><h3>Most read</h3>{teasers}</aside>",
        article() + '<div class="most-read"><a href="/a">Ferry fares rise</a> <span itemprop="author">Ivo Brandt</span></div>',
        f"<nav>{teasers}</nav>" + article(),
        teasers + article(),
    ):
        assert read_saved_page(page(html), "page.html").meta.get("authors") in (None, []), html
    result = read_saved_page(page(f"<aside>{teasers}</aside>" + LOOSE_BYLINE + article()), "page.html")
    assert result.meta["authors"] == ["Jane Roe"]


def byline_page(byline: str) -> bytes:
    return page(f'<article><h1>Harbour audit finds double payments</h1><div class="blog-author">{byline}</div><p>{LONG}</p><p>{LONG}</p></article>')


def test_the_byline_s_post_after_the_name_is_the_author_s_post() -> None:
    result = read_saved_page(
        byline_page('By <a href="/bio/jane-roe">Jane Roe</a>, Senior Fellow, Harbour Project March 5, 2024 | 6:00 PM'), "page.html"
    )
    assert result.meta["authors"] == ["Jane Roe"] and result.meta["author_roles"] == {"Jane Roe": "Senior Fellow, Harbour Project"}


def test_a_byline_with_its_date_after_the_name_has_no_post() -> None:
    result = read_saved_page(byline_page('By <a href="/bio/jane-roe">Jane Roe</a>, March 5, 2024'), "page.html")
    assert result.meta["authors"] == ["Jane Roe"] and not result.meta.get("author_roles")


def test_a_blog_s_name_over_the_post_is_no_paragraph() -> None:
    channel = (
        '<div class="panel-panel panel-header-full-bleed"><div class="panel-pane pane-harbour-blog-channel-header">'
        '<a href="/blog/harbour-notes"><img src="/banner.jpg" alt=""></a>'
        '<div class="blog_channel_header--title text-large"><a href="/blog/harbour-notes">Harbour Notes</a></div></div></div>'
    )
    post = (
        '<div class="panel-panel panel-full-width-1"><div class="inner">'
        '<div class="panel-pane pane-node-title"><h1>Harbour audit finds double payments</h1></div>'
        '<div class="panel-pane pane-blog-byline"><div class="blog-author">By <a href="/bio/jane-roe">Jane Roe</a>, Senior Fellow</div>'
        '<div class="updated-date">March 5, 2024 | 6:00 PM</div></div>'
        f'<div class="panel-pane pane-node-body"><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></div></div></div>'
    )
    result = read_saved_page(
        page(f'<div id="main"><div id="content" class="column" role="main"><div class="panel-display">{channel}{post}</div></div></div>'), "page.html"
    )
    assert [unit.text for unit in result.body] == [LONG, LONG, LONG]


def test_a_place_after_the_name_is_no_post() -> None:
    result = read_saved_page(byline_page('By <a href="/bio/jane-roe">Jane Roe</a>, Geneva March 5, 2024'), "page.html")
    assert not result.meta.get("author_roles")
