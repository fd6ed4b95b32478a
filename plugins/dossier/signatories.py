"""A release's, an open letter's or a petition's list of the people who sign it, under the line that leads into it ('The
following volunteers support this statement:', 'Signatories:', 'Signed by:'): a name, a post and an employer a line,
the places and dates served, a degree on a line of its own. Its lines are people, never the report's sections, nor a
list of links, nor a page's tags: they are kept as one list, an item a line."""

from __future__ import annotations

import re

from .attribution.given_names import given_name_sex
from .importunits import Unit

SIGNATORY_KEY = "signatory line"

# the lead-in ends the line: '… support this statement:', '… have signed the letter:', 'Signatories:', 'Signed by:',
# 'Endorsed by:', 'The following organisations endorse this call:'; any 'The following …:' over lines opening on names
SIGNATORY_LEAD_IN = re.compile(
    r"(?:\b(?:support(?:s|ed)?|endorse[sd]?|sign(?:s|ed)?|back(?:s|ed)?)\s+(?:this|the|our)\s+"
    r"(?:joint\s+|open\s+)?(?:statement|letter|call|petition|appeal|declaration)"
    r"|\bsignatories|\b(?:co-?)?signed\s+by|\bendorsed\s+by|^the\s+following\b.*)\s*:$",  # 'The following … are available as media contacts:'
    re.I,
)
LEAD_IN_WORDS_MAX = 16  # a line leading in, never a paragraph that ends on a colon
NAMED_MIN = 2  # of the first lines under it, those opening on a given name: a list of people (a degree, a place between)
NAMED_LOOK = 12
# a paragraph of prose under the list ends it: many words, most of them in lower case
PROSE_WORDS_MIN = 20
PROSE_LOWER_SHARE = 0.5
HEADING_WORDS_MAX = 6  # a short line right over that paragraph, no name opening it, is the paragraph's heading


def _opens_on_given_name(text: str) -> bool:
    words = text.split()
    if words and words[0].rstrip(".").casefold() in ("dr", "prof", "professor", "mr", "mrs", "ms", "rev", "sister"):
        words = words[1:]  # 'Dr Jane Roe Medical Director …'
    return bool(words) and given_name_sex(words[0].strip("‘’'\"“”")) is not None


def _prose(text: str) -> bool:
    words = text.split()
    lower = sum(word[:1].islower() for word in words)
    return len(words) >= PROSE_WORDS_MIN and lower >= PROSE_LOWER_SHARE * len(words)


def _next_lead_in(text: str) -> bool:
    """A short line ending on a colon, no dates in it: the next list's lead-in, never a signatory's line ending on one."""
    text = text.strip()
    return text.endswith(":") and len(text.split()) <= LEAD_IN_WORDS_MAX and not any(c.isdigit() for c in text)


def _heads_prose(text: str) -> bool:
    text = text.strip()
    return len(text.split()) <= HEADING_WORDS_MAX and not _opens_on_given_name(text) and text[-1:] not in ".,;"


def signatory_lines(units: list[Unit], start: int, inferred: list[str]) -> None:
    """Mark the lines under a signatories' lead-in, down to the next paragraph of prose or the next lead-in, where two of
    the first of them open on a given name: none is read as a heading, a link or a tag (classify reads the mark)."""
    position = start
    while position < len(units):
        text = units[position].text.strip()
        position += 1
        if len(text.split()) > LEAD_IN_WORDS_MAX or not SIGNATORY_LEAD_IN.search(text):
            continue
        run: list[Unit] = []
        for unit in units[position:]:
            if _prose(unit.text) or _next_lead_in(unit.text):
                if run and _prose(unit.text) and _heads_prose(run[-1].text):
                    run.pop()  # 'About Carewell' over the text that goes on: its heading
                break  # the text goes on, or the next list's lead-in ('… are available as media contacts:')
            run.append(unit)
        first = run[:NAMED_LOOK]
        if not first or sum(_opens_on_given_name(u.text.strip()) for u in first) < min(NAMED_MIN, len(first)):
            continue
        units[position - 1].data["paragraph"] = True  # 'Signatories:' leads into the list, no heading over it
        for unit in run:
            if unit.text.strip().startswith("(") and unit.text.strip().endswith(")"):
                continue  # '(contact details are for journalist use only)': the list's note, a line of the text
            unit.data[SIGNATORY_KEY] = unit.data["paragraph"] = True
            unit.data.pop("heading", None)  # a name over the line of its dates, read as a heading by the page's shape
        inferred.append(f"line {run[0].line}: {len(run)} lines under a signatories' lead-in read as one list, no sections")
        position += len(run)


def signatory_list(body: list[Unit]) -> None:
    """The lines marked, each kept as a paragraph through classify, set as one list: an item a line."""
    for unit in body:
        if unit.data.get(SIGNATORY_KEY) and unit.kind in ("paragraph", "heading"):
            unit.kind = "bullet"
