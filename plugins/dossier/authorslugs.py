"""A static site's front matter that keys its author by a slug ('author: harbour-policy-institute', 'jane_roe'), as a
store of pages filed by author writes it: the name in words. Where the text names it, as the text writes it ('Speech: New
Zealand Business Roundtable'), which keeps its capitals ('UK', 'McLeod'); else the slug's words in title case, the small
words of a body's name in lower case ('Institute for River Studies'), a state's letters in capitals ('US China Harbour
Council'; 'us' elsewhere is the pronoun: 'Stand with Us'), as are the words the text writes only in capitals ('ILO'); the dry run says which. A CMS numbers a second
user of the same name ('jane-roe-2'): the figures at the end go. A slug with figures in it otherwise ('user-48213') is a
CMS's key, and one that is a post or a team ('staff-writer', 'guest-author', 'news-desk') is a role: no name, left out
with a problem line. A single word ('jroe', 'admin') is left as it is: nothing tells a user name from a name there."""

from __future__ import annotations

import re

from .attribution.given_names import given_name_sex
from .attribution.names import STATE_ACRONYMS
from .bylines import JOB_HEAD, TEAM_BYLINE, post_alone, spelt
from .importmeta import acronyms_as_written
from .importunits import SMALL_WORDS, Meta, Problem
from .text import squash_spaces

# a site's slug for an author in its front matter ('harbour-weekly', 'jane_roe'): hyphens or underscores, unlike the
# report's own slug (reportimport.REPORT_SLUG), which --slug gives and a path holds
AUTHOR_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
SLUG_SEPARATOR = re.compile(r"[-_]")
# a state's letters, in a slug in lower case ('uk-ports-forum'): in capitals; a body's letters ('ILO', 'EU') where the
# text writes them so (importmeta.acronyms_as_written). 'us' is the pronoun but opening a body's name ('us-china-council')
SLUG_INITIALISMS = STATE_ACRONYMS - {"US"}
# the post a role's slug ends on ('site-editor', 'guest-author'), under no given name
SLUG_POST = re.compile(rf"(?:{JOB_HEAD}|authors?|admin)", re.I)


def slug_authors(meta: Meta) -> bool:
    """The front matter's authors are a site's slugs ('harbour-weekly'), no names as the page prints them."""
    authors = meta.get("authors") or []
    return bool(authors) and all(AUTHOR_SLUG.match(str(name)) for name in authors)


def authors_from_slugs(meta: Meta, text: str, inferred: list[str], problems: list[Problem]) -> None:
    """Each author the front matter gives as a slug of two words or more, in words; a key with figures or a role left out."""
    named = []
    for author in meta.get("authors") or []:
        words = SLUG_SEPARATOR.split(str(author))
        if not AUTHOR_SLUG.match(str(author)) or len(words) < 2:
            named.append(author)
            continue
        while len(words) > 2 and words[-1].isdigit():
            words.pop()  # 'jane-roe-2': the CMS's second Jane Roe
        if not all(word.isalpha() for word in words):
            problems.append(Problem(1, f"the front matter's author {author!r} is a site's key, no name: left out"))
        elif _role(words):
            problems.append(Problem(1, f"the front matter's author {author!r} is a post or a team, no name: left out"))
        else:
            named.append(_words_of(str(author), words, text, inferred))
    meta["authors"] = named


def _role(words: list[str]) -> bool:
    """'staff-writer', 'news-desk', 'site-editor': a post or a team, not a person ('jane-head' opens on a given name)."""
    phrase = " ".join(word.capitalize() for word in words)
    if post_alone(phrase) or TEAM_BYLINE.match(phrase):
        return True
    return SLUG_POST.fullmatch(words[-1]) is not None and given_name_sex(words[0].capitalize()) is None


def _words_of(slug: str, words: list[str], text: str, inferred: list[str]) -> str:
    written = re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", text, re.I)
    found = spelt(squash_spaces(written.group(0))) if written else ""
    if found and not found.islower():
        inferred.append(f"the front matter's author {slug!r}, a site's key, read as {found!r}, as the text writes it")
        return found
    titled = " ".join(
        word.upper()
        if word.upper() in SLUG_INITIALISMS or (word == "us" and at == 0 and len(words) > 2)
        else word
        if word in SMALL_WORDS and at
        else word.capitalize()
        for at, word in enumerate(words)
    )
    titled = acronyms_as_written(titled, text)  # 'Ilo Youth Forum' where the text writes 'ILO'
    inferred.append(f"the front matter's author {slug!r}, a site's key, read as {titled!r}, its words in title case")
    return titled
