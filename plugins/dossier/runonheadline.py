"""A release's headline run onto its lede's line, two spaces between them, as a PDF's text or an OCR copy of a printed
release sets it ('Rivers at Risk from Runoff  The risk of illness from polluted water will rise, the Trust has warned.'):
the headline on a line of its own, then the story's first paragraph."""

from __future__ import annotations

import re

from .bylines import is_date_line
from .furniture import furniture_kind
from .headings import in_capitals
from .importunits import TERMINAL, Unit, is_title_case

HEADLINE_REACH = 6  # units from the top: a letterhead, a date line, a distribution line, then the headline
HEADLINE_WORDS = (3, 16)  # a headline's words; two words before a gap are a dateline's place ('Port Carrow  The board …')
LEDE_WORDS = 8  # the lede's words at least: a sentence, no subtitle
RUN_ON = re.compile(r"^(?P<head>[^.!?:;]+?[^\s.!?:;,–—-]) {2,}(?P<lede>[A-Z“\"‘'][^ ].*)$", re.S)


def headline_run_into_lede(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """The first unit of the text under its furniture and date line, where it opens on a run of words in title case with
    no stop, two spaces or more after it, then a sentence in capitals' case ending on a stop: the headline and the lede.
    A first paragraph with no such opening is left as it is, and so is every paragraph under it (a justified text's
    doubled gaps fall anywhere in a sentence); a place in capitals or two words before the gap is a dateline, and so is
    a run with a comma (a place and its region) or a digit (a date, a contact's phone number)."""
    for at, unit in enumerate(units[:HEADLINE_REACH]):
        text = unit.text.strip()
        if furniture_kind(text) or is_date_line(unit):
            continue
        run_on = RUN_ON.match(text)
        if run_on is None or "\n" in run_on.group("head"):
            return units
        head, lede = run_on.group("head"), run_on.group("lede")
        if not HEADLINE_WORDS[0] <= len(head.split()) <= HEADLINE_WORDS[1] or not is_title_case(head) or in_capitals(head):
            return units
        if any(c == "," or c.isdigit() for c in head):
            return units  # a dateline's place and region ('Port Carrow, Norland'), a date, a contact's phone number
        if len(lede.split()) < LEDE_WORDS or lede.rstrip("”’\"' ")[-1:] not in TERMINAL or is_title_case(lede):
            return units
        inferred.append(f"line {unit.line}: the headline {head!r} run onto the lede's line, two spaces apart, set on a line of its own")
        headline = Unit(unit.line, head, data={"end": unit.line, "last_line": head})
        return [*units[:at], headline, Unit(unit.line, lede, unit.kind, unit.level, dict(unit.data)), *units[at + 1 :]]
    return units
