"""A saved page's routing tags: the tags a news site's CMS sets on a story to send it somewhere (a newsletter, the home
page, a breaking-news strip, a partner's feed), not to say what it is about. They are no topic of the report; where a
page's tags are all such, its keywords or its section name what it is about instead."""

from __future__ import annotations

import re

from .importunits import listed_tags

# 'Business Newsletter', 'Newsletter: Morning Brief', 'daily-newsletter': a newsletter's name, whatever its words
NEWSLETTER_TAG = re.compile(r"(?:^|[\s_:/-])newsletters?(?:$|[\s_:/-])", re.I)
# a placement or a feed, the whole tag ('Breaking', 'Top Stories', 'Homepage', 'Apple News'); spaces, hyphens and
# apostrophes evened out ('Editors’ Picks', 'home-page')
ROUTING_TAG = re.compile(
    r"(?:breaking(?: news)?|top (?:stories|story|news)|featured(?: stories| story)?|home ?page|front ?page|"
    r"most (?:read|popular|viewed)|trending(?: now)?|editors? ?s? picks?|must reads?|latest(?: news)?|headlines|"
    r"(?:push|news|breaking) alerts?|apple news|google news|msn|newsbreak|smartnews|syndicat(?:ed|ion)|"
    r"sponsored|promoted|paywall|premium|subscriber only|subscriber exclusive)",
    re.I,
)


def routing_tag(tag: str) -> bool:
    """A tag that routes the story ('Business Newsletter', 'Breaking', 'Top Stories'), no topic of it."""
    plain = " ".join(re.sub(r"[-_’'.]+", " ", tag).split())
    return bool(NEWSLETTER_TAG.search(tag) or ROUTING_TAG.fullmatch(plain))


def topic_tags(tags: list[str], head: dict[str, object]) -> list[str]:
    """The page's tags without its routing ones. Where every tag it has routes the story ('Business Newsletter'), the
    topics come from its keywords (its JSON-LD's, then its 'news_keywords' meta), else from its section
    ('article:section'), a meta's value a `(text, line)` pair as the page's head gives it; a page with no tags at all
    keeps none (its keywords alone are often a search engine's list, no topics). The plain 'keywords' meta is never
    asked: a site sets the same search words on every page ('news, latest news, world news, headlines')."""
    topics = [tag for tag in tags if not routing_tag(tag)]
    if topics or not tags:
        return topics
    for key in ("ld_keywords", "news_keywords", "article:section"):
        field = head.get(key)
        listed = field if isinstance(field, list) else listed_tags(field[0]) if isinstance(field, tuple) and isinstance(field[0], str) else []
        named = [tag for tag in listed if isinstance(tag, str) and not routing_tag(tag)]
        if named:
            return named
    return []
