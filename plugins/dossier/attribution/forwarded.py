"""A passage a digest forwards from a body, under a lead-in with no verb of saying.

NGO digests, press reviews and newsletters reproduce a body's words as a block quote after a line that only says where
the passage comes from: "We also forward a communiqué from the organisation Pier Rights Network, on 10 December:",
"A statement by the Harbour Union:", "this was posted yesterday on Coast Watch Line:". The block quote is the body's.
A lead-in about a thing that is not words ("the following photo was posted on …"), or naming no one, credits nobody.
"""

from __future__ import annotations

import re

from .names import CHUNK, PLATFORMS, Head, head_of  # a platform carries a post; whose words they are, it does not say

# the kinds of document a body puts out, whose text a digest forwards whole
_DOCUMENT = (
    r"communiqu[eé]|statement|press\s+release|news\s+release|release|declaration|appeal|open\s+letter|letter|message|"
    r"bulletin|alert|notice|update|post"
)
# "a communiqué from the organisation X", "the statement issued by X", "an appeal sent to us by X"
DOCUMENT_FROM = re.compile(
    rf"\b(?:{_DOCUMENT})\s+(?:[a-z]+\s+){{0,4}}?(?:from|by|of)\s+(?:the\s+)?"
    r"(?:(?:organi[sz]ation|group|association|network|NGO|collective|coalition|campaign|movement|committee|union|platform)\s+)?"
    r"(?=[A-Z])"
)
# "this was posted about it that day on X", "the following was published yesterday by X"
POSTED = re.compile(
    r"\b(?:[Tt]his|[Ii]t|[Tt]he\s+following|[Tt]he\s+following\s+(?:message|text|statement|post|appeal|alert|note)|"
    r"[Tt]hese\s+lines|[Tt]he\s+(?:message|text|statement|post|appeal|alert))\s+"
    r"was\s+(?:posted|published|shared|released|issued|put\s+out|sent\s+out)\b"
)
BY_OR_ON = re.compile(r"\s(?:(?P<venue>on)|by)\s+(?:the\s+)?(?=[A-Z])")
# after the name: the end of the lead-in, or a date or topic given after a comma ("X, on 10 December:")
_NAME_END = re.compile(
    r"\s*(?:(?:website|page|account|channel|feed|blog|site)\s*)?"
    r"(?:(?:,\s*[^,:;]{0,80})|\s+(?:on|in|yesterday|today|this|last|that)\b[^,:;]{0,40})?\s*[:.]?\s*$"
)
POSSESSIVE_END = re.compile(r"(?:’s|'s|’|')$")


def forwarded_from(lead_in: str) -> Head | None:
    """The body (or person) a lead-in says the block quote under it comes from; None where it names no one."""
    if "from" not in lead_in and " by " not in lead_in and " of " not in lead_in and " on " not in lead_in:
        return None
    for match in DOCUMENT_FROM.finditer(lead_in):
        head = _named_at(lead_in, match.end(), venue=False)
        if head is not None:
            return head
    posted = POSTED.search(lead_in)
    if posted is None:
        return None
    for match in BY_OR_ON.finditer(lead_in, posted.end(), posted.end() + 80):
        head = _named_at(lead_in, match.end(), venue=match.group("venue") is not None)
        if head is not None:
            return head
    return None


def _named_at(lead_in: str, at: int, venue: bool) -> Head | None:
    """The actor named at `at` when the lead-in ends with the name (or a date or topic after it)."""
    name = CHUNK.match(lead_in, at)
    if name is None or _NAME_END.match(lead_in, name.end()) is None:
        return None
    # a chunk runs on over "on" ("Monday on Coast Watch Line", "Coast Watch Line on Monday"): the name is one part of it
    for part in name.group(0).split(" on ") if venue else [name.group(0)]:
        head = head_of(part, lead_in[:at])
        if head is None or head.kind not in ("person", "organization", "outlet") or head.name.lower() in PLATFORMS:
            continue  # "on Monday", "on Facebook": no one's words
        if venue and not POSSESSIVE_END.search(part):
            # the site, account or channel it was posted on, whatever its name looks like ("Coast Watch Line")
            return Head(part, "", "organization")
        return head
    return None


# "The Harbour Council asks the city to make sure … ." over a block quote: the body's appeal, quoted under it
BODY_ASKS = re.compile(
    r"(?:The\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'-]*){0,6})\s+"
    r"(?:asks|asked|calls\s+on|called\s+on|appeals\s+to|appealed\s+to)\s+(?:[\w-]+\s+){1,6}?to\s+[a-z]"
)
# "… has received reports of arrests. According to their sources," over a block quote: the body's own report
OWN_SOURCES = re.compile(r"According\s+to\s+(?:its|their)\s+(?:own\s+)?(?:sources|information|contacts|monitors|findings|records)\s*[,:]$")


def body_asking(sentence: str) -> Head | None:
    """The body whose appeal the sentence over a block quote reports ("X asks the authorities to ensure … ."); a person
    asking someone to do something (a reporter asking a minister to explain) is left alone: the answer may follow."""
    asks = BODY_ASKS.match(sentence)
    if asks is None:
        return None
    head = head_of(asks.group("who"))
    return head if head is not None and head.kind == "organization" else None


def body_citing_own_sources(previous: str, sentence: str) -> Head | None:
    """ "The Harbour Council has received reports of arrests. According to their sources,": the body the sentence
    before opens with, reporting what its sources told it."""
    if OWN_SOURCES.match(sentence) is None:
        return None
    opening = CHUNK.match(previous.removeprefix("The ").lstrip())
    head = head_of(opening.group(0)) if opening is not None else None
    return head if head is not None and head.kind == "organization" else None
