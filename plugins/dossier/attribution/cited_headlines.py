"""A past story's headline, quoted whole with the outlet that ran it and the month or year ("“Your commute is shortening
your life,” reported the Velden Courier in May.", "“Is the bus the new cigarette?” asked The Harbour Weekly in 2023"):
features and essays that survey the coverage of a subject cite headlines so, and the words are the story's title, not a
statement. An outlet credited with no month or year ("“…,” reported Velden Daily.") keeps its words."""

from __future__ import annotations

import re

from .names import head_of

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# the verb of publishing or asking, the outlet's name, and the month or year it ran the story in
RAN_IN = re.compile(
    r"[,?!]?\s*(?P<verb>reported|asked|wondered|declared|proclaimed|warned|probed)\s+(?P<name>(?:the\s+|The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})"
    r"\s+(?:in|last)\s+(?:(?:" + _MONTHS + r")(?:\s+\d{4})?|\d{4}|year|month)\b"
)
SENTENCE_OPEN = re.compile(r"(?:^|[.!?][”’\"]?\s+)$")
HEADLINE_MIN_WORDS = 4


def cited_headline(before: str, inner: str, after: str) -> bool:
    """Whether the quotation opening its sentence is a whole headline an outlet after it ran in a month or year; a person
    named there ("asked Senator Ana Roe in June") speaks, and a name the name reader cannot tell for an outlet is left to
    the other rules."""
    if not inner[:1].isupper() or len(inner.split()) < HEADLINE_MIN_WORDS or not SENTENCE_OPEN.search(before):
        return False
    ran = RAN_IN.match(after)
    if ran is None:
        return False
    head = head_of(ran.group("name"))
    return head is not None and head.kind == "outlet"
