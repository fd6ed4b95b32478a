"""The words a sign, a notice or a banner shows, quoted after the sentence that puts it up: "Vesko said the board had put
up a notice at the gate. “No unloading after dark …”". The quotation standing alone is the display's text, nobody's
statement: not the one who spoke of the notice, nor whoever spoke last."""

from __future__ import annotations

import re

DISPLAY_NOUNS = "notices?|signs?|signboards?|banners?|placards?|posters?|plaques?|inscriptions?|graffiti|billboards?|stickers?"
# the verbs that put a display up or show it: "had put up a notice", "protesters carried placards", "a plaque bearing"
DISPLAY_VERBS = (
    "put\\s+up|puts\\s+up|posted|hung|hanging|displayed|displaying|erected|installed|painted|pinned|nailed|carried|carrying"
    "|held\\s+up|holding\\s+up|waved|waving|stuck|taped|scrawled|sprayed|chalked|unveiled|unfurled"
)
# a display named with what it reads: "signs on the gate reading", "a banner that read"
READ_OUT = r"\b(?:" + DISPLAY_NOUNS + r")\b[^.!?:;“”\"]{0,60}?(?:\breading|\bbearing|\b(?:which|that)\s+(?:read|reads|said|says))"
# the sentence before the quotation ends on the display, where it stands and what it says of it: "had put up a notice at
# the gate.", "hung banners across the main quay.", "a banner over the stage that read:" (its own verb names no speaker);
# "talked about the sign." puts nothing up: the words after it may be his
DISPLAY_BEFORE = re.compile(
    r"(?:\b(?:" + DISPLAY_VERBS + r")\b[^.!?:;“”\"]{0,40}?\b(?:" + DISPLAY_NOUNS + r")\b"
    r"(?:\s+(?:at|on|in|by|outside|above|over|near|along|across|beside)\s+(?:\w+\s+){0,3}?[\w’'-]+)?"
    r"|" + READ_OUT + r")\s*[.:]\s*$"
)
# a display named with what it reads right before the quotation, whatever verb the sentence has: "pointed to the signs on
# the gate reading: “…”", "held up a banner reading “…”" (the pointer's or the holder's cue is not theirs to speak)
DISPLAY_READING = re.compile(READ_OUT + r"\s*[:,]?\s*$")
# each noun of DISPLAY_NOUNS without its plural and first letter ("illboard"): a cheap gate before the regex
DISPLAY_STEMS = tuple(noun.rstrip("?").removesuffix("s")[1:] for noun in DISPLAY_NOUNS.split("|"))
DISPLAY_REACH = 120  # characters before the quotation the display's sentence ends in


def _display_before(masked: str, quote_start: int, pattern: re.Pattern[str]) -> bool:
    before = masked[max(0, quote_start - DISPLAY_REACH) : quote_start]
    if not any(stem in before for stem in DISPLAY_STEMS):
        return False
    return pattern.search(before) is not None


def displayed_text_before(masked: str, quote_start: int) -> bool:
    """Whether the text before a quotation standing alone ends on a sign, a notice or a banner it shows."""
    return _display_before(masked, quote_start, DISPLAY_BEFORE)


def display_reading_before(masked: str, quote_start: int) -> bool:
    """Whether the words right before a quotation name a sign, a notice or a banner and what it reads ("signs reading:")."""
    return _display_before(masked, quote_start, DISPLAY_READING)
