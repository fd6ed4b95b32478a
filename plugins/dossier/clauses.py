"""Typed relations read from clauses: a subject, a relation cue and an object, each in its grammatical role.

"X met Y", "X held a phone call with Y", "X accused Y of …", "X praised Y's
proposal", "Y was criticised by X", "Speaking with Y, X said", "X, who met
with Y", "the meeting between X and Y". Precision first: a clause that is
negated ("did not meet"), hypothetical ("could attack", "if X warns"), an
attempt ("sought to recruit"), or whose object is a list of more than two
names (the members of a forum) gives no relation, and a name inside a role
("Iranian President Raisi", "his Azerbaijani counterpart") is no participant.

Mentions come from the attribution engine's name finder
(`attribution.names`: name chunks and their heads) and the registry, which
names and merges; a name the registry does not know is still a mention
(`~` + its folded name), so that relations can be read, and measured, before
anyone fills the registry. Linear in the sentence: each cue looks at a
bounded window on each side.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants, _parser  # type: ignore[attr-defined]  # to read each cue's words off its expression
from typing import Any, NamedTuple

from .actors import Registry, fold_chars
from .attribution.names import LEGAL_FORM, LIGHT, NOT_NAMES, PREPOSITIONS, STATES, TITLE_WORDS, _head_of, chunks, head_of, is_demonym, verb_follows
from .model import Actor

# A demonym before one of these nouns names the state acting: "the Ukrainian government warned", "Iranian spokesmen".
STATE_NOUNS = (
    "government|authorities|officials|forces|army|military|leadership|spokesmen|spokespeople|diplomats|side|regime|ministry|delegation|"
    "embassy|mission"
)
STATE_NOUN = re.compile(r"\s+(?:" + STATE_NOUNS + r")\b", re.I)
DEMONYM_STATES = {
    "russian": "Russia", "ukrainian": "Ukraine", "chinese": "China", "american": "United States", "iranian": "Iran",
    "turkish": "Turkey", "israeli": "Israel", "azerbaijani": "Azerbaijan", "armenian": "Armenia", "georgian": "Georgia",
    "mongolian": "Mongolia", "syrian": "Syria", "iraqi": "Iraq", "saudi": "Saudi Arabia", "taiwanese": "Taiwan",
    "japanese": "Japan", "british": "United Kingdom", "french": "France", "german": "Germany", "belarusian": "Belarus",
    "polish": "Poland", "indian": "India", "pakistani": "Pakistan", "afghan": "Afghanistan", "lebanese": "Lebanon",
    "egyptian": "Egypt", "qatari": "Qatar", "kazakh": "Kazakhstan", "hungarian": "Hungary", "italian": "Italy",
}  # fmt: skip
# After "X's", the nouns that make X the object of a stance: "praised Y's proposal", "condemned Y's campaign".
STANCE_NOUNS = set(
    """proposal proposals plan plans initiative initiatives decision decisions policy policies position stance move moves
    effort efforts campaign campaigns candidacy bid offer call calls approach actions action role leadership release
    invasion aggression attack attacks conduct behaviour behavior government request requests war""".split()
)
SPEECH_NOUNS = set("statement statements remarks words speech comments comment article interview op-ed column message address".split())

_ING = r"(?:ing)"
CONTACT_VERBS = (
    r"(?:met|meets|meet|meeting)(?:\s+with)?"
    r"|(?:spoke|speaks|speak|speaking|talked|talks|talking|conferred|conferring)\s+(?:with|to)"
    r"|(?:held|holds|hold|holding|had)\s+(?:(?:a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?:talks|meeting|call|conversation|consultations|discussions?|negotiations)\s+with"
    r"|(?:launched|launching|launches|began|begins|beginning|opened|opening)\s+(?:(?:diplomatic|direct|bilateral|formal)\s+)?(?:talks|negotiations)\s+with"
    r"|(?:phoned|telephoned|called)(?!\s+(?:for|on|upon|off|it|them|him|her|the))"
    r"|hosted|hosts|hosting|received|receives|receiving|visited|visits|visiting"
    r"|told|tells|telling|informed|informs|briefed|briefs"
)
SUPPORT_VERBS = (
    r"supports|supported|support|supporting|backs|backed|backing|endorsed|endorses|endorse|endorsing"
    r"|praised|praises|praise|praising|welcomed|welcomes|welcoming|thanked|thanks|thanking|commended|commends|lauded"
    r"|(?:expressed|expresses|expressing|voiced|voices|reiterated|reaffirmed|declared|pledged)\s+(?:(?:its|his|her|their|our|full|strong|firm)\s+)*support\s+(?:for|to)"
    r"|sided\s+with|stands?\s+with|stood\s+with"
)
OPPOSITION_VERBS = (
    r"warned|warns|warn|warning|accused|accuses|accuse|accusing|condemned|condemns|condemn|condemning"
    r"|critici[sz]ed|critici[sz]es|critici[sz]e|critici[sz]ing|threatened|threatens|threaten|threatening"
    r"|blamed|blames|blame|blaming|denounced|denounces|denounce|denouncing|attacked|attacks|attack|attacking"
    r"|sanctioned|(?:imposed|imposes|imposing|placed|places)\s+(?:new\s+)?(?:[a-z-]+\s+)?(?:sanctions|restrictions|controls)\s+on|slammed|slams|rebuked|rebukes|opposes|opposed|oppose|opposing"
    r"|(?:declared|declares)\s+war\s+on|invaded|invades|invading"
)
QUOTING_VERBS = r"quoted|quotes|quoting|cited|cites|citing"
REPORTING_VERBS = r"(?:interpreted|interprets|reported|reports|published|publishes|carried|carries|relayed|summari[sz]ed|translated)"
VERB_CUES = [
    ("contact", re.compile(r"\b(?:" + CONTACT_VERBS + r")\b", re.I)),
    ("support", re.compile(r"\b(?:" + SUPPORT_VERBS + r")\b", re.I)),
    ("opposition", re.compile(r"\b(?:" + OPPOSITION_VERBS + r")\b", re.I)),
    ("quoting", re.compile(r"\b(?:" + QUOTING_VERBS + r")\b", re.I)),
    ("reporting", re.compile(r"\b" + REPORTING_VERBS + r"\b", re.I)),
]
JOINT_MEETING = re.compile(r"\b(?:discussed|met|talked|spoke|conferred|held\s+talks|agreed)\b", re.I)
REPORTED_SAYING = re.compile(r"\b(?:reported|reports|wrote|writes)\s+(?:on\s+[A-Z]\w+\s+\d{1,2}(?:,\s+\d{4})?\s+)?that\s+", re.I)
SPEECH_AFTER = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:said|says|stated|states|claimed|claims|announced|told|added|noted)\b")
PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?P<verb>warned|accused|condemned|critici[sz]ed|threatened|blamed|denounced|"
    r"attacked|sanctioned|praised|backed|supported|endorsed|welcomed|received|hosted|visited|quoted|cited|met|thanked|commended|"
    r"placed\s+under\s+(?:[a-z-]+\s+){0,2}(?:sanctions|restrictions|controls))(?:\s+(?:in|on)\s+[A-Z]\w+(?:\s+\d+)?)?\s+by\b",
    re.I,
)
PASSIVE_KIND = {
    **dict.fromkeys("warned accused condemned criticized criticised threatened blamed denounced attacked sanctioned placed".split(), "opposition"),
    **dict.fromkeys("praised backed supported endorsed welcomed thanked commended".split(), "support"),
    **dict.fromkeys("received hosted visited met".split(), "contact"),
    **dict.fromkeys("quoted cited".split(), "quoting"),
}
CONTACT_NOUN = re.compile(
    r"\b(?:meeting|meetings|talks|conversation|(?:phone|telephone|video)\s+(?:call|conversation)|call|press\s+conference|"
    r"discussion|consultations|summit|negotiations)\s+(?P<prep>with|between)\s",
    re.I,
)
OUTLET_PIECE = re.compile(
    r"\b(?:in|during)\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:interview|article|op-ed|column|editorial|piece)\s+(?:(?:published|broadcast|aired)\s+)?"
    r"(?:[^;:]{0,40}?\s)??(?:with|by|in|to|for|on)\s",
    re.I,
)
# Python's re tries every branch of an alternation at every position when it ignores case; matching case-sensitively
# it skips ahead by first letter, about five times faster on these cues. So a cue is matched by a case-sensitive twin
# on the sentence with its ASCII capitals lowered: the same matches at the same places (the groups come lowered), as
# long as the sentence holds none of the four non-ASCII letters that re.IGNORECASE takes for ASCII ones.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K (Kelvin): re.I matches them to i, s and k
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}  # by id: hashing a pattern hashes its text


def _lowered(sentence: str) -> str | None:
    """The sentence with its ASCII capitals lowered, or None when a case twin makes that differ from re.IGNORECASE."""
    if sentence.isascii():
        return sentence.lower()
    # each of CASE_TWINS looked for on its own: four substring searches cost less than a set's isdisjoint, which
    # makes a string of each character of the sentence
    if "\u0130" in sentence or "\u0131" in sentence or "\u017f" in sentence or "\u212a" in sentence:
        return None
    # bytes.lower() lowers ASCII letters only, and UTF-8 leaves every other character's bytes above them: the same
    # as translating with _ASCII_LOWER, which str.translate does slowly once a string holds a curly quote
    return sentence.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    known = _TWINS.get(id(pattern))
    if known is None:  # the pattern is kept with its twin, so its id is not reused
        twin = re.compile(pattern.pattern.replace("[A-Z]", "[A-Za-z]"), pattern.flags & ~re.IGNORECASE)
        known = _TWINS[id(pattern)] = (pattern, twin)
    return known[1]


def cue_matches(pattern: re.Pattern[str], sentence: str, lowered: str | None, words: set[bytes] | None = None) -> Iterator[re.Match[str]]:
    """pattern.finditer(sentence) for a case-insensitive cue, through its twin when `lowered` allows.

    Given the sentence's words (sentence_words), a cue whose every match starts with one of a few words ('met',
    'praised', 'was' …) is tried only where one of those words stands in the sentence: no match starts anywhere else,
    and an expression of many alternatives that starts with \\b is tried at every place of the text when searched."""
    if lowered is None:
        return pattern.finditer(sentence)
    starts = CUE_STARTS.get(id(pattern))
    if starts is None or not words:
        return _twin(pattern).finditer(lowered)
    places: set[int] = set()
    for word in map(bytes.decode, starts.intersection(words)):
        at = lowered.find(word)
        while at != -1:
            places.add(at)
            at = lowered.find(word, at + 1)
    return _matches_from(_twin(pattern), lowered, sorted(places))


def _matches_from(pattern: re.Pattern[str], text: str, places: list[int]) -> Iterator[re.Match[str]]:
    """What pattern.finditer(text) finds, for a pattern that matches only from one of the (sorted) places and never
    matches nothing: the leftmost match, then the next from its end. (pattern.match still sees the text before a
    place, for its \\b.)"""
    end = 0
    for at in places:
        if at >= end:
            match = pattern.match(text, at)
            if match is not None:
                yield match
                end = match.end()


CUES = [PASSIVE, CONTACT_NOUN, OUTLET_PIECE, JOINT_MEETING, REPORTED_SAYING, *(pattern for _kind, pattern in VERB_CUES)]


# A cue is tried only on a sentence holding the words it needs. Each cue's needs are read off its own expression
# (re's parser, so they cannot drift from it): the words a match can start with ("met", "praised", …) and the
# words it must hold further on ("by" in a passive, "interview" or "article" … in OUTLET_PIECE), each a set of
# which one must be among the sentence's words. A sentence without them cannot match; three in four sentences
# that name someone hold no cue's words, and a set lookup costs far less than a search.
_SPACE_ITEMS = ([(_constants.CATEGORY, _constants.CATEGORY_SPACE)],)
_WORD_CHAR = re.compile(r"\w")
CUE_WORDS_MAX = 2000  # words a cue may start with before its gate is given up (a branch of many classes)


def _starts_outside_word(item: tuple[Any, Any]) -> bool:
    """Whether a parsed item starts with a character that cannot be part of a word: a space or \\b."""
    op, value = item
    if op is _constants.AT:
        return value is _constants.AT_BOUNDARY
    if op is _constants.IN:
        return value in _SPACE_ITEMS
    if op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT:
        low, _high, sub = value
        return low >= 1 and len(sub) > 0 and _starts_outside_word(next(iter(sub)))
    return False


def _words_from(items: list[Any], prefix: str = "") -> set[str] | None:
    """The words a match of `items` can begin with, when it begins at a word's start: the literal letters up to a
    space or a word boundary, through alternatives, optional parts and small character sets. None where it cannot
    tell (a class, a repeat, the pattern's end)."""
    for index, (op, value) in enumerate(items):
        rest = items[index + 1 :]
        if op is _constants.LITERAL:
            char = chr(value).lower()
            if not _WORD_CHAR.match(char):
                return {prefix} if prefix else None
            if not char.isascii():
                return None  # the sentence's words are lowered in ASCII only (_lowered)
            prefix += char
            continue
        if op is _constants.AT and value is _constants.AT_BOUNDARY and not prefix:
            continue
        if op is _constants.ASSERT_NOT:
            continue  # consumes nothing
        if _starts_outside_word((op, value)):
            return {prefix} if prefix else None
        if op is _constants.SUBPATTERN:
            return _words_from(list(value[-1]) + rest, prefix)
        if op is _constants.BRANCH:
            alternatives = [list(branch) + rest for branch in value[1]]
        elif op is _constants.IN and all(kind is _constants.LITERAL for kind, _ in value) and len(value) <= 4:
            alternatives = [[(_constants.LITERAL, code), *rest] for _, code in value]
        elif (op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT) and value[:2] == (0, 1):
            alternatives = [list(value[2]) + rest, rest]
        else:
            return None
        words: set[str] = set()
        for alternative in alternatives:
            found = _words_from(alternative, prefix)
            if found is None or len(words) > CUE_WORDS_MAX:
                return None
            words |= found
        return words
    return None  # the pattern ends: whether the word does is not in the pattern


def _ends_in_space(items: list[Any], index: int) -> bool:
    """Whether whatever items[: index + 1] match ends with a space or at a word boundary (\\b), so that the next
    item starts a word if it starts with a letter."""
    if index < 0:
        return False
    op, value = items[index]
    if op is _constants.AT:
        return value is _constants.AT_BOUNDARY
    if op is _constants.IN:
        return value in _SPACE_ITEMS
    if op is _constants.SUBPATTERN:
        sub = list(value[-1])
        return bool(sub) and _ends_in_space(sub, len(sub) - 1)
    if op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT:
        low, _high, repeated = value  # a SubPattern: `sub` above is a list, which mypyc checks
        sub = list(repeated)
        return bool(sub) and _ends_in_space(sub, len(sub) - 1) and (low >= 1 or _ends_in_space(items, index - 1))
    return False


def cue_starts(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words every match of the pattern starts with, as a whole \\w+ word (lower-cased), if it starts with \\b
    and they can be told: cue_gate's set for the pattern's start."""
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if not items or items[0] != (_constants.AT, _constants.AT_BOUNDARY):
        return None
    words = _words_from(items)
    return frozenset(words) if words else None


def cue_gate(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of words, one of each of which every match of the pattern holds (as a whole \\w+ word, lower-cased):
    the words it starts with, if it starts with \\b, and those at its top level after a space or a \\b. The most
    selective set (the fewest common words) comes first."""
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    gate: list[frozenset[str]] = []
    for index in range(len(items)):
        if index == 0 and items[0] != (_constants.AT, _constants.AT_BOUNDARY):
            continue  # a match may start inside a word
        if index > 0 and not _ends_in_space(items, index - 1):
            continue
        words = _words_from(items[index:])
        if words and frozenset(words) not in gate:
            gate.append(frozenset(words))
    return tuple(sorted(gate, key=lambda words: (len(words & COMMON_WORDS), len(words), sorted(words))))


COMMON_WORDS = frozenset("a an the in on of to is are was were be been being by with that for at as and or".split())
CUE_GATES = [(pattern, cue_gate(pattern)) for pattern in CUES]
# each cue by the words of its most selective set: a sentence's words pick the cues worth checking further. The words
# are ASCII (_words_from), and are looked for as bytes: see possible_cues
CUES_BY_WORD: dict[bytes, list[int]] = {}
for _index, (_pattern, _gate) in enumerate(CUE_GATES):
    for _word in _gate[0] if _gate else ():
        CUES_BY_WORD.setdefault(_word.encode(), []).append(_index)
CUE_WORDS = frozenset(CUES_BY_WORD)
FURTHER_NEEDS = [tuple(frozenset(w.encode() for w in needed) for needed in gate[1:]) for _pattern, gate in CUE_GATES]
UNGATED = [index for index, (_pattern, gate) in enumerate(CUE_GATES) if not gate]  # tried on every sentence
# each cue's start words (cue_starts) as bytes, as the sentence's words are, by the cue's id
CUE_STARTS = {id(pattern): frozenset(word.encode() for word in starts) for pattern in CUES if (starts := cue_starts(pattern))}
# every byte but an ASCII word character made a space: what splits a sentence's UTF-8 into its ASCII word runs
ASCII_WORD_RUNS = bytes(b if chr(b) in string.ascii_letters + string.digits + "_" else 0x20 for b in range(256))


def sentence_words(lowered: str) -> set[bytes]:
    """The sentence's words for the cues: its runs of ASCII word characters, read off its UTF-8 bytes (a translation
    and a split, several times cheaper than listing its \\w+ words). Each \\w+ word made of ASCII characters, as every
    cue's words are, is one of them, so no cue that may match is left out; a word with other letters ('Šebok') gives
    pieces that are no words of it, which at most let a cue be tried in vain, or searched from an earlier place."""
    return set(word_runs(lowered))


def word_runs(lowered: str) -> list[bytes]:
    """sentence_words as a list, in order, each as often as it comes."""
    return lowered.encode("utf-8", "surrogatepass").translate(ASCII_WORD_RUNS).split()


def possible_cues(lowered: str | None, words: set[bytes] | None = None) -> list[re.Pattern[str]]:
    """The cues that may match a sentence (lowered as _lowered does): those whose needed words it holds (its words:
    sentence_words, worked out here if not given)."""
    if lowered is None:
        return CUES
    if words is None:
        words = sentence_words(lowered)
    hits = CUE_WORDS.intersection(words)
    if not hits and not UNGATED:
        return []
    indexes = set(UNGATED)
    for word in hits:
        indexes.update(CUES_BY_WORD[word])
    return [CUE_GATES[index][0] for index in sorted(indexes) if all(not needed.isdisjoint(words) for needed in FURTHER_NEEDS[index])]


NEGATED = re.compile(
    r"\b(?:not|never|no\s+longer|cannot|neither|nor|refus\w*\s+to|fail\w*\s+to|declin\w*\s+to|would|could|might|may|should|if|whether|unless|"
    r"tr(?:y|ied|ies|ying)\s+to|s(?:eeks?|ought|eeking)\s+to|attempt\w*\s+to|hop(?:e|es|ed|ing)\s+to|want(?:s|ed)?\s+to|plan(?:s|ned)?\s+to|"
    r"expected\s+to|likely|reportedly|allegedly|purportedly|supposedly|urged?\s+\w+\s+to)\b|n['’]t\b",
    re.I,
)
HYPOTHETICAL_START = re.compile(r"^\W*(?:if|whether|unless|suppose|should|were)\b", re.I)
OWN_SIDE = re.compile(r"\b(?P<pronoun>we|i|our\s+(?:country|government|state|side|nation))\s*$", re.I)
PRONOUN = re.compile(r"\b(?P<pronoun>he|she)\s*$", re.I)
DATE_PHRASE = re.compile(
    r"\s+(?:on|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?|"
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4})(?=[\s,.])"
)
OBJECT_FILLER = set(
    """the a an his her its their our my your fellow own visiting new then former current counterpart counterparts
    media outlet channel newspaper daily weekly agency website broadcaster station magazine tv television""".split()
)
OBJECT_WORDS_MAX = 5
QUALIFIER_STOPS = re.compile(r"[,;:()\"“”—–]|\s-\s")


