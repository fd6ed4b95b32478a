"""Quotation-mark spans in a text: where each quoted passage opens and closes, nested ones, and the text with them blanked."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Span:
    start: int  # the opening mark
    end: int  # after the closing mark (or the end of the text when unclosed)
    inner_start: int
    inner_end: int
    closed: bool


# what "''|[“”„«»\"]" matches, written to start with the marks' class so that re skips the other characters instead of
# trying the pattern at each one: a mark, and a second "'" after a first
# and "‘’" and "’’", curly single marks doubled, which the Nigerian and South Asian press set as double marks ("‘’Members
# must decide on the facts,’’ the party said")
QUOTE_MARKS = re.compile("[“”„«»\"'‘’](?:(?<=')'|(?<=[‘’])’|(?<![‘’']))")
PLAIN_QUOTE_MARKS = "''|‘’|’’|[“”„«»\"]"  # as first written (tests compare them)
DOUBLED_CURLY = ("‘’", "’’")
ONE_CHARACTER_MARKS = '“”„«»"'


# UTF-8 dashes and curly marks read as cp1252 ("â€“" for "–", "â€œ" for "“"): the third character of the en dash's and
# the em dash's is a curly double mark, of the curly marks' a curly mark or a "œ"; after "â€" none is a quotation mark
MOJIBAKE_LEAD = "â€"


def quote_marks(text: str) -> list[tuple[int, str]]:
    """(start, mark) of each QUOTE_MARKS match, in order: each mark found by str.find, and "''" where two apostrophes
    stand together, left to right (re tried the marks' class at every character, at twice the cost)."""
    found = []
    for mark in ONE_CHARACTER_MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append((at, mark))
            at = text.find(mark, at + 1)
    at = text.find("''")
    while at >= 0:
        found.append((at, "''"))
        at = text.find("''", at + 2)
    for mark in DOUBLED_CURLY if "‘’" in text or "’’" in text else ():  # rare
        at = text.find(mark)
        while at >= 0:
            if mark == "’’" and text[at - 1 : at] == "‘":
                at = text.find(mark, at + 1)  # "‘’’": its first two marks are "‘’"
                continue
            found.append((at, mark))
            at = text.find(mark, at + 2)
    found.sort()
    return found


def reopens(text: str, index: int, opening: str) -> bool:
    """Whether the straight mark at index, inside a quotation opened by one, opens its next paragraph in a text whose
    paragraphs were run together ("… tax rises. "I have met …"): after a sentence's end and a space, before a
    capital. A paragraph of a quotation goes on without a closing mark; run together, its next paragraph's opening
    mark would close it. (Curly marks tell opening from closing, and a “ inside “…” is a quotation inside it.)"""
    if opening != '"' or text[index] != '"':
        return False
    before, after = text[index - 2 : index], text[index + 1 : index + 2]
    return len(before) == 2 and before[0] in ".?!" and before[1] == " " and after.isupper()


def opens_a_word(text: str, index: int) -> bool:
    """Whether the mark at index stands where a quotation inside another opens: after a space, before a letter or a
    digit, and not after a colon (`will “face every consequence., before adding: "…"`: the writer's narration has run
    on from a quotation left open, and the mark opens the next)."""
    return index > 1 and text[index - 1] == " " and text[index - 2] != ":" and text[index + 1 : index + 2].isalnum()


def nests_straight(text: str, index: int) -> bool:
    """Whether the straight mark at index, opening a word inside a quotation opened by a straight mark, opens a phrase
    quoted inside it ('"… in the "Velan spirit," so I hope …," she said.'): the next straight mark closes a word, and an
    odd number of straight marks are left from it, the phrase's two and the one closing the whole (a quotation left
    unclosed before a quoted phrase leaves an even number)."""
    close = text.find('"', index + 1)
    return close > 0 and not text[close - 1].isspace() and text.count('"', index) % 2 == 1


# the opening marks whose quotation closes on a mark English reads as an opening one, or on the one that opened it: German
# and Danish "»…«", Swedish and Finnish "»…»", German "„…“" (and Polish and Hungarian "„…”")
CLOSED_THE_OTHER_WAY = "»„"
GUILLEMETS_AND_LOW_MARKS = "“”«»„"


def _step_in(opener: str, char: str, depth: int) -> int | None:
    """How a mark inside a quotation opened by "»" or "„" moves the depth of the quotations inside it (+1 one opens,
    -1 one closes), or None where it closes the quotation itself. In "»…«" and "»…»" a "«" or "»" closes it, and
    "„…“" or "“…”" is quoted inside; in "„…“" a "“" or "”" closes it, and "»…«", "«…»" or "„…“" is quoted inside."""
    if opener == "»":
        if char in "«»":
            return -1 if depth else None
        if char == "„" or (char == "“" and not depth):
            return 1
        return -1 if depth else 0
    if char in "“”":
        return -1 if depth else None
    if char in "«»":  # "„…»Halt«…“" (German) and "„…«Halt»…”" (Polish, Hungarian): a pair opens, then closes
        return -1 if depth else 1
    if char == "„":
        return 1
    return -1 if depth else 0


def quote_spans(text: str) -> list[Span]:
    """Top-level double-quoted passages; curly quotes nest, '' closes, an unclosed quote runs to the end (or to its
    own opening mark again, where the paragraphs of a quotation were run together)."""
    spans: list[Span] = []
    size = len(text)
    opened, inner, depth = -1, 0, 0
    straight = 0  # straight marks quoting inside an open curly quotation: "“… one student said "it is not my fault" …”"
    skip_to = -1  # a straight mark already read as closing one
    garbled = MOJIBAKE_LEAD in text
    for index, mark in quote_marks(text):
        char, width = mark[0], len(mark)
        if index <= skip_to or (garbled and text[index - 2 : index] == MOJIBAKE_LEAD):
            continue
        if opened < 0:
            if mark == "’’" or (mark == "‘’" and (index + 2 >= size or text[index + 2].isspace())):
                continue  # a doubled closing mark opens nothing, nor does a doubled opening one before a space
            if char in "»”" and index + 1 < size and not text[index + 1].isspace() and index > 0 and not text[index - 1].isspace():
                continue
            if char == "»" and (index + 1 == size or text[index + 1].isspace()):
                continue  # "Home » News » Business", a breadcrumb's "»" on a line of its own: a separator (»…« opens on a word)
            if char == "”" and index > 0 and text[index - 1] in ".!?…" and (index + 1 == size or text[index + 1] == " ") and "“" in text[index:]:
                continue  # "callous.” The chairman said “My branch …": the close of a quotation carried from the paragraph before
            if char == "”" and index > 0 and text[index - 1].isalnum() and (index + 1 == size or text[index + 1].isspace()):
                continue  # "“mend the bridges” of the river towns” (Halvers, 2009)": a stray close glued to a word opens nothing
            opened, inner, depth = index, index + width, 0
        elif width == 1 and char in GUILLEMETS_AND_LOW_MARKS and text[opened] in CLOSED_THE_OTHER_WAY:
            step = _step_in(text[opened], char, depth)  # "»…«", "»…»", "„…“": the marks of German and the Nordic languages
            if step is None:
                spans.append(Span(opened, index + 1, inner, index, True))
                opened = -1
            else:
                depth += step
        elif char == '"' and straight:
            straight, depth = straight - 1, depth - 1
        elif char == '"' and not depth and text[opened] == "“" and opens_a_word(text, index) and (close := text.find('"', index + 1)) > 0:
            if text.find("”", close) >= 0:
                straight, depth = straight + 1, depth + 1  # quoted inside, the curly mark closing the whole
            else:  # no curly mark closes it: the quotation ends with the one it holds, as pasted posts often run
                spans.append(Span(opened, close + 1, inner, close + 1, True))
                opened, skip_to = -1, close
        elif char == '"' and reopens(text, index, text[opened]):
            spans.append(Span(opened, index - 1, inner, index - 1, True))
            opened, inner = index, index + 1
        elif char == '"' and not depth and text[opened] == '"' and opens_a_word(text, index) and nests_straight(text, index):
            straight, depth = straight + 1, depth + 1  # '"… in the "Velan spirit," so I hope …," she said.'
        elif (char in "“„«" and width == 1) or mark == "‘’":
            depth += 1
        elif depth and (char in "”»" or mark == "’’"):
            depth -= 1
        else:
            spans.append(Span(opened, index + width, inner, index, True))
            opened = -1
    if opened >= 0:
        spans.append(Span(opened, size, inner, size, False))
    return spans


SINGLE_QUOTE = re.compile(r"(?<![\w])['‘](?=[\w\[])(?P<inner>.+?)(?<=[\w.,!?;:)\]…])['’](?![\w])")


SINGLE_OPENING = re.compile("['‘](?<!\\w['‘])")  # where a SINGLE_QUOTE match can start: a mark after no word character


def single_openings(text: str) -> list[int]:
    """Where SINGLE_OPENING matches, in order: each "'" and "‘" after no word character (re's \\w: a letter, a digit
    or "_"), found by str.find, which skips the other characters far faster than re's scan for the pair."""
    starts = []
    for mark in "'‘":
        at = text.find(mark)
        while at >= 0:
            before = text[at - 1 : at]
            if not (before.isalnum() or before == "_"):
                starts.append(at)
            at = text.find(mark, at + 1)
    return sorted(starts)


def nested_spans(text: str) -> list[Span]:
    """Quotes inside a quoted passage: single quotes, or double ones when the outer marks are gone."""
    spans: list[Span] = []
    for start in single_openings(text):  # SINGLE_QUOTE.finditer, tried only at an opening mark
        if not spans or start >= spans[-1].end:
            m = SINGLE_QUOTE.match(text, start)
            if m is not None:
                spans.append(Span(m.start(), m.end(), m.start("inner"), m.end("inner"), True))
    spans += [s for s in quote_spans(text) if s.closed]
    return sorted(spans, key=lambda s: s.start)


NON_SPACE = re.compile(r"\S")
SPACE = re.compile(r"\s")
NON_ASCII_SPACE = re.compile(r"[^\S\x00-\x7f]")
BLANKS = bytes(32 if chr(code).isspace() else 95 for code in range(256))  # an ASCII space of any kind -> " ", else "_"


def blank(passage: str) -> str:
    """Each character of the passage: "_", or " " for a space of any kind (as re's \\s and \\S tell them apart).

    Where every space is ASCII, by a byte table: each other character is one "?" in the ASCII encoding, and a "_"."""
    if NON_ASCII_SPACE.search(passage) is None:
        return passage.encode("ascii", "replace").translate(BLANKS).decode("ascii")
    return SPACE.sub(" ", NON_SPACE.sub("_", passage))


def mask(text: str, spans: list[Span]) -> str:
    """The text with quoted passages blanked out, same length, so sentences and subjects are found outside quotes."""
    pieces: list[str] = []
    done = 0  # the text is copied up to here; passages that overlap (nested spans may) are blanked once
    for start, end in sorted((s.inner_start, s.inner_end) for s in spans if s.inner_end > s.inner_start):
        start = max(start, done)
        if end > start:  # each character of the passage: "_", or " " for a space of any kind
            pieces += [text[done:start], blank(text[start:end])]
            done = end
    return "".join(pieces) + text[done:] if pieces else text


# "»": German and Nordic quotations open on it; "”" too, as Swedish and Finnish write, and as releases set a reversed
# mark opening a continued quotation's paragraph ("”More than …")
OPENING_MARK = re.compile(r"^(?:[\"“„«»”]|''|‘’)")
CLOSING_MARK = re.compile(r"(?:[\"”»«“]|''|’’)(?=[\s.…]*$)")  # "«", "“": German quotations close on them


CLOSING_TAIL = frozenset("\"”»«“.…'’")


def strip_outer_marks(text: str) -> str:
    text = text.strip()
    opening = OPENING_MARK.match(text)  # at the start only (sub would try "^" at every position of the quote)
    if opening:
        text = text[opening.end() :]
    # CLOSING_MARK matches only in the run of marks, full stops and spaces that ends the text: only that run is searched
    tail = len(text)
    while tail and (text[tail - 1] in CLOSING_TAIL or text[tail - 1].isspace()):
        tail -= 1
    text = text[:tail] + CLOSING_MARK.sub("", text[tail:])
    return text.strip()
