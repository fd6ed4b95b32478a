"""The occasion of a statement (a speech, an interview, a post…) from the words around it."""

from __future__ import annotations

import re

from .shortcuts import may_hold_any

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
# Each of OCCASIONS as written to start with its words' first letters in either case (and the characters
# re.IGNORECASE reads as "s" and "i"), so that re skips to those letters instead of trying every alternative at each
# character: the look-behind after the letter is the "\b" before it, the letter read picks the rest, read without
# case. The same matches as OCCASION_PATTERNS on the text as written (tests/test_attribution_shortcuts.py compares them).
BY_FIRST_LETTER: list[tuple[str, dict[str, list[str]]]] = [
    ("cartoon", {"c": [r"artoons?\b"]}),
    ("press conference", {"p": [r"ress (?:conference|briefing)"], "n": [r"ews conference"], "b": [r"riefing\b"]}),
    ("TV interview", {"t": [r"(?:v|elevision|alk show)\b"], "n": [r"ews program(?:me)?\b"], "b": [r"roadcast\b"]}),
    ("interview", {"i": [r"nterview"]}),
    ("speech", {"s": [r"peech", r"ermon"], "a": [r"ddress(?:ed)?\b"], "l": [r"ecture\b"]}),
    ("article", {"a": [r"rticle"], "e": [r"ditorial"], "o": [r"p-ed"], "c": [r"olumn\b"]}),
    ("phone call", {"t": [r"elephone\b"], "p": [r"hone\b"], "c": [r"all with\b"]}),
    ("post", {"t": [r"weet", r"witter\b", r"elegram\b"], "i": [r"nstagram\b"], "p": [r"osted\b"]}),
    ("conversation", {"c": [r"onversation"], "d": [r"iscussion\b"], "s": [r"peaking with\b"]}),
    ("meeting", {"m": [r"eeting\b", r"et with\b", r"et\b"]}),
]
CASES = {"s": "Ssſ", "i": "Iiİı"}  # what re.IGNORECASE reads as the letter; any other first letter here: its two cases


def _by_first_letter(rests: dict[str, list[str]]) -> str:
    letters = "".join(CASES.get(letter, letter.upper() + letter) for letter in rests)
    branches = "|".join(f"(?<=[{CASES.get(letter, letter.upper() + letter)}])(?i:{'|'.join(words)})" for letter, words in rests.items())
    return f"[{letters}](?<!\\w[{letters}])(?:{branches})"


def _merged(classes: list[dict[str, list[str]]]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for rests in classes:
        for letter, words in rests.items():
            merged.setdefault(letter, []).extend(words)
    return merged


FIRST_LETTER_PATTERNS = [(name, re.compile(_by_first_letter(rests))) for name, rests in BY_FIRST_LETTER]
FIRST_LETTER_ANY = re.compile(_by_first_letter(_merged([rests for _, rests in BY_FIRST_LETTER])))
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


# a word each occasion's every form holds ("conference" of "press conference", "met" of "met with"): a text holding
# none names no occasion
OCCASION_WORDS = (
    *("cartoon", "conference", "briefing", "tv", "television", "news program", "broadcast", "talk show", "interview"),
    *("speech", "address", "sermon", "lecture", "article", "editorial", "op-ed", "column", "phone", "call with"),
    *("tweet", "twitter", "telegram", "instagram", "posted", "conversation", "discussion", "speaking with", "meeting", "met"),
)


# "In a letter calling for the meeting, …", "In his televised address to the nation, …": a sentence opening on the
# occasion's noun phrase, up to its first comma, preposition, relative or participle (the words of its own clause)
FRAME = re.compile(r"\s*In\s+(?:a|an|his|her|its|their|the)\s+(?P<phrase>(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*,|\s+(?P<next>[\w-]+))")
FRAME_BREAKS = frozenset("to on from of with at for by about in into over after before during that which who whose where when".split())
# the writings that are an occasion of their own, whatever their clause names ("In a letter calling for the meeting")
WRITTEN_NOUNS = frozenset("letter statement report memo memorandum note email e-mail message submission filing communique communiqué".split())


def framed_occasion(text: str) -> str | None:
    """The occasion the noun phrase opening a sentence on "In a …" names ("In an interview with …": interview; "In a
    post on X": post), "" where it is a writing with none of its own ("In a letter calling for the meeting": not the
    meeting its clause names), None where the sentence opens otherwise or on another noun ("In a surprise move, …")."""
    frame = FRAME.match(text) if text.lstrip()[:3] == "In " else None
    if frame is None:
        return None
    next_word = frame.group("next") or ""
    if next_word and next_word not in FRAME_BREAKS and not next_word.endswith(("ing", "ed")):
        return None  # the phrase runs on past four words, or a verb follows: no noun phrase framing the sentence
    phrase = frame.group("phrase")
    head = phrase.split()[-1].lower()
    for name, pattern in OCCASION_PATTERNS:
        if pattern.search(phrase):
            return name
    if head in NOUN_OCCASIONS:
        return NOUN_OCCASIONS[head]
    return "" if head in WRITTEN_NOUNS else None


def occasion_in(*texts: str) -> str:
    for text in texts:
        if not text:
            continue
        framed = framed_occasion(text)
        if framed == "":  # "In a report released on Monday, Ann Lee told a press conference": the main clause's own
            return named_occasion(after_frame(text))
        if framed is not None:
            return framed
        found = named_occasion(text)
        if found:
            return found
    return ""


def named_occasion(text: str) -> str:
    """The first occasion the text names, or ""."""
    if not may_hold_any(text, OCCASION_WORDS) or not FIRST_LETTER_ANY.search(text):
        return ""
    for name, pattern in FIRST_LETTER_PATTERNS:
        if pattern.search(text):
            return name
    return ""


def after_frame(text: str) -> str:
    """The text after the comma that closes the clause of the "In a …" frame opening it ("" where no comma does)."""
    frame = FRAME.match(text)
    comma = text.find(",", frame.end()) if frame is not None else -1
    return text[comma + 1 :] if comma >= 0 else ""
