"""The occasion of a statement (a speech, an interview, a post…) from the words around it."""

from __future__ import annotations

import re

from ..dates import IGNORECASE_SPECIAL

OCCASIONS = [
    ("cartoon", r"\bcartoons?\b"),
    ("press conference", r"\b(?:press|news) conference|\bpress briefing|\bbriefing\b"),
    ("TV interview", r"\b(?:tv|television|news program(?:me)?|broadcast|talk show)\b"),
    ("interview", r"\binterview"),
    ("speech", r"\bspeech|\baddress(?:ed)?\b|\bsermon|\blecture\b"),
    ("article", r"\barticle|\beditorial|\bop-ed|\bcolumn\b"),
    ("phone call", r"\b(?:tele)?phone\b|\bcall with\b"),
    ("post", r"\btweet|\btwitter\b|\btelegram\b|\binstagram\b|\bposted\b"),
    ("conversation", r"\bconversation|\bdiscussion\b|\bspeaking with\b"),
    ("meeting", r"\bmeeting\b|\bmet with\b|\bmet\b"),
]
OCCASION_PATTERNS = [(name, re.compile(pattern, re.I)) for name, pattern in OCCASIONS]
ANY_OCCASION = re.compile("|".join(f"(?:{pattern})" for _, pattern in OCCASIONS), re.I)  # one scan: is any of them there?
# the same on the text in lower case, without re.I (three times faster; dates.IGNORECASE_SPECIAL says where it is the same)
LOWER_OCCASION_PATTERNS = [(name, re.compile(pattern)) for name, pattern in OCCASIONS]
LOWER_ANY_OCCASION = re.compile(ANY_OCCASION.pattern)
NOUN_OCCASIONS = {
    "speech": "speech",
    "address": "speech",
    "sermon": "speech",
    "article": "article",
    "editorial": "article",
    "op-ed": "article",
    "column": "article",
    "interview": "interview",
    "post": "post",
    "tweet": "post",
    "tweets": "post",
}


def occasion_in(*texts: str) -> str:
    for text in texts:
        if not text:
            continue
        patterns, any_pattern = OCCASION_PATTERNS, ANY_OCCASION
        if not IGNORECASE_SPECIAL.search(text):
            text, patterns, any_pattern = text.lower(), LOWER_OCCASION_PATTERNS, LOWER_ANY_OCCASION
        if not any_pattern.search(text):
            continue
        for name, pattern in patterns:
            if pattern.search(text):
                return name
    return ""
