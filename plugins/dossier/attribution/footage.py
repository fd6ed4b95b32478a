"""The words of someone a video, a clip or a recording shows speaking: "Harbour TV put together video of Mayor Vos
telling the council that “…”", "aired footage of her promising “…”". The participle's subject is the one filmed or
recorded, named after "of" (or nobody, where the text names them not: "a clip of a councillor saying"), never the
outlet or the person who made, aired or found the recording."""

from __future__ import annotations

import re

from .cues import CUE
from .names import CHUNK, Head, head_of

FOOTAGE_WORDS = ("video", "footage", "clip", "recording", "tape", "audio", "film")
# the recording's noun, "of" (or "showing"), the one recorded, then at most two adverbs before the participle
FOOTAGE_OF_END = re.compile(
    r"\b(?:videos?|footage|clips?|recordings?|tapes?|audio|films?)\s+(?:of|showing)\s+"
    r"(?:(?P<pronoun>him|her|them|himself|herself)|(?P<who>"
    + CHUNK.pattern
    + r")|(?P<unnamed>(?:an?|the|one|some|two|several)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?))"
    r"\s+(?:(?:[a-z]+ly|also|then|later|once|still)\s+){0,2}$"
)
PRONOUN_SUBJECTS = {"him": "he", "himself": "he", "her": "she", "herself": "she", "them": "they"}


def recorded_speaker(before: str, participle_start: int) -> tuple[Head | None, str, int] | None:
    """Who a recording named right before the participle at participle_start shows speaking: (the head, "", its start)
    for a name, (None, "he"/"she"/"they", its start) for a pronoun, (None, "", 0) for someone the text names not; None
    where no recording is named there."""
    offset = max(0, participle_start - 120)
    window = before[offset:participle_start]
    if not any(word in window for word in FOOTAGE_WORDS):
        return None
    found = FOOTAGE_OF_END.search(window)
    if found is None:
        return None
    if found.group("pronoun"):
        return None, PRONOUN_SUBJECTS[found.group("pronoun")], offset + found.start("pronoun")
    if found.group("who"):
        head = head_of(found.group("who"), window[: found.start("who")])
        return (head, "", offset + found.start("who")) if head is not None and head.kind in ("person", "organization") else (None, "", 0)
    return None, "", 0


# a clause ending on a colon whose last verb of saying is a participle after a recording ("obtained a recording of her
# telling aides:"): the words below are the one recorded's
RECORDING_THEN_PARTICIPLE = re.compile(
    r"\b(?:videos?|footage|clips?|recordings?|tapes?|audio|films?)\s+(?:of|showing)\s+[^:;.!?]{1,60}?\s(?P<participle>[a-z]+ing)\b[^:;.!?]{0,80}:$"
)


def recorded_before_colon(before: str) -> tuple[Head | None, str, int] | None:
    """recorded_speaker for the participle of saying in a clause ending on a colon, or None where there is none."""
    if not any(word in before for word in FOOTAGE_WORDS):
        return None
    found = RECORDING_THEN_PARTICIPLE.search(before, max(0, len(before) - 200))
    if found is None or not CUE.fullmatch(found.group("participle")):
        return None
    return recorded_speaker(before, found.start("participle"))