class Found(NamedTuple):
    """An actor named in a sentence: the registry's id, or `~` and the folded name when the registry does not know it.
    (A named tuple: a report makes thousands, and a frozen dataclass costs three times as much to make.)"""

    start: int
    end: int
    key: str
    name: str
    kind: str
    possessive: bool = False


START = operator.itemgetter(0)  # a Found's start, to sort by


CORPORATE = {
    "inc",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "ag",
    "gmbh",
    "co",
    "plc",
    "sa",
    "sti",
    "oü",
    "ou",
    "pte",
    "nv",
    "bv",
    "jsc",
    "pjsc",
    "ooo",
    "ao",
}
OUTLET_BEFORE = re.compile(r"\b(?:outlet|newspaper|daily|weekly|agency|channel|website|broadcaster|magazine|station|news\s+site|tv)\s*$", re.I)
OUTLET_NOUN_MAX = len("broadcaster")  # the longest noun of OUTLET_BEFORE but 'news site'
SITE = re.compile("site", re.I)
REPORTS = re.compile(r"\b([A-Z][\w&.-]+)\s+(?:reported|reporting|reports\s+that|has\s+reported|had\s+reported)\b")


def reporting(text: str) -> Iterator[re.Match[str]]:
    """REPORTS.finditer(text), run only around the word 'report' (a report's text holds it a few times): a match holds
    it, and starts in the run of name characters before the spaces before its verb ('report…', 'has' or 'had'), so
    no match starts or ends outside these windows. Linear in the text: each window is read once."""
    windows = []
    at = text.find("report")
    while at != -1:
        spaces = _spaces_before(text, at)
        start = _name_run_before(text, spaces)
        if spaces < at and text[spaces - 3 : spaces] in ("has", "had"):
            start = min(start, _name_run_before(text, _spaces_before(text, spaces - 3)))
        after = at + len("reports")
        while after < len(text) and text[after].isspace():
            after += 1
        end = max(at + len("reporting"), after + len("that")) + 1  # and the character \b looks at
        windows.append((start, min(len(text), end)))
        at = text.find("report", at + 1)
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        yield from REPORTS.finditer(text, start, end)


