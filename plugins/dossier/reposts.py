"""A repost's credit to the publisher it took the story from, on a line of its own ('Reposted from South China Morning
Post: https://…', 'Originally published by Harbor Ledger', 'This article first appeared in The Westford Times on May 5,
2019'): blogs, campaign sites and newsletters that carry other outlets' stories close (or open) them so. It is the
original publisher and address, set apart as the editors' note, never a paragraph of the story."""

from __future__ import annotations

import re

from .attribution.names import KNOWN_OUTLETS, OUTLET_WORDS, fold
from .datelines import WIRE_AGENCIES
from .text import escape_markdown

_PIECE = r"(?:article|story|piece|post|report|op-ed|column|interview|essay|feature|commentary)"
_VERB = (
    r"(?i:re-?posted|re-?published|cross-?posted|reprinted|(?:originally|first)\s+(?:published|posted|appeared|ran)"
    rf"|this\s+{_PIECE}\s+(?:was\s+|is\s+)?(?:originally\s+|first\s+)?(?:published|posted|appeared|ran))"
)
_NO_OUTLET = r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|English|French|Spanish|German|Arabic|Chinese|Russian|Portuguese)\b)"
_OUTLET = _NO_OUTLET + r"(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|and|for|on|the|de|&)){0,7}"
_DATE = r"(?:\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|\d{4}-\d\d-\d\d))?"
_URL = r"<?(?P<url>https?://[^\s<>]+?)>?"
REPOST_CREDIT = re.compile(
    rf"^(?P<words>{_VERB}\s+(?i:in|on|by|from|at)\s+(?P<outlet>{_OUTLET}|[\w-]+(?:\.[\w-]+)+){_DATE})"
    rf"(?:\s*(?:[:,.–—-]|\s(?:at|here))\s*{_URL})?\.?$",
)


# a republishing site's line over or under the story naming the outlet it took it from: 'Courtesy of Harbour News',
# 'Story courtesy of The Vell Times'; a picture's 'Courtesy of Jane Roe' or 'Courtesy of the Vell Museum' names no outlet
COURTESY_PREFIX = r"(?:story|article|republished|reposted)\s+"  # 'Story courtesy of …' (savedpage's credit lines too)
COURTESY_CREDIT = re.compile(rf"^(?P<words>(?i:{COURTESY_PREFIX})?(?i:courtesy\s+of)\s+(?P<outlet>{_OUTLET}))\s*\.?$")


def _courtesy_outlet(name: str) -> bool:
    """An outlet's name in a courtesy line: one the genre cites by name, or one whose last word says what it is. Two
    names joined by 'and' ('Jane Roe and Harbour News') credit a picture to its takers, never a story to its outlet;
    one word before 'and' is the outlet's own name ('Dock and Harbour News')."""
    name = re.sub(r"^[Tt]he\s+", "", name.rstrip("."))
    first, joined, _second = name.partition(" and ")
    if joined and len(first.split()) >= 2:
        return False
    words = [fold(word) for word in name.split()]
    return " ".join(words) in KNOWN_OUTLETS or name in WIRE_AGENCIES or (len(words) >= 2 and words[-1] in OUTLET_WORDS)


def repost_credit(text: str) -> str | None:
    """The credit line as the editors' note shows it, in Markdown: its words with the outlet linked to the address it
    gives ('Reposted from [South China Morning Post](<https://…>)'); None for any other line."""
    text = text.strip()
    if len(text) > 400 or not text[:1].isalpha():
        return None
    courtesy = COURTESY_CREDIT.match(text)
    if courtesy is not None and _courtesy_outlet(courtesy.group("outlet")):
        return escape_markdown(courtesy.group("words").rstrip(".")) + "."  # the outlet's words may have taken the line's stop
    match = REPOST_CREDIT.match(text)
    if not match:
        return None
    words, outlet, url = match.group("words"), match.group("outlet"), match.group("url")
    stop = "" if words.endswith(".") else "."
    if not url:
        return escape_markdown(words) + stop
    start, end = match.span("outlet")
    return f"{escape_markdown(words[:start])}[{escape_markdown(outlet)}](<{url}>){escape_markdown(words[end:])}{stop}"


# the outlet a repost closes on, named alone under its label: 'Source: Harbour Schools', '**Source:** The Vell Times'
SOURCE_OUTLET = re.compile(rf"^(?P<label>(?i:source))\s*:\s*(?P<outlet>{_OUTLET})\s*\.?$")


