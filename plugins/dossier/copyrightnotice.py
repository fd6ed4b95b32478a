"""A copyright notice that a narrow column or a copy with a blank line after every line cut over lines ('© 2003 Harbour
Institute. All rights' / 'reserved. Reproduction in whole or in part' / 'without permission is prohibited.'): the lines
under the copyright line that go on with its notice are the notice's, page furniture with it, never a heading or a
paragraph of the text."""

from __future__ import annotations

import re

from .importunits import TERMINAL, Unit

NOTICE_KEY = "copyright notice"  # a unit's data flag: a line of the copyright notice cut over lines
NOTICE_LINES_MAX = 3  # lines a notice runs on over, under its copyright line
NOTICE_LINE_CHARS = 300
# the notice going on: in lower case ('reserved. …', 'without permission …'), or on the word its cut left ('Reserved')
GOING_ON = re.compile(r"^(?:[a-z]|(?:Reserved|RESERVED)\b)")


def _cut(text: str) -> bool:
    return text.rstrip()[-1:] not in TERMINAL


def mark_notice_lines(units: list[Unit], position: int) -> int:
    """Mark (NOTICE_KEY) the units under the copyright line at `position` that go on with its notice: while the line
    above ends on no stop, the next opening in lower case or on 'Reserved', short; how many were marked."""
    marked = 0
    above = units[position].text
    for unit in units[position + 1 : position + 1 + NOTICE_LINES_MAX]:
        text = unit.text.strip()
        if not _cut(above) or len(text) > NOTICE_LINE_CHARS or not GOING_ON.match(text):
            break
        unit.data[NOTICE_KEY] = True
        marked += 1
        above = text
    return marked