def _spaces_before(text: str, position: int) -> int:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _name_run_before(text: str, position: int) -> int:
    """Where the run of characters REPORTS takes for a name ([\\w&.-]) that ends at position starts."""
    while position > 0 and (text[position - 1].isalnum() or text[position - 1] in "_&.-"):
        position -= 1
    return position


_folded = functools.lru_cache(maxsize=65536)(fold_chars)  # a word or a name, folded: the same few, again and again


class Names:
    """What a report has named so far, so that a short form finds its full name: a surname its person ("Agvaz" after
    "Gokturk Agvaz"), a company's first word or its acronym its company ("Intel" after "Intel Corp", "AMD" after
    "Advanced Micro Devices Inc (AMD)"), and the one-word names the report shows reporting ("Reuters reported")."""

    def __init__(self, text: str = "") -> None:
        self.short: dict[str, Found] = {}
        self.outlets = {fold_chars(m.group(1)) for m in reporting(text)} - NOT_NAMES - STATES

    def remember(self, sentence: str, found: list[Found]) -> None:
        for mention in found:
            short = _short_form(mention.name, mention.kind)
            if short:
                self.short.setdefault(short, mention)
            if mention.kind in ("organization", "outlet"):
                acronym = ACRONYM_AFTER.match(sentence[mention.end : mention.end + 12])
                if acronym:
                    self.short.setdefault(_folded(acronym.group(1)), mention)

    def single(self, word: str, start: int, end: int, sentence: str) -> Found | None:
        folded = _folded(word)
        known = self.short.get(folded)
        if known is not None:
            return Found(start, end, known.key, known.name, known.kind, _possessive(sentence, end))
        if folded in self.outlets or _outlet_noun_before(sentence, start):
            return Found(start, end, "~" + folded, word, "outlet", _possessive(sentence, end))
        return None


