"""A blog theme's header sets the site's name as its <h1> ('site-title', in a 'site-branding' box) and the post's title as
an <h2 class="entry-title">: the post's title is the page's, never the site's name, even where the page's <title> is
the site's name too. Pages of our own, with a near miss."""

from __future__ import annotations

from dossier.savedpage import read_saved_page
from saved_page_passages import LONG


def page(site_class: str, title: str = "The Kelby Courier") -> bytes:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="{site_class}"><h1 class="blog-name"><a href="/">The Kelby Courier</a></h1></div>'
        '<div class="content"><h2 class="entry-title">Harbour pier closes after a century</h2>'
        f"<p>March 4, 2021</p><p>{LONG}</p><p>{LONG}</p></div></body></html>"
    ).encode()


def test_the_sites_name_in_its_header_is_no_title():
    for site_class in ("site-branding", "site-name", "logo"):
        saved = read_saved_page(page(site_class), "page.html")
        assert saved.meta["title"] == "Harbour pier closes after a century", site_class


def test_an_h1_in_a_box_marked_otherwise_stays_the_title():
    """Near miss: the <h1> in a box whose class names no site's mark is the page's headline, as before."""
    saved = read_saved_page(page("masthead-story"), "page.html")
    assert saved.meta["title"] == "The Kelby Courier"


def hero_page(h1_class: str, title: str = "Harbour pier closes after a century") -> bytes:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<header class="site-header"><div class="hero"><div class="inner"><h1 class="{h1_class}">Harbour pier closes after a century</h1>'
        f"</div></div></header><main><article><p>{LONG}</p><p>{LONG}</p></article></main></body></html>"
    ).encode()


def test_a_post_title_in_a_themes_hero_header_is_the_title():
    """A theme that sets the post's headline in its 'site-header' hero: a header is a box, no mark of the site's name,
    and an <h1> its own class calls the post's title is never the site's name; the page keeps a title either way."""
    for h1_class in ("post-title", "hero-title", "entry-title"):
        saved = read_saved_page(hero_page(h1_class), "page.html")
        assert saved.meta["title"] == "Harbour pier closes after a century", h1_class
        assert not saved.problems or "no title" not in " ".join(p.message for p in saved.problems)


def test_the_last_title_source_is_kept_even_where_it_names_the_site():
    """A page whose only heading is the site's name in its branding box, and whose <title> says the same: that name is
    the title there is, never no title at all."""
    html = (
        '<!doctype html><html><head><meta charset="utf-8"><title>The Kelby Courier</title></head><body>'
        '<div class="site-branding"><h1><a href="/">The Kelby Courier</a></h1></div>'
        f"<main><p>{LONG}</p><p>{LONG}</p></main></body></html>"
    )
    saved = read_saved_page(html.encode(), "page.html")
    assert saved.meta["title"] == "The Kelby Courier"