def source_outlet(text: str) -> str | None:
    """A 'Source: <outlet>' line as the editors' note shows it ('Source: Harbour Schools.'), or None. A figure's credit
    reads the same: the caller takes it only where it closes the story under a paragraph of its text."""
    match = SOURCE_OUTLET.match(text.strip())
    return escape_markdown(f"Source: {match.group('outlet')}.") if match else None


SOURCE_ADDRESS = re.compile(rf"^(?P<label>(?i:source|original|via))\s*:\s*{_URL}$")  # 'Source : https://…' (a French space too)


def source_address(text: str) -> str | None:
    """A line that gives only the address of the page the text was copied from ('Source : https://example.org/…'), as
    the editors' note shows it in Markdown, or None."""
    match = SOURCE_ADDRESS.match(text.strip())
    return f"{match.group('label')}: <{match.group('url')}>" if match else None


# a reposting portal's line under the headline naming the agency the item came from and the day it was posted, often its
# own section too: 'Source:  APP Published in Education on Friday, March 18, 2016', 'Source: Harbour Wire Posted under World on 12 June 2020'
PORTAL_SOURCE_LINE = re.compile(
    rf"^Source\s*:\s*(?P<outlet>{_OUTLET}|[\w-]+(?:\.[\w-]+)+)\s*[|,–—-]?\s*(?i:published|posted|updated)"
    r"(?:\s+(?i:in|under)\s+(?P<section>[A-Z][\w&’' -]{0,40}?))?\s+(?i:on\s+)?(?P<date>\S.{5,40})$"
)


def portal_source_line(text: str) -> tuple[str, str] | None:
    """The agency a reposting portal credits and the date it gives on its 'Source: … Published … on <date>' line, or None."""
    found = PORTAL_SOURCE_LINE.match(text.strip())
    return (found.group("outlet"), found.group("date").strip()) if found else None


# the words a newspaper's name ends on ('New York Times', 'Bangkok Post', 'Harbour Herald'): the outlet words, but for
# those that also end a rubric or a subject ('Book Review', 'Daily', 'Press', 'Monitor'), and two the list lacks
_PAPER_WORDS = (OUTLET_WORDS - {"daily", "radio", "tv", "press", "channel", "newspaper", "website", "magazine", "broadcasting", "monitor", "review", "standard", "dispatch", "mirror"}) | {"observer", "ledger"}  # fmt: skip
# outlets known by name whose names are also a subject a report is titled by ('Foreign Policy: The Year Ahead')
_SUBJECT_NAMES = frozenset({"foreign policy", "foreign affairs", "fortune", "atlantic", "independent", "intercept", "slate"})
OUTLET_HEAD = re.compile(r"^(?P<outlet>(?:The\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})\s*:\s+(?P<rest>[A-Z0-9‘“'\"].*\S)$")
HEADLINE_WORDS_MIN = 3
PLACE_WORDS_MIN = 2  # 'New York Times', 'Norland Morning Post': a paper's place and name before its word; 'Market News' is a rubric


def _outlets_name(name: str, text: str) -> bool:
    """A news outlet's name: one the genre cites by name ('Reuters', 'Al Jazeera'), or a paper's, its last word saying
    what it is, where the name reads as a paper's ('The Vells Times', 'New York Times') or the text names it again (a
    credit, a source line); a rubric or a subject on a paper's word ('Market News', 'Changing Times') is none. Two letters
    say too little ('AP', 'RT')."""
    bare = re.sub(r"^The\s+", "", name)
    words = [fold(word) for word in bare.split()]
    folded = " ".join(words)
    if len(folded) <= 2 or folded in _SUBJECT_NAMES:
        return False
    if folded in KNOWN_OUTLETS or name in WIRE_AGENCIES:
        return True
    if len(words) < 2 or words[-1] not in _PAPER_WORDS:
        return False
    return bare != name or len(words) > PLACE_WORDS_MIN or bare in text


def outlet_headed_title(title: str, text: str = "") -> tuple[str, str] | None:
    """A repost's title naming the outlet it copies before a colon ('New York Times: Velan Has a New Harbour Chief',
    'Reuters: …'): the outlet and the headline; None for a title whose head is a subject or a rubric ('Brexit: What Comes
    Next', 'Big News: …')."""
    found = OUTLET_HEAD.match(title.strip())
    if not found or len(found.group("rest").split()) < HEADLINE_WORDS_MIN or not _outlets_name(found.group("outlet"), text):
        return None
    return found.group("outlet"), found.group("rest")