@functools.lru_cache(maxsize=16384)
def _short_form(name: str, kind: str) -> str:
    """The short form a later mention of this name may take, folded ('' if none): a person's surname, a company's first
    word ("Intel" after "Intel Corp"; "NATO" is no "NATO Centre"). Kept: the same few names come back in every sentence."""
    words = name.split()
    if kind == "person" and len(words) >= 2:
        return _folded(words[-1])
    if kind == "organization" and len(words) >= 2 and _folded(words[-1]).strip(".") in CORPORATE:
        return _folded(words[0])
    return ""


def _outlet_noun_before(sentence: str, start: int) -> bool:
    """OUTLET_BEFORE.search(sentence[:start]), looking only at the end: a match is a noun and the spaces after it up to
    start, and every noun but 'news site' (whose spaces may run long) is at most OUTLET_NOUN_MAX characters. The search
    from a later position still sees the character before it for its \\b."""
    end = start
    while end > 0 and sentence[end - 1].isspace():  # what \s matches
        end -= 1
    if OUTLET_BEFORE.search(sentence, max(0, end - OUTLET_NOUN_MAX), start):
        return True
    return end > OUTLET_NOUN_MAX and SITE.fullmatch(sentence, end - 4, end) is not None and OUTLET_BEFORE.search(sentence, 0, start) is not None


class Reading(NamedTuple):
    """One relation a clause states: source, kind, target, and the rule that read it."""

    source: Found
    kind: str
    target: Found
    rule: str


CAPITALS = {
    "moscow": "Russia", "beijing": "China", "kyiv": "Ukraine", "kiev": "Ukraine", "washington": "United States", "tehran": "Iran",
    "ankara": "Turkey", "taipei": "Taiwan", "baku": "Azerbaijan", "yerevan": "Armenia", "tbilisi": "Georgia", "minsk": "Belarus",
    "tokyo": "Japan", "seoul": "South Korea", "pyongyang": "North Korea", "london": "United Kingdom", "paris": "France", "berlin": "Germany",
    "ulaanbaatar": "Mongolia", "damascus": "Syria", "riyadh": "Saudi Arabia", "jerusalem": "Israel",
}  # fmt: skip


def state_key(registry: Registry, name: str, on: dt.date | None) -> str:
    return registry.resolve(name, on) or "~" + fold_chars(name)


def mentions_in(
    sentence: str,
    registry: Registry,
    on: dt.date | None = None,
    names: Names | None = None,
    known: list[tuple[int, int, str]] | None = None,
) -> tuple[list[Found], list[tuple[Found, Found]]]:
    """The actors a sentence names, each chunk naming one (its head: the name after the role words), and the role
    phrases that place a person in a state ("Iranian Foreign Minister X", "Turkey's Anadolu news agency"). `known`:
    registry.named_spans(sentence, on), where the caller has it."""
    if known is None:
        known = registry.named_spans(sentence, on)  # (start, end, actor id) of each registry name
    found: list[Found] = []
    roles: list[tuple[Found, Found]] = []
    used = [False] * len(known)  # whether each registry name lies in a chunk
    # the registry's names and the chunks are both in order and do not overlap among themselves: a chunk's names are
    # a run of `known`, from the first whose end is past the chunk's beginning
    first, count = 0, len(known)
    for chunk in chunks(sentence):
        while first < count and known[first][1] <= chunk.begin:
            first += 1
        last = first
        while last < count and known[last][0] < chunk.finish:
            used[last] = True
            last += 1
        if last == first:  # no registry name in the chunk
            facts = _chunk_facts(chunk.text)
            if facts[2]:
                continue  # most chunks ("The", "However", "In March"): what _unknown returns at once
            unknown = _unknown(sentence, chunk.begin, chunk.finish, chunk.text, registry, on, names, facts)
            if unknown is None:
                continue
            mention = unknown
        else:
            inside = known[first:last]
            rest = sentence[inside[-1][1] : chunk.finish]
            named_after = rest.strip()
            person_after = None
            if named_after:
                rest_start = inside[-1][1] + len(rest) - len(rest.lstrip())
                person_after = _unknown(sentence, rest_start, chunk.finish, named_after, registry, on, None)
            if person_after is not None and person_after.kind == "person":
                mention = person_after  # "Ambassador to China Andrei Denisov": the person, the state is in the role
            elif (
                named_after
                and (whole := _unknown(sentence, chunk.begin, chunk.finish, chunk.text, registry, on, None)) is not None
                and whole.kind in ("organization", "outlet")
                and whole.start <= inside[0][0]
            ):
                mention = whole  # "Russian Foreign Ministry", "United Nations Security Council": a body, named whole
            else:
                start, end, actor_id = inside[-1]
                actor = registry[actor_id]
                mention = Found(start, end, actor_id, actor.name, actor.kind, _possessive(sentence, end))
                if actor.kind == "state" and mention.possessive and _title_follows(sentence, end):
                    continue  # "Russia's Ambassador", "Iran's Supreme Leader": a role, whose holder is named next
                if actor.kind == "state" and _demonym_use(sentence, start, end):
                    state_noun = STATE_NOUN.match(sentence, end)
                    if not state_noun:
                        continue  # "Iranian truck drivers", "Israeli drones": a qualifier, nobody acts
                    mention = Found(start, state_noun.end(), actor_id, actor.name, "state")
        if found and found[-1].key == mention.key and found[-1].end >= mention.start - 1:
            # "Iranian Ambassador to Turkey" + "Mohammad Farazmand": one person named across two chunks
            found[-1] = Found(found[-1].start, mention.end, mention.key, mention.name, mention.kind, mention.possessive)
            continue
        found.append(mention)
        state = _role_state(sentence, chunk.begin, mention, registry, on, found) if mention.kind == "person" else None
        if state is not None:
            roles.append((mention, state))
    if False in used:  # a registry name outside any capitalised chunk ("the Zionist regime" in lower case)
        for m, in_chunk in zip(known, used, strict=True):
            if not in_chunk:
                start, end, actor_id = m
                actor = registry[actor_id]
                if actor.kind == "person" and _common_word_not_the_person(sentence, start, end, actor):
                    continue  # "no major programs", "a trump card": a common word in lower case, not the person named so
                found.append(Found(start, end, actor_id, actor.name, actor.kind, _possessive(sentence, end)))
    found.sort(key=START)
    if names is not None:
        names.remember(sentence, found)
    return found, roles


def _common_word_not_the_person(sentence: str, start: int, end: int, actor: Actor) -> bool:
    """Whether a person's registry name found in lower case outside any capitalised chunk is only a common word ("no
    major programs", "a trump card"): not a handle ("@ann_lee", or an alias that is one, "@annlee"), nor a form the
    registry itself writes in lower case (a name "ann_lee", an alias "annlee")."""
    matched = sentence[start:end]
    if not matched.islower() or matched.startswith("@") or sentence[start - 1 : start] == "@":
        return False
    return not any(form.islower() and form.casefold() == matched.casefold() for form in (actor.name, *actor.aliases))


# The patterns of the functions below are compiled here, once: written inline, each was looked up in re's cache on
# every call, and compiled again whenever the cache (512 patterns, oldest dropped first) had let it go, which a build
# that compiles each report's registry patterns makes happen.
TITLE_AFTER_POSSESSIVE = re.compile(r"(?:'s|’s|’)\s+([A-Z][\w-]*)")


