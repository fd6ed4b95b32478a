"""A hearing's or an interview's transcript: turns labelled with the speaker's name ('Ms Stone: …', 'DAME ORLA
FENWICK: …'), two speakers or more taking several turns each. Its short lines between the turns are no headings: a
stage direction in brackets ('(Alarm)', '(Short adjournment)'), a turn or a sentence broken off ('Ms Stone: Now --',
'A second --') and a question put alone ('Have I summarised those accurately?'). Its own headings, a part's title
('Questions From Counsel to the Inquiry'), stay.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .importunits import Unit

_HONORIFIC = r"(?:Mr|Ms|Mrs|Miss|Mx|Dr|Sir|Dame|Lady|Lord|Baroness|Baron|Professor|Prof|Judge|Justice|Senator|Sen|Rep|The)\.?"
_WORD = r"[A-Z][\w’'.-]*"
TURN = re.compile(rf"^(?P<name>{_HONORIFIC}\s+{_WORD}(?:\s+{_WORD}){{0,3}}|{_WORD}(?:\s+{_WORD}){{1,3}}):\s+\S")
SPEAKERS_MIN = 2  # speakers with …
TURNS_EACH = 2  # … this many turns or more each
TURNS_SHARE = 0.1  # of the text's paragraphs
STAGE_DIRECTION = re.compile(r"^[*_]*\([^()]{1,80}\)[*_.]*$")  # '(Alarm)', '*(The witness withdrew)*'
BROKEN_OFF = re.compile(r"(?:--|[—–]|\.\.\.|…)[*_]*$")


def is_transcript(body: list[Unit]) -> bool:
    paragraphs = [unit for unit in body if unit.kind in ("paragraph", "heading", "quote")]
    turns = Counter(match.group("name").casefold() for unit in paragraphs if (match := TURN.match(unit.text.strip())))
    regular = [name for name, count in turns.items() if count >= TURNS_EACH]
    return len(regular) >= SPEAKERS_MIN and sum(turns.values()) >= TURNS_SHARE * len(paragraphs)


def transcript_lines(body: list[Unit], inferred: list[str]) -> None:
    """In a transcript, the headings that are stage directions, broken-off turns or questions are paragraphs."""
    if not is_transcript(body):
        return
    found = 0
    for unit in body:
        text = unit.text.strip()
        if unit.kind == "heading" and (STAGE_DIRECTION.match(text) or BROKEN_OFF.search(text) or TURN.match(text) or text.endswith("?")):
            unit.kind, unit.level = "paragraph", 0
            found += 1
    if found:
        inferred.append(f"a transcript: {found} stage directions, broken-off turns and questions read as its text, no headings")
