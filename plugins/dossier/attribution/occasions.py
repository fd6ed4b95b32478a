"""The occasion of a statement (a speech, an interview, a post…) from the words around it."""

from __future__ import annotations

import re

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
        for name, pattern in OCCASION_PATTERNS:
            if text and pattern.search(text):
                return name
    return ""