def _title_follows(sentence: str, end: int) -> bool:
    following = TITLE_AFTER_POSSESSIVE.match(sentence[end : end + 40])
    return following is not None and _folded(following.group(1)) in POSSESSIVE_TITLES


def _possessive(sentence: str, end: int) -> bool:
    return sentence[end : end + 2] in ("'s", "’s") or (sentence[end : end + 1] in ("’", "'") and sentence[end - 1 : end] == "s")


def _demonym_use(sentence: str, start: int, end: int) -> bool:
    """'Iranian' before a lower-case noun: an adjective, not the state itself."""
    demonym, adjective_ending = _demonym_word(sentence[start:end])
    return demonym or (adjective_ending and sentence[end : end + 1] == " " and sentence[end + 1 : end + 2].islower())


@functools.lru_cache(maxsize=4096)
def _demonym_word(text: str) -> tuple[bool, bool]:
    """Whether a state's name as written is a demonym, and whether it ends like an adjective ('Iranian', 'Turkic')."""
    word = fold_chars(text)
    return is_demonym(word) or word in DEMONYM_STATES, bool(DEMONYM_ENDING.search(word))


@functools.lru_cache(maxsize=16384)
def _names_nobody(chunk: str) -> bool:
    """Whether head_of finds no one in the chunk, whether or not an outlet noun stands before it."""
    # head_of is None exactly where _head_of is, for the outlet noun before the chunk or its absence
    return _head_of(chunk, False) is None and _head_of(chunk, True) is None


@functools.lru_cache(maxsize=16384)
def _chunk_facts(text: str) -> tuple[str, str, bool]:
    """What _unknown reads off a chunk's words alone, kept: a chunk comes back often ("The", "Iran’s"). The demonym
    (folded) if the chunk is one word naming a state's people, else ""; else the name, less a possessive's 's ("Rau’s
    initiative": Rau), and whether it names nobody, whatever stands before it."""
    words = text.split()
    folded = _folded(words[0]).strip(".,’'") if words else ""
    if len(words) == 1 and folded in DEMONYM_STATES:
        return folded, "", False
    named = text[:-2] if text.endswith(("'s", "’s")) else text
    if len(words) == 1 and words[0] == named and folded in NOBODY_WORDS:
        return "", named, True  # what _names_nobody says of such a word, without reading it as a name
    return "", named, _names_nobody(named)


# One word that is one of these ("The", "However", "In", "According") names nobody: head_of drops such words from the
# front of a chunk, and a chunk of one has nothing left. Most chunks are such a word; tests/test_relations.py checks
# that _names_nobody says the same of each, however it is written.
NOBODY_WORDS = frozenset(NOT_NAMES | PREPOSITIONS)


def _unknown(
    sentence: str,
    begin: int,
    finish: int,
    text: str,
    registry: Registry,
    on: dt.date | None,
    names: Names | None,
    facts: tuple[str, str, bool] | None = None,
) -> Found | None:
    """A chunk the registry does not know: a person with a full name or a title, a body, an outlet, a state. `facts`:
    _chunk_facts(text), where the caller has it."""
    demonym, named, nobody = facts or _chunk_facts(text)
    if demonym:
        state_noun = STATE_NOUN.match(sentence, finish)
        if state_noun:  # "the Ukrainian government", "Russian officials"
            name = DEMONYM_STATES[demonym]
            return Found(begin, state_noun.end(), state_key(registry, name, on), name, "state")
        return None
    if nobody:
        return None  # most chunks ("The", "However", "In March"), whatever stands before them
    head = head_of(named, sentence[:begin])
    if head is None or head.kind not in ("person", "organization", "outlet", "state"):
        return None
    if len(head.name.split()) == 1 and not (head.kind == "state" or head.name.isupper()):
        at = text.rfind(head.name)
        start = begin + (at if at >= 0 else 0)
        known = registry.resolve(head.name, on)
        if known:
            actor = registry[known]
            return Found(start, start + len(head.name), known, actor.name, actor.kind, _possessive(sentence, start + len(head.name)))
        # "Warning", "Meanwhile": one capitalised word names someone only as a short form of a name given before
        return names.single(head.name, start, start + len(head.name), sentence) if names is not None else None
    if head.name.isupper() and names is not None:
        at = text.rfind(head.name)
        start = begin + (at if at >= 0 else 0)
        short = names.single(head.name, start, start + len(head.name), sentence)
        if short is not None:
            return short
    if head.kind == "state" and _folded(head.name) not in STATES:
        return None
    if _folded(head.name.split()[0]) in NOT_NAMES:
        return None
    head.name = head.name.rstrip(".,;:")
    at = text.rfind(head.name)
    start = begin + (at if at >= 0 else 0)
    end = start + len(head.name) if at >= 0 else finish
    if end < finish and LEGAL_FORM.fullmatch(sentence, end, finish):
        end = finish  # "Sinno Electronics Co Ltd, a Chinese company that …": the name runs on to the end of its legal form
    if head.kind == "state" and _folded(head.name) in CAPITALS:
        head.name = CAPITALS[_folded(head.name)]  # "Moscow and Beijing": the states that act there
    words = head.name.split()
    if head.kind == "person" and len(words) == 2 and _folded(words[0]).strip(".") in TITLE_WORDS and names is not None:
        short = names.single(words[1], start + len(words[0]) + 1, end, sentence)
        if short is not None and short.kind == "person":
            return short  # "Speaker McCarthy" after "Kevin McCarthy"
    if _folded(head.name.split()[-1]).strip(".") in CORPORATE:
        head.kind = "organization"  # "Intel Corp", "Advanced Micro Devices Inc": companies, not people
    key = registry.resolve(head.name, on) or "~" + _folded(head.name)
    registered = registry.actors.get(key)
    kind, name = (registered.kind, registered.name) if registered is not None else (head.kind, head.name)
    return Found(start, end, key, name, kind, _possessive(sentence, end))


# compiled once: these run for every name of every sentence
POSSESSIVE_TITLES = TITLE_WORDS - {"the", "a", "an", "and", "of"}
ROLE_TITLE_WORDS = TITLE_WORDS - PREPOSITIONS - {"the", "a", "an", "and"}
FILLER_TITLE_WORDS = TITLE_WORDS - PREPOSITIONS - {"and", "the"}
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9&]{1,7})\)")
DEMONYM_ENDING = re.compile(r"(?:ic|ian|ese|ish|ean|i)$")
ROLE_OVER_STATE = re.compile(r"\b(?:to|in|at|from|with|against|toward|towards)\s+$")
ROLE_JOINED = re.compile(r"(?:^|[\s(])([A-Z][\w'’-]*)\s+((?:[a-z]+\s+){1,3})$")
ROLE_PREPOSITION = re.compile(r"\b(?:of|to|in|at|for|on)\b")
ROLE_CHARACTERS = re.compile(r"[\w'’ .-]*")
CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
POSSESSIVE_END = re.compile(r"(?:'s|’s|’)$")


