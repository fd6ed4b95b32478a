"""A release's, an open letter's or a petition's list of the people who sign it, under the line that leads into it ('The
following nurses support this statement:', 'Signatories:', 'Signed by:'): a person a line, opening on a given name or a
title ('Dr Ann Lee, Northport University'), the post, the places and the dates served on it or on lines right under it,
a degree on a line of its own. Its lines are people, never the report's sections, nor a list of links, nor a page's tags:
they are kept as one list, an item a line. The list ends at the first line that is neither a person's nor one of those
lines under a person's, at a heading (a line of capitals or with a year over a paragraph is one), or after RUN_MAX lines; the text goes on from there as before. A list
needs NAMED_MIN lines opening on a given name the lists hold: people whose given names they lack make no list, and their
lines are read as before."""

from __future__ import annotations

import re

from .attribution.given_names import given_name_sex
from .bylines import HONORIFIC
from .headings import looks_like_heading
from .importunits import SIGNATORY_KEY, Unit

# the lead-in ends the line and names the signing: '… support this statement:', '… have signed the open letter:',
# 'Signatories:', 'Signed by:', 'Endorsed by:', 'The following organisations endorse this call:'
SIGNATORY_LEAD_IN = re.compile(
    r"(?:\b(?:support|endorse|sign|co-?sign|back)(?:s|ed)?\s+(?:this|the|our)\s+(?:joint\s+|open\s+)?"
    r"(?:statement|letter|call|petition|appeal|declaration|submission)"
    r"|\b(?:signatories|signatures|signers|undersigned)|\b(?:co-?)?signed(?:\s+by)?|\b(?:endorsed|supported)\s+by)\s*:$",
    re.I,
)
LEAD_IN_WORDS_MAX = 16  # a line leading in, never a paragraph that ends on a colon
NAMED_MIN = 2  # lines opening on a given name: a list of people, never one line under a lead-in
RUN_MAX = 300  # lines of one list at most: the text goes on as before after them
PERSON_WORDS_MAX = 160  # a person's line with all the posts held, or a few a PDF's text ran together: a paragraph is longer
LOWER_SHARE = 0.5  # of a person's words, fewer than this open in lower case ('Ann Lee Case Manager Harbour Aid'); prose's more
PROSE_WORDS_MIN = 20  # a line this long, most words in lower case, is a paragraph, whatever dates it holds
UNDER_WORDS_MAX = 12  # a line under a person's, neither a date's nor a degree's ('Nauru', 'Registered Nurse'), over the next
# a pseudonym in quotation marks opening the line, a post after it ("‘Mira’ Youth Worker Harbour Aid"): a person's line,
# never a quotation ('“Grace loved the sea,” …' closes after more words, or on a word in lower case)
PSEUDONYM = re.compile(r"^['‘’\"“”][A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}['‘’\"“”]\s+[A-Z]")
# a line under a person's: the dates and places served ('Velmar: March 2014 - May 2019', '03/2015'), a degree
DATED = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}/\d{2,4}\b")
DEGREE = re.compile(
    r"\b(?:Bachelor|Masters?|Diploma|Certificate|Cert|Degree|Doctorate|PhD|DPhil|Hons|Grad|Dip|B\.?A|B\.?Sc|M\.?A|M\.?Sc|MBA|MPH"
    r"|MBBS|LL\.?B|B\.?Ed|M\.?Ed|RN|FRCP)\b",
    re.I,
)
QUOTATION_OPENING = "'‘’\"“”«„"


def _lower_share(words: list[str]) -> float:
    lettered = [word for word in words if word[:1].isalpha()]
    return sum(word[:1].islower() for word in lettered) / len(lettered) if lettered else 1.0


def _named(text: str) -> bool:
    """A person's line: a title or a given name opening it, the next word a name's or a post's in capitals, most
    words in capitals ('Dr Ann Lee Medical Director', 'Janelle Teacher Harbour Aid'), never a sentence of prose
    ('Grace loved the sea', 'Ann Lee will write to the council.'), never a line opening on a quotation mark."""
    untitled = HONORIFIC.sub("", text)
    words = untitled.split()
    if not words or len(words) > PERSON_WORDS_MAX or text[:1] in QUOTATION_OPENING:
        return False
    if given_name_sex(words[0].rstrip(",")) is None and (untitled == text or not words[0][:1].isupper()):
        return False  # 'Dr Ilse Varga': a title over a name the lists do not hold
    return (len(words) == 1 or words[1][:1].isupper()) and _lower_share(words) < LOWER_SHARE


