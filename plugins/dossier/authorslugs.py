"""A static site's front matter that keys its author by a slug ('author: harbour-policy-institute', 'jane_roe'), as a
store of pages filed by author writes it: the name in words. Where the text names it, as the text writes it ('Speech: New
Zealand Business Roundtable'), which keeps its capitals ('UK', 'McLeod'); else the slug's words in title case, the small
words of a body's name in lower case ('Institute for River Studies'); the dry run says which. A slug with figures in it
('user-48213') is a CMS's key, no name: left out, with a problem line. A single word ('jroe', 'admin') is left as it is:
nothing tells a user name from a name there."""

from __future__ import annotations

import re

from .importunits import Meta, Problem
from .text import squash_spaces

# a site's slug for an author in its front matter ('harbour-weekly', 'jane_roe'): hyphens or underscores, unlike the
# report's own slug (reportimport.REPORT_SLUG), which --slug gives and a path holds
AUTHOR_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
SLUG_SEPARATOR = re.compile(r"[-_]")
SLUG_SMALL_WORDS = frozenset("of for and the on in at to".split())


def slug_authors(meta: Meta) -> bool:
    """The front matter's authors are a site's slugs ('harbour-weekly'), no names as the page prints them."""
    authors = meta.get("authors") or []
    return bool(authors) and all(AUTHOR_SLUG.match(str(name)) for name in authors)


def authors_from_slugs(meta: Meta, text: str, inferred: list[str], problems: list[Problem]) -> None:
    """Each author the front matter gives as a slug of two words or more, in words; a key with figures left out."""
    named = []
    for author in meta.get("authors") or []:
        words = SLUG_SEPARATOR.split(str(author))
        if not AUTHOR_SLUG.match(str(author)) or len(words) < 2:
            named.append(author)
        elif not all(word.isalpha() for word in words):
            problems.append(Problem(1, f"the front matter's author {author!r} is a site's key, no name: left out"))
        else:
            named.append(_words_of(str(author), words, text, inferred))
    meta["authors"] = named


def _words_of(slug: str, words: list[str], text: str, inferred: list[str]) -> str:
    spelt = re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", text, re.I)
    found = squash_spaces(spelt.group(0)) if spelt else ""
    if found and not found.islower():
        inferred.append(f"the front matter's author {slug!r}, a site's key, read as {found!r}, as the text writes it")
        return found
    titled = " ".join(word if word in SLUG_SMALL_WORDS and at else word.capitalize() for at, word in enumerate(words))
    inferred.append(f"the front matter's author {slug!r}, a site's key, read as {titled!r}, its words in title case")
    return titled