def _role_state(sentence: str, begin: int, mention: Found, registry: Registry, on: dt.date | None, found: list[Found]) -> Found | None:
    """The state a role phrase places a person or body in: a demonym or a state's possessive among the role words
    before the name ("Iranian Foreign Minister", "Turkey's"), in its chunk or in the one just before it."""
    if mention.kind != "person":
        return None
    start = begin
    before = sentence[max(0, begin - 60) : begin]
    # a match that counts ends with a role word and white space: the last word before the name, looked at first
    last = before.rsplit(None, 1)[-1] if before[-1:].isspace() and not before.isspace() else ""
    joined = ROLE_JOINED.search(before) if last in ROLE_TITLE_WORDS else None
    if joined and all(w in ROLE_TITLE_WORDS for w in joined.group(2).split()):
        start = begin - len(joined.group(0)) + joined.group(0).index(joined.group(1))  # "his Azerbaijani counterpart X"
    if start >= mention.start:
        return None  # no role words: most names ("Vladimir Putin said"), whatever stands before them
    if ROLE_OVER_STATE.search(before):
        return None  # "Ambassador to China X": the state the role deals with, not the person's own
    role_words = sentence[start : mention.start]
    if ROLE_PREPOSITION.search(role_words) or not ROLE_CHARACTERS.fullmatch(role_words):
        return None  # "Head of the … of the Russian Federation", "Division at CNA": a body, not a role over a state
    for word in CAPITALISED.finditer(role_words):
        text = POSSESSIVE_END.sub("", word.group(0))
        folded = _folded(text)
        if folded in TITLE_WORDS:
            continue
        name = DEMONYM_STATES.get(folded, text)
        key = registry.resolve(name, on) or registry.resolve(text, on)
        if key and registry[key].kind == "state":
            return Found(start + word.start(), start + word.end(), key, registry[key].name, "state")
        if folded in DEMONYM_STATES:
            return Found(start + word.start(), start + word.end(), "~" + _folded(name), name, "state")
    return None


@dataclass
class Context:
    """What the sentences of a paragraph share: who 'he' or 'she' is, and whose words a quoted paragraph is."""

    speaker: Found | None = None
    last_person: Found | None = None
    block: bool = False  # the whole paragraph is the speaker's quoted words


CAPITALISED_WORDS = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*")  # only a name's words: "the Foreign Minister "


def read_clauses(sentence: str, mentions: list[Found], context: Context) -> list[Reading]:
    """Every typed relation the sentence's clauses state, in the order their cues come."""
    if not mentions or HYPOTHETICAL_START.match(sentence):
        return []  # every relation has at least one end among the sentence's mentions (an object, an agent)
    lowered = _lowered(sentence)
    words: set[bytes] | None = None
    if lowered is not None:
        runs = word_runs(lowered)
        if not UNGATED and CUE_WORDS.isdisjoint(runs):
            return []  # no cue's words, as in most sentences: what possible_cues finds, without a set of the words
        words = set(runs)
    cues = possible_cues(lowered, words)
    if not cues:
        return []
    readings: list[Reading] = []
    taken: set[tuple[int, int]] = set()
    for match in cue_matches(PASSIVE, sentence, lowered, words) if PASSIVE in cues else ():
        kind = PASSIVE_KIND[match.group("verb").split()[0].lower()]
        agent = _object_after(sentence, match.end(), mentions, kind)
        target = _subject_before(sentence, match.start(), mentions, context)
        if agent and target and not _negated(sentence, target[0].end, match.start("verb")):
            readings.extend(_made(agent[0], kind, t, "passive: Y was VERBed by X") for t in target)
            taken.add((match.start("verb"), match.end("verb")))
    for match in cue_matches(CONTACT_NOUN, sentence, lowered, words) if CONTACT_NOUN in cues else ():
        readings.extend(_contact_noun(sentence, match, mentions, context))
        taken.add((match.start(), match.end()))
    for match in cue_matches(OUTLET_PIECE, sentence, lowered, words) if OUTLET_PIECE in cues else ():
        outlet = _object_after(sentence, match.end(), mentions, "quoting")
        if outlet and outlet[0].kind == "outlet":
            opening = _opens_sentence(sentence, match.start())
            subjects = _main_subject if opening else _subject_of_clause
            for subject in subjects(sentence, match.start(), mentions, context):
                readings.append(_made(outlet[0], "quoting", subject, "an interview or article in/by an outlet"))
    for match in cue_matches(JOINT_MEETING, sentence, lowered, words) if JOINT_MEETING in cues else ():
        together = _subject_before(sentence, match.start(), mentions, context)
        if len(together) == 2 and not _negated(sentence, together[0].end, match.start()):
            readings.append(_made(together[0], "contact", together[1], "X and Y met or discussed"))
    for match in cue_matches(REPORTED_SAYING, sentence, lowered, words) if REPORTED_SAYING in cues else ():
        speaker = next((m for m in mentions if m.start >= match.end()), None)
        if speaker is None or not SPEECH_AFTER.match(sentence, speaker.end):
            continue  # the subject is looked for only where someone named after 'that' says something
        outlets = [s for s in _subject_before(sentence, match.start(), mentions, context) if s.kind == "outlet"]
        if outlets and CAPITALISED_WORDS.fullmatch(sentence[match.end() : speaker.start]):
            readings.append(_made(outlets[0], "quoting", speaker, "X reported that Y said"))
    for kind, pattern in VERB_CUES:
        if pattern not in cues:
            continue
        for match in cue_matches(pattern, sentence, lowered, words):
            if taken and any(a <= match.start() < b for a, b in taken):
                continue
            readings.extend(_verb_clause(sentence, match, kind, mentions, context))
    return [r for r in readings if r.source.key != r.target.key]


def _made(source: Found, kind: str, target: Found, rule: str) -> Reading:
    return Reading(source, kind, target, rule)


AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?$")


def _verb_clause(sentence: str, match: re.Match[str], kind: str, mentions: list[Found], context: Context) -> list[Reading]:
    cue = match.group(0).lower()
    objects = _object_after(sentence, match.end(), mentions, "quoting" if kind == "reporting" else kind)
    if not objects:
        return []
    participle = cue.split()[0].endswith("ing")
    if participle and _opens_sentence(sentence, match.start()):
        subjects = _main_subject(sentence, match.start(), mentions, context)
        rule = "participle opening the sentence: VERBing Y, X …"
    elif participle and sentence[: match.start()].rstrip().endswith(","):
        subjects = _subject_of_clause(sentence, sentence[: match.start()].rstrip().rfind(","), mentions, context)
        rule = "participle after the main clause: X …, VERBing Y"
    else:
        subjects = _subject_before(sentence, match.start(), mentions, context)
        rule = "X VERB Y"
        if participle and subjects and not AUXILIARY_BEFORE.search(sentence[: match.start()]):
            return []  # "the meeting", "a warning": a participle with no auxiliary is a noun or a modifier here
    if not subjects or (_negated(sentence, min(s.end for s in subjects), match.start()) and not participle):
        return []
    if any(_conditional(sentence, s.start) for s in subjects if s.end):
        return []  # "… will not materialize if Russia invades Ukraine"
    if participle and _negated(sentence, max(0, match.start() - 20), match.start()):
        return []
    if kind == "reporting":
        if not objects[0].possessive:
            return []
        return [_made(s, "quoting", o, "X VERB Y's statements") for s in subjects for o in objects]
    if kind == "contact" and cue.startswith(("told", "tells", "telling")):
        outlets = [o for o in objects if o.kind == "outlet"]
        if outlets:
            return [_made(o, "quoting", s, "X told outlet Y") for s in subjects for o in outlets]
    if kind == "contact" and any(o.kind == "outlet" for o in objects):
        return []
    return [_made(s, kind, o, rule) for s in subjects for o in objects]


NOT_LETTERS = re.compile(r"[\W_]+")
OPENING_WORDS = re.compile(r"\W*(?:while|when|after|before|by|in|also|then)\s+", re.I)


LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what NOT_LETTERS leaves


def _opens_sentence(sentence: str, position: int) -> bool:
    """Whether what comes before position has no letter or digit (NOT_LETTERS takes all of it), or is one of the
    OPENING_WORDS: the first letter is looked for, instead of the text before position being copied without its
    other characters."""
    return LETTER_OR_DIGIT.search(sentence, 0, position) is None or OPENING_WORDS.fullmatch(sentence, 0, position) is not None


OWNER_OF_NOUN = re.compile(r"(?:'s|’s|’)\s+(?:[\w-]+\s+){0,3}")  # "Lavrov's first meeting"
DETERMINER_BEFORE = re.compile(r"\b(?:his|her|a|an|the)\s+(?:[\w,-]+\s+){0,5}$")


