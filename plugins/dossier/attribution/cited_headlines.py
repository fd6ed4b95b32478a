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
# the sentence ends with the date: "…, citing two sources" or "…, in an editorial" after it makes the words a report's
SENTENCE_ENDS = re.compile(r"\s*(?:[.!?]|$)")
# a question an outlet put as its headline ("asked The Harbour Weekly in June")
QUESTION_VERBS = frozenset({"asked", "wondered", "probed"})
# another headline cited in the sentence right before or after ("“…,” reported X in May. “…?” probed Y in August.")
NEXT_HEADLINE = re.compile(r"\s*“[^”]{8,}[,?!]?”\s*(?:reported|asked|wondered|declared|proclaimed|warned|probed)\s")
EARLIER_HEADLINE = re.compile(r"”\s*(?:reported|asked|wondered|declared|proclaimed|warned|probed)\s+[^.!?]{2,60}\s(?:in|last)\s+[\w ]{3,20}\.\s+$")
HEADLINE_MIN_WORDS = 4
TITLE_CASE_SHARE = 0.6


def _title_case(inner: str) -> bool:
    words = [word for word in inner.split() if len(word) > 3]
    return bool(words) and sum(word[:1].isupper() for word in words) >= TITLE_CASE_SHARE * len(words)


def cited_headline(before: str, inner: str, after: str) -> bool:
    """Whether the quotation opening its sentence is a whole headline an outlet after it ran in a month or year, the
    date closing the sentence; the words read as a headline only where they are one by their form (Title Case, or a
    question the outlet asked) or stand among other headlines cited so, as a survey of the coverage lists them ("“…,”
    reported Reuters in March." alone is the agency's report). A person named there ("asked Senator Ana Roe in June")
    speaks, and a name the name reader cannot tell for an outlet is left to the other rules."""
    if not inner[:1].isupper() or len(inner.split()) < HEADLINE_MIN_WORDS or not SENTENCE_OPEN.search(before):
        return False
    ran = RAN_IN.match(after)
    if ran is None or not SENTENCE_ENDS.match(after, ran.end()):
        return False
    head = head_of(ran.group("name"))
    if head is None or head.kind != "outlet":
        return False
    asked = ran.group("verb") in QUESTION_VERBS and inner.rstrip().endswith("?")
    rest = after[ran.end() :].lstrip(".!? ")
    among = bool(NEXT_HEADLINE.match(rest)) or bool(EARLIER_HEADLINE.search(before))
    return asked or _title_case(inner) or among
