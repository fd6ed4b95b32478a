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
# The same on the lower-case text, each written to start with its words' first letters (the look-behind after each
# letter is the "\b" before it), so that re skips to those letters instead of trying every alternative at each
# character: the same matches (tests/test_attribution_shortcuts.py compares them)
FAST_LOWER_OCCASIONS = [
    ("cartoon", r"c(?<!\wc)artoons?\b"),
    ("press conference", r"p(?<!\wp)ress (?:conference|briefing)|n(?<!\wn)ews conference|b(?<!\wb)riefing\b"),
    ("TV interview", r"t(?<!\wt)(?:v|elevision|alk show)\b|n(?<!\wn)ews program(?:me)?\b|b(?<!\wb)roadcast\b"),
    ("interview", r"i(?<!\wi)nterview"),
    ("speech", r"s(?<!\ws)(?:peech|ermon)|a(?<!\wa)ddress(?:ed)?\b|l(?<!\wl)ecture\b"),
    ("article", r"a(?<!\wa)rticle|e(?<!\we)ditorial|o(?<!\wo)p-ed|c(?<!\wc)olumn\b"),
    ("phone call", r"t(?<!\wt)elephone\b|p(?<!\wp)hone\b|c(?<!\wc)all with\b"),
    ("post", r"t(?<!\wt)(?:weet|witter\b|elegram\b)|i(?<!\wi)nstagram\b|p(?<!\wp)osted\b"),
    ("conversation", r"c(?<!\wc)onversation|d(?<!\wd)iscussion\b|s(?<!\ws)peaking with\b"),
    ("meeting", r"m(?<!\wm)(?:eeting\b|et with\b|et\b)"),
]
FAST_LOWER_PATTERNS = [(name, re.compile(pattern)) for name, pattern in FAST_LOWER_OCCASIONS]
FAST_LOWER_ANY = re.compile(
    r"c(?<!\wc)(?:artoons?\b|all with\b|olumn\b|onversation)|p(?<!\wp)(?:ress conference|ress briefing|hone\b|osted\b)"
    r"|n(?<!\wn)(?:ews conference|ews program(?:me)?\b)|b(?<!\wb)(?:riefing\b|roadcast\b)"
    r"|t(?<!\wt)(?:v\b|elevision\b|alk show\b|elephone\b|weet|witter\b|elegram\b)|i(?<!\wi)(?:nterview|nstagram\b)"
    r"|s(?<!\ws)(?:peech|ermon|peaking with\b)|a(?<!\wa)(?:ddress(?:ed)?\b|rticle)|l(?<!\wl)ecture\b|e(?<!\we)ditorial"
    r"|o(?<!\wo)p-ed|d(?<!\wd)iscussion\b|m(?<!\wm)(?:eeting\b|et with\b|et\b)"
)
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
            text, patterns, any_pattern = text.lower(), FAST_LOWER_PATTERNS, FAST_LOWER_ANY
        if not any_pattern.search(text):
            continue
        for name, pattern in patterns:
            if pattern.search(text):
                return name
    return ""