def _contact_noun(sentence: str, match: re.Match[str], mentions: list[Found], context: Context) -> list[Reading]:
    objects = _object_after(sentence, match.end() - 1, mentions, "contact", pair=match.group("prep").lower() == "between")
    if not objects:
        return []
    if match.group("prep").lower() == "between":
        clause = max(sentence.rfind(",", 0, match.start()), sentence.rfind(";", 0, match.start()), 0)
        if len(objects) != 2 or _negated(sentence, clause, match.start()):
            return []
        return [_made(objects[0], "contact", objects[1], "the meeting between X and Y")]
    left = sentence[: match.start()]
    owner = next((m for m in reversed(mentions) if m.end <= match.start() and m.possessive), None)
    if owner is not None and OWNER_OF_NOUN.fullmatch(sentence[owner.end : match.start()]):
        subjects = [owner]  # "Lavrov's meeting with Y"
    elif attached := _attached_to(sentence, match.start(), mentions):
        subjects = [attached]  # "X, at a meeting with Y," and "Lavrov recounts that at his first meeting with Y"
    elif DETERMINER_BEFORE.search(left):
        subjects = _main_subject(sentence, match.start(), mentions, context)  # "In his conversation with Y, X expressed"
    else:
        return []
    if not subjects or _negated(sentence, max(0, match.start() - 30), match.start()):
        return []
    return [_made(s, "contact", o, "X's meeting/call/talks with Y") for s in subjects for o in objects]


AT_THE_NOUN = re.compile(r"\s*,?\s*(?:at|during|in|after|following)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+,?\s+){0,5}")
HIS_OR_HER_BEFORE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+,?\s+){0,5}$")


def _attached_to(sentence: str, position: int, mentions: list[Found]) -> Found | None:
    """Whose meeting a noun names: the name just before a phrase such as ', at a meeting', or, for 'his meeting',
    the nearest person named before it in the sentence who is no object of a preposition."""
    before = [m for m in mentions if m.end <= position and not m.possessive]
    if not before:
        return None
    last = before[-1]
    if AT_THE_NOUN.fullmatch(sentence[last.end : position]):
        return last
    if HIS_OR_HER_BEFORE.search(sentence[:position]):
        people = [m for m in before if m.kind == "person" and not _governed(sentence, m.start)]
        return people[-1] if people else None
    return None


CONDITIONAL = re.compile(r"\b(?:if|unless|whether|lest|once|until|should)\s+(?:the\s+|a\s+)?$", re.I)


def _conditional(sentence: str, position: int) -> bool:
    """Whether the clause whose subject starts at position is a condition ('if X invades Y')."""
    return bool(CONDITIONAL.search(sentence[max(0, position - 20) : position]))


def _negated(sentence: str, start: int, end: int) -> bool:
    return bool(NEGATED.search(sentence[start:end]))


AND_OR_BUT_END = re.compile(r"\s(?:and|but)\s*$")
COMMA_AND_OR_BUT_END = re.compile(r",\s*(?:and|but)\s*$")
BRACKET_AND_END = re.compile(r"\]\s+and\s*$")
BRACKETED = re.compile(r"\([^()]*\)")
RELATIVE_CLAUSE = re.compile(r"\s*,\s*(?:(?:an?|the)\s+[^,]{0,60}?\s)?(?:who|which|that)\b([^,]*?)(?:,(.*))?$", re.S)
CLOSED_APPOSITION = re.compile(r"^\s*,[^,]*,")
AND_NAME_WORDS = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,5}")
COMMA = re.compile(r"\s*,\s*")


def _subject_before(sentence: str, position: int, mentions: list[Found], context: Context) -> list[Found]:
    """Who does the verb at position: a name right before it (past light words, an appositive, a relative 'who'),
    two names joined by 'and', 'we' in a speaker's own words, or 'he'/'she' for the last person who acted."""
    left = sentence[:position]
    light_tail = _light_tail(left)
    core = left[: len(left) - len(light_tail)] if light_tail else left
    if (AND_OR_BUT_END.search(core) and not COMMA_AND_OR_BUT_END.search(core.rstrip())) or BRACKET_AND_END.search(core):
        return _coordinated_subject(sentence, len(core.rstrip()) - 4, mentions, context)
    own = OWN_SIDE.search(core)
    if own:
        return [context.speaker] if context.speaker is not None and _quoted_at(sentence, position, context) else []
    pronoun = PRONOUN.search(core)
    if pronoun:
        return [context.last_person] if context.last_person is not None else []
    tried = 0
    for mention in reversed(mentions):
        if mention.end > position:
            continue
        tried += 1
        if tried > 4:
            return []
        gap = BRACKETED.sub(" ", sentence[mention.end : position])
        relative = RELATIVE_CLAUSE.match(gap)
        governed = _governed(sentence, mention.start)
        if mention.possessive or (governed and not (relative and governed in AGENT_PREPOSITIONS)):
            continue
        if relative:  # "X, who met with Y" and "X, which is close to Z, interpreted"
            gap = relative.group(2) if relative.group(2) is not None else relative.group(1)
        gap = CLOSED_APPOSITION.sub(" ", gap)  # a closed apposition: ", a researcher at Z,"
        if not LIGHT.match(gap):
            continue
        holder = _apposition_holder(sentence, mention, mentions)
        if holder is not None:
            return [holder]  # "Alexander Gabuev, a researcher … at the Carnegie Center, tells": Gabuev
        subjects = [mention]
        earlier = [m for m in mentions if m.end <= mention.start]
        if earlier and AND_NAME_WORDS.fullmatch(sentence[earlier[-1].end : mention.start]) and not _governed(sentence, earlier[-1].start):
            subjects.insert(0, earlier[-1])
            if len(earlier) > 1 and COMMA.fullmatch(sentence[earlier[-2].end : earlier[-1].start]):
                return []  # "A, B and C met": a list of members, not two actors
        return subjects
    return []


APPOSITION_START = re.compile(r"\s*(?:an?|the)\s+[a-z]|\s*(?:a\s+)?(?:former|senior|then|now)\b")


def _apposition_holder(sentence: str, mention: Found, mentions: list[Found]) -> Found | None:
    """The name an apposition describes, when `mention` sits inside it: 'X, a researcher at Y,' -> X."""
    comma = sentence.rfind(",", 0, mention.start)
    if comma < 0 or not APPOSITION_START.match(sentence[comma + 1 : mention.start]):
        return None
    holder = next((m for m in reversed(mentions) if m.end <= comma and not sentence[m.end : comma].strip()), None)
    return holder if holder is not None and holder.kind == "person" and not _governed(sentence, holder.start) else None


WE_OR_I_FIRST = re.compile(r"\W*(we|i)\s", re.I)


def _coordinated_subject(sentence: str, position: int, mentions: list[Found], context: Context) -> list[Found]:
    """'X met Y and praised Z': the second verb shares the subject of the first, the nearest name before with its verb."""
    clause = max(sentence.rfind(";", 0, position), sentence.rfind(":", 0, position), 0)
    for mention in reversed([m for m in mentions if clause <= m.start and m.end <= position]):
        if mention.possessive or _governed(sentence, mention.start):
            continue
        if verb_follows(sentence[mention.end : position]):
            subjects = _subject_before(
                sentence, mention.end + len(sentence[mention.end :]) - len(sentence[mention.end :].lstrip()), mentions, context
            )
            return subjects or [mention]
    own = WE_OR_I_FIRST.match(sentence[clause:])
    if own and context.speaker is not None and _quoted_at(sentence, position, context):
        return [context.speaker]
    return []


LIGHT_WORD = re.compile(
    r"also|then|later|further|again|once|too|publicly|recently|explicitly|openly|previously|subsequently|"
    r"simply|finally|first|both|jointly|even|already|often|repeatedly|just|still|only|has|have|had|was|is|were|are|will|"
    r"did|does|do|\w+ly",
    re.I,
)