def _pseudonym(text: str) -> bool:
    """A person's line opening on a pseudonym in quotation marks: in the list, never one of the names it needs."""
    return bool(PSEUDONYM.match(text)) and len(text.split()) <= PERSON_WORDS_MAX and not _prose(text)


def _prose(text: str) -> bool:
    """A sentence or a paragraph, most of its words in lower case: never a line of the list, whatever dates it holds."""
    words = text.split()
    return _lower_share(words) > LOWER_SHARE and (text[-1:] in ".!?" or len(words) >= PROSE_WORDS_MIN)


def _served(text: str) -> bool:
    """A line of a person's posts, places or dates served, or degrees, its given name (if any) one the lists do not hold:
    'Kerrin Voss Midwife Harbour Care Velmar: 2014 - 2019', 'Velmar: June 2016 - May 2019', 'Bachelor of Nursing',
    'MBBS FRANZCP'."""
    words = text.split()
    if not words or len(words) > PERSON_WORDS_MAX or text[:1] in QUOTATION_OPENING or text.startswith("#") or _prose(text):
        return False
    return bool(DATED.search(text) or DEGREE.search(text)) or all(word.strip(",.()").isupper() for word in words)


def _listed(text: str) -> bool:
    return _named(text) or _pseudonym(text) or _served(text)


def _person_shaped(text: str) -> bool:
    """Two words in capitals opening a line of few words in lower case, no sentence: 'Jorik Almeda Ward Nurse'."""
    words = text.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words[:2]) and _lower_share(words) < LOWER_SHARE and not _prose(text)


def _in_list(text: str, after_person: bool, next_text: str) -> bool:
    """A line of the list: a person's, or the posts, dates and degrees served; or, under a person's, a short line of no
    sentence over another line of the list ('Velmar', 'Registered Nurse'), or over a line shaped as a person's where it
    is shaped so itself: names the lists of given names do not hold, one after another ('Jorik Almeda Ward Nurse')."""
    if _listed(text):
        return True
    short = len(text.split()) <= UNDER_WORDS_MAX and text[-1:] not in ".!?:" and text[:1] not in QUOTATION_OPENING + "#"
    return after_person and short and (_listed(next_text) or (_person_shaped(text) and _person_shaped(next_text)))


def _heading_over_prose(text: str, below: Unit | None) -> bool:
    """A line of capitals or with a year, no degree, over a paragraph, shaped as a heading ('BACKGROUND', 'Next steps 2024'):
    the report's section after the list, never the last person's posts; a plain text's headings are not yet marked."""
    return below is not None and _prose(below.text.strip()) and not DEGREE.search(text) and looks_like_heading(text, below)


def _run(units: list[Unit], first: int) -> tuple[list[Unit], int]:
    """The list's lines from units[first]: a person's line first, then people's lines and the lines under them, ended by
    any other line, a heading, or RUN_MAX lines; and how many of them open on a given name."""
    run: list[Unit] = []
    named = 0
    for position in range(first, min(first + RUN_MAX, len(units))):
        unit = units[position]
        text = unit.text.strip()
        if unit.data.get("heading") or unit.data.get("md_level") or not text:
            break
        below = units[position + 1] if position + 1 < len(units) else None
        if _named(text):
            named += 1
        elif not _in_list(text, bool(run), below.text.strip() if below else "") or _heading_over_prose(text, below):
            break
        run.append(unit)
    return run, named


def signatory_lines(units: list[Unit], start: int, inferred: list[str]) -> None:
    """Mark the lines of a signatories' list under its lead-in: none is read as a heading, a link or a tag (classify reads
    the mark). Each line is read once: a lead-in's run, kept or not, is passed over."""
    position = start
    while position < len(units):
        text = units[position].text.strip()
        position += 1
        if len(text.split()) > LEAD_IN_WORDS_MAX or not SIGNATORY_LEAD_IN.search(text):
            continue
        run, named = _run(units, position)
        if named < NAMED_MIN:
            position += len(run)  # no list of people: its lines are passed over, each line read once
            continue
        units[position - 1].data["paragraph"] = True  # 'Signatories:' leads into the list, no heading over it
        for unit in run:
            unit.data[SIGNATORY_KEY] = unit.data["paragraph"] = True
            unit.data.pop("heading", None)
        inferred.append(f"line {run[0].line}: {len(run)} lines under a signatories' lead-in read as one list, no sections")
        position += len(run)


def signatory_list(body: list[Unit]) -> None:
    """The lines marked, each kept as a paragraph through classify, set as one list: an item a line."""
    for unit in body:
        if unit.data.get(SIGNATORY_KEY) and unit.kind in ("paragraph", "heading"):
            unit.kind = "bullet"
