"""The past time an attribution clause says its words were said at, where it gives no day: a year after the verb of
saying ("Varga told reporters in 2015: “…”"), a year opening the sentence after "Back" or in the occasion's phrase
("Back in 2019 the engineer warned …", "During a visit in March 2021, Brem said: …"), or a time counted back from the
report ("Last year, Varga told …", "Two years ago she wrote …"). Such words were not said on the report's day: the
statement is undated rather than dated wrongly."""

from __future__ import annotations

import re

from ..dates import CAPITALISED_MONTH as MONTH
from ..dates import LONE_YEAR as YEAR

SAYING = (
    r"(?:said|says|told|wrote|warned|stated|declared|testified|argued|claimed|reported|noted|explained|insisted|remarked|"
    r"assessed|concluded|predicted|promised|admitted|acknowledged|announced|asserted|observed)"
)
_THAT = r"(?:\s+that\b[^“”\".;:]{0,60})?"  # 'that the quay was “…”': the that-clause's first words before the quote
# the verb of saying, its object of a word or two ('told reporters', 'told the council'), then the year, right before the
# quote ('Varga told reporters in 2015: “', 'she wrote in March 2021 that “'); a year the words tell of ('said the cracks
# appeared in 2015: “') has more words between
YEAR_AFTER_VERB = re.compile(
    rf"\b{SAYING}(?:\s+(?:the\s+|a\s+|an\s+)?[a-z]+)?\s+(?:in|during)\s+(?:(?:early|late|mid)[\s-]+|{MONTH}\s+)?{YEAR},?{_THAT}\s*[:,]?\s*$"
)
# 'Back in 2019 the engineer warned', 'As early as 2009, …', and the occasion's phrase opening the sentence ('During a
# visit to the quay in March 2021, Brem said', 'At a hearing in 2015, …'); not a participle's ('Recalling a moment in
# 2022, she said': the moment recalled, said now)
OPENING_YEARS = (
    re.compile(rf"^(?:Back|As\s+early\s+as|As\s+late\s+as|Already)\s+(?:in\s+)?(?:{MONTH}\s+)?{YEAR}"),
    re.compile(rf"^(?:During|At|On)\s+(?:a|an|the|his|her|its|their)\s+[^,.;:“”\"]{{1,60}}?\bin\s+(?:{MONTH}\s+)?{YEAR},"),
)
# a time counted back from the report, opening the sentence or after the verb of saying: 'Last year, …', 'Two years ago
# she wrote', 'told the council last spring that'; never the week or the days, which the news counts from its own day
_BACK = (
    r"(?:last|past)\s+(?:year|month|spring|summer|autumn|fall|winter|decade)"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d{1,2})\s+(?:years?|months?|decades?)\s+(?:ago|earlier|before)"
    r"|years\s+(?:ago|earlier)|a\s+decade\s+ago"
)
RELATIVE_PAST_OPENING = re.compile(rf"^(?i:{_BACK})\b(?![’'])")  # not the possessive: "Last year’s floods …"
RELATIVE_PAST_AFTER_VERB = re.compile(rf"\b{SAYING}(?:\s+(?:the\s+|a\s+|an\s+)?[a-z]+)?\s+(?:{_BACK}),?{_THAT}\s*[:,]?\s*$")
CLAUSE_TAIL = 120  # characters of the text before the quote where the verb and its time stand


FOUR_DIGITS = re.compile(r"\d{4}")  # the cheap test before the clause's patterns: most clauses name no year
BACK_WORD = re.compile(r"[Ll]ast|[Pp]ast|ago\b|earlier|before")  # nor a time counted back


def years_said_in(before: str) -> list[int]:
    """The year the clause before the quote says its words were said in, by the verb or opening the sentence."""
    if not FOUR_DIGITS.search(before):
        return []
    tail = before[-CLAUSE_TAIL:].rstrip()
    opening = before.lstrip()
    found = YEAR_AFTER_VERB.search(tail) or next((m for pattern in OPENING_YEARS if (m := pattern.match(opening))), None)
    return [int(found.group("year"))] if found else []


def said_back_then(before: str) -> bool:
    """Whether the clause before the quote counts its time back from the report's ('Last year, …', 'two years ago')."""
    if not BACK_WORD.search(before):
        return False
    return bool(RELATIVE_PAST_OPENING.match(before.lstrip()) or RELATIVE_PAST_AFTER_VERB.search(before[-CLAUSE_TAIL:].rstrip()))