def _light_tail(left: str) -> str:
    """The light words that end `left` ("also", "has", "reportedly"), each after white space, with the white space
    before them and after: what (?:\\s+(?:LIGHT_WORD))+\\s*$ finds. Such a word is a whole token (white space before it,
    white space or the end after it), so the tokens are taken from the end while they are light, instead of the
    expression being tried at every place of the text before the verb."""
    start = position = len(left.rstrip())
    while position > 0:
        token = position
        while token > 0 and not left[token - 1].isspace():
            token -= 1
        if token == 0 or not LIGHT_WORD.fullmatch(left, token, position):
            break
        position = len(left[:token].rstrip())
        start = position
    return left[start:] if start < len(left.rstrip()) else ""


def _quoted_at(sentence: str, position: int, context: Context) -> bool:
    """Whether position is in the speaker's own words: a quoted paragraph, or inside quotation marks."""
    if context.speaker is None:
        return False
    if context.block:
        return True
    before = sentence[:position]
    opened = before.count("“") - before.count("”") + (before.count('"') % 2)
    return opened > 0


AGENT_PREPOSITIONS = {"like", "as", "including"}  # "businessmen like X, who denounced Y": X still acts


WORD_TOKEN = re.compile(r"[\w’'-]+")


def _governed(sentence: str, position: int) -> str:
    """The preposition governing the name at position ('' if none): a governed name is no subject."""
    words = [w.lower() for w in WORD_TOKEN.findall(sentence[:position][-40:])]
    while words and words[-1] in {"the", "a", "an"}:
        words.pop()
    return words[-1] if words and words[-1] in PREPOSITIONS and words[-1] != "by" else ""


HE_OR_SHE_FIRST = re.compile(r"\s*(he|she)\b", re.I)
LEADING_HE_OR_SHE = re.compile(r"\W*(he|she)\b", re.I)
CAPITALISED_WORDS_AFTER = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*")


def _main_subject(sentence: str, position: int, mentions: list[Found], context: Context) -> list[Found]:
    """The subject of the main clause after an opening phrase: 'In his conversation with Y, X expressed' -> X."""
    comma = sentence.find(",", position)
    while comma >= 0:
        rest = sentence[comma + 1 :]
        pronoun = HE_OR_SHE_FIRST.match(rest)
        if pronoun and verb_follows(rest[pronoun.end() :]):
            return [context.last_person] if context.last_person is not None else []
        following = [m for m in mentions if m.start > comma and not m.possessive]
        if following:
            first = following[0]
            between = sentence[comma + 1 : first.start]
            if CAPITALISED_WORDS_AFTER.fullmatch(between) and verb_follows(sentence[first.end :]):
                return [first]
        comma = sentence.find(",", comma + 1)
        if comma - position > 200:
            break
    return []


def _subject_of_clause(sentence: str, comma: int, mentions: list[Found], context: Context) -> list[Found]:
    """The subject of the clause a trailing participle hangs on: the nearest name before it followed by its verb."""
    for mention in reversed([m for m in mentions if m.end <= comma]):
        if mention.possessive or _governed(sentence, mention.start):
            continue
        if verb_follows(sentence[mention.end : comma]):
            return [mention]
    pronoun = LEADING_HE_OR_SHE.match(sentence)
    if pronoun and context.last_person is not None:
        return [context.last_person]
    return []


LOWER_CASE_LAST_WORD = re.compile(r"\s[a-z]+$")
SPOKESMAN_ROLE = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:spokes\w+|official|minister|head|chief|ambassador|envoy|representative|director|adviser|advisor)\s+"
)
POSSESSIVE_NOUNS = re.compile(r"(?:'s|’s|’|')((?:\s+[“\"‘]?[\w-]+){1,4})")
AND_NAME = re.compile(r"\s*,?\s+and\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[A-Z][\w'’.-]*\s+)*")
AND_PAIR = re.compile(r"\s+and\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[a-zA-Z][\w'’.-]*\s+){0,4}")
AND_NEXT = re.compile(r"\s*,?\s+and\b")


def _object_after(sentence: str, position: int, mentions: list[Found], kind: str, pair: bool = False) -> list[Found]:
    """The object right after a cue, past a determiner, role words and a date; two joined by 'and' are both
    objects, a longer list is a list of members and gives none. 'Y's proposal' makes Y the object of a stance."""
    following = [m for m in mentions if m.start >= position]
    if not following:
        return []
    first = following[0]
    gap = DATE_PHRASE.sub(" ", sentence[position : first.start])
    if not _filler(gap):
        return []
    if len(following) > 1 and LOWER_CASE_LAST_WORD.search(sentence[first.start : first.end]) and not sentence[first.end : following[1].start].strip():
        first, following = following[1], following[1:]  # "Kremlin-linked TV channel NTV": the outlet's name, not its description
    if len(following) > 1 and first.kind != "person" and following[1].kind == "person":
        role = sentence[first.end : following[1].start]
        if SPOKESMAN_ROLE.fullmatch(role):
            first, following = following[1], following[1:]  # "the Defense Ministry spokesman Igor Konashenkov": the person
    if first.possessive:
        nouns = SPEECH_NOUNS if kind == "quoting" else STANCE_NOUNS
        after = POSSESSIVE_NOUNS.match(sentence[first.end : first.end + 60])
        if kind == "contact" or not after or not any(w.strip('“"‘').lower() in nouns for w in after.group(1).split()):
            return []
    objects = [first]
    listed = 0
    for previous, current in itertools.pairwise(following):
        between = sentence[previous.end : current.start]
        if COMMA.fullmatch(between):
            listed += 1
            continue
        if AND_NAME.fullmatch(between) or (pair and AND_PAIR.fullmatch(between)):
            if listed:
                return []  # "Azerbaijan, Armenia, and Georgia": members of a list
            objects.append(current)
        break
    if listed and len(objects) == 1:
        trailing = sentence[following[listed].end : following[listed].end + 8] if listed < len(following) else ""
        if listed >= 1 and AND_NEXT.match(trailing):
            return []
    if listed >= 2:
        return []
    return objects


OPENING_QUOTE = re.compile(r"\s*[“\"]")
ROLE_PREPOSITION_BETWEEN = re.compile(r"(?<=[A-Za-z])\s+(?:to|of|for)\s+(?=[A-Z])")
COUNTERPART_COMMA = re.compile(r"\b(counterparts?|envoy|ambassador|minister|spokes\w+),\s*$")
HYPHENATED = re.compile(r"[a-z]+-[a-z]+")


def _role_noun_and_space(match: re.Match[str]) -> str:
    """What the template r"\\1 " gives, as a function: re hands a template with a backslash to Python code on every
    call, matched or not; a function is called only for a match."""
    return match.group(1) + " "


def _filler(gap: str) -> bool:
    """Whether the words between a cue and a name only introduce it: determiners, role words, an opening bracket
    or the quotation mark of words quoted from the subject ("accused “Ukrainian forces of …")."""
    if OPENING_QUOTE.fullmatch(gap):
        return True
    # each expression only where the words it needs are (a search from every place costs more than a look for them)
    if "to" in gap or "of" in gap or "for" in gap:
        gap = ROLE_PREPOSITION_BETWEEN.sub(" ", gap)  # "Ambassador to China", "Minister of Defense"
    if gap.rstrip().endswith(","):
        gap = COUNTERPART_COMMA.sub(_role_noun_and_space, gap)  # "his Chinese counterpart, Wang Yi"
    if QUALIFIER_STOPS.search(gap):
        return False
    text = gap.strip()
    if text.endswith("["):
        return len(text[:-1].split()) <= 3
    words = text.split()
    if len(words) > OBJECT_WORDS_MAX:
        return False
    for word in words:
        folded = _folded(word).strip(".’'")
        if folded in OBJECT_FILLER or folded in FILLER_TITLE_WORDS or word[:1].isupper():
            continue
        if folded in {"the", "a", "an"} or HYPHENATED.fullmatch(word):
            continue  # "the state-run daily", "Kremlin-linked TV channel"
        return False
    return True
