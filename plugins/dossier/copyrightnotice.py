"""A copyright notice that a narrow column or a copy with a blank line after every line cut over lines ('© 2003 Harbour
Institute. All rights' / 'reserved. Reproduction in whole or in part' / 'without permission is prohibited.'): the lines
under the copyright line that go on with its notice are the notice's, page furniture with it, never a heading or a
paragraph of the text."""

from __future__ import annotations

import re

from .importunits import Unit

NOTICE_KEY = "copyright notice"  # a unit's data flag: a line of the copyright notice cut over lines
NOTICE_LINES_MAX = 3  # lines a notice runs on over, under its copyright line
NOTICE_LINE_CHARS = 300
# a line cut inside the notice's own wording: '… All rights', '… All', '… Reproduction in whole or', '… without the written'
CUT_IN_WORDING = re.compile(
    r"\b(?:all(?:\s+rights)?|rights|reproduc\w*(?:\s+in\s+whole(?:\s+or)?)?|in\s+(?:whole(?:\s+or)?|part)|whole\s+or"
    r"|without(?:\s+the)?(?:\s+written)?|written|permission)\s*$",
    re.IGNORECASE,
)
# the notice going on under it: on the word its cut left ('reserved. …', 'Rights Reserved'), or on its terms
GOING_ON = re.compile(r"^(?:(?:all\s+)?rights\s+)?reserved\b|reproduc|permission|prohibited|without\s+the\s+written", re.IGNORECASE)


def _cut(text: str) -> bool:
    """The line ends inside the notice's wording, with no stop: a line like '© 2024 Harbour Trust' is a whole notice."""
    return CUT_IN_WORDING.search(text.rstrip()) is not None


def mark_notice_lines(units: list[Unit], position: int) -> int:
    """Mark (NOTICE_KEY) the units under the copyright line at `position` that go on with its notice: while the line
    above ends inside the notice's wording, the next going on with it ('reserved', its terms of reproduction), short;
    how many were marked. A page footer between a sentence and its rest on the next page leaves the rest alone."""
    marked = 0
    above = units[position].text
    for unit in units[position + 1 : position + 1 + NOTICE_LINES_MAX]:
        text = unit.text.strip()
        if not _cut(above) or len(text) > NOTICE_LINE_CHARS or not GOING_ON.search(text):
            break
        unit.data[NOTICE_KEY] = True
        marked += 1
        above = text
    return marked
