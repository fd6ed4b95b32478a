"""A saved news page's routing tags: a CMS tags a story with the newsletter or the strip it is sent to ('Business
Newsletter', 'Breaking', 'Top Stories'), which says nothing of what it is about. Those are no topics; where they are all
the page's tags, its keywords, else its section (`article:section`), name the topic. Genuine topic tags stay first, over
the keywords, which a site fills with its sections. Pages of our own, with near misses."""

from __future__ import annotations

import pytest
from dossier.routingtags import routing_tag
from saved_page_passages import LONG, read

ARTICLE = f"<article><h1>Harbour board picks an operator for the stadium</h1><p>By Jane Roe</p><p>{LONG}</p><p>{LONG}</p></article>"


def test_a_newsletter_tag_gives_way_to_the_section():
    head = '<meta value="Growth &amp; Enterprise" name="article:section"><meta value="Markets Newsletter" name="article:tag">'
    assert read(ARTICLE, head).meta["tags"] == ["Growth & Enterprise"]


def test_routing_tags_give_way_to_the_news_keywords_before_the_section():
    head = (
        '<meta property="article:section" content="Harbour"><meta property="article:tag" content="Breaking">'
        '<meta property="article:tag" content="Top Stories"><meta name="news_keywords" content="Ferries, Kelby Pier">'
    )
    assert read(ARTICLE, head).meta["tags"] == ["Ferries", "Kelby Pier"]


def test_a_routing_tag_among_topics_is_left_out():
    head = '<meta property="article:tag" content="Harbour Policy"><meta property="article:tag" content="Morning Newsletter">'
    assert read(ARTICLE, head).meta["tags"] == ["Harbour Policy"]


def test_a_topic_tag_stays_over_the_keywords_a_site_fills_with_its_sections():
    """Near miss: 'Shipbuilding' is what the story is about; the keywords list the sections it runs in."""
    head = (
        '<meta property="article:section" content="Business"><meta property="article:tag" content="Shipbuilding">'
        '<meta name="news_keywords" content="Business, Local Business, Nation, Retail">'
    )
    assert read(ARTICLE, head).meta["tags"] == ["Shipbuilding"]


def test_a_page_with_no_tags_still_takes_none_from_its_section():
    """Near miss: no tag at all, as before: the section and the keywords alone tag nothing."""
    head = '<meta property="article:section" content="Harbour"><meta name="news_keywords" content="Ferries, Kelby Pier">'
    assert "tags" not in read(ARTICLE, head).meta


def test_routing_tags_alone_with_nothing_to_fall_back_on_give_no_tags():
    assert "tags" not in read(ARTICLE, '<meta property="article:tag" content="Breaking News">').meta


@pytest.mark.parametrize(
    "tag",
    [
        "Business Newsletter",
        "Newsletter",
        "newsletter-daily",
        "Newsletter: Harbour Brief",
        "Breaking",
        "Breaking News",
        "Top Stories",
        "Homepage",
        "home-page",
        "Editors’ Picks",
        "Most Read",
        "Apple News",
        "Sponsored",
    ],
)
def test_routing_tags(tag):
    assert routing_tag(tag)


@pytest.mark.parametrize(
    "tag",
    ["Home Affairs", "Home", "Breaking Barriers Fund", "Harbour News", "Top Gear", "Free Speech", "Housing", "Trends in Shipping", "Latest Research"],
)
def test_topics_that_only_look_like_routing_are_topics(tag):
    assert not routing_tag(tag)


def test_routing_tags_never_give_way_to_the_site_s_search_keywords():
    """The plain 'keywords' meta is the site's search words, the same on every page: no topics; the section still is."""
    seo = '<meta name="keywords" content="news, latest news, breaking news, world news, today news, headlines">'
    assert read(ARTICLE, '<meta property="article:tag" content="Breaking">' + seo).meta.get("tags") is None
    section = '<meta property="article:section" content="Harbour">'
    assert read(ARTICLE, '<meta property="article:tag" content="Breaking">' + seo + section).meta.get("tags") == ["Harbour"]
