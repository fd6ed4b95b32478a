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

from .turns import COURTESY, label_at

if TYPE_CHECKING:
    from .importer import Unit

NAME_WORDS = 4  # a turn's label names its speaker in two words to four ("Ms Stone", "DAME ORLA FENWICK"), five after a title
SPEAKERS_MIN = 2  # speakers with …
TURNS_EACH = 2  # … this many turns or more each
TURNS_SHARE = 0.1  # of the text's paragraphs
STAGE_DIRECTION = re.compile(r"^[*_]*\([^()]{1,80}\)[*_.]*$")  # '(Alarm)', '*(The witness withdrew)*'
BROKEN_OFF = re.compile(r"(?:--|[—–]|\.\.\.|…)[*_]*$")


def speaker_named(text: str) -> str | None:
    """The name a line's turn label gives its speaker ("Ms Stone: …" -> "Ms Stone"): a label of capitalised words only
    (see turns.py), no office with its holder, no Q or A."""
    label = label_at(text)
    if label is None or label.kind or label.holder:
        return None
    words = label.text.split()
    if len(words) > NAME_WORDS + (words[0].lower().rstrip(".") in COURTESY) or len(words) < 2 or not all(word[0].isupper() for word in words):
        return None
    return label.text


def is_transcript(body: list[Unit]) -> bool:
    paragraphs = [unit for unit in body if unit.kind in ("paragraph", "heading", "quote")]
    turns = Counter(name.casefold() for unit in paragraphs if (name := speaker_named(unit.text.strip())))
    regular = [name for name, count in turns.items() if count >= TURNS_EACH]
    return len(regular) >= SPEAKERS_MIN and sum(turns.values()) >= TURNS_SHARE * len(paragraphs)


def transcript_lines(body: list[Unit], inferred: list[str]) -> None:
    """In a transcript, the headings that are stage directions, broken-off turns or questions are paragraphs."""
    if not is_transcript(body):
        return
    found = 0
    for unit in body:
        text = unit.text.strip()
        if unit.kind == "heading" and (STAGE_DIRECTION.match(text) or BROKEN_OFF.search(text) or speaker_named(text) or text.endswith("?")):
            unit.kind, unit.level = "paragraph", 0
            found += 1
    if found:
        inferred.append(f"a transcript: {found} stage directions, broken-off turns and questions read as its text, no headings")
