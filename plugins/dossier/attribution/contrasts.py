"""A person a sentence brings in after "but" as the one who speaks ("Norland ended a long wait for the cup, but Tomas
Brandt, one of the fans at the ground, says the mood was calm"): the story's first clause is about a team, a country or
an event, the second about the witness, and a "he" opening a later sentence means the witness."""

from __future__ import annotations

import re

from .cues import CUE
from .names import CHUNK, Head, head_of, spaced_dash_aside

# "but Tomas Brandt", ", but supporter Tomas Brandt": at most two lower-case words (a trade, "fan") before the name, no
# preposition ("but lawyers for Tomas Brandt say": the lawyers speak)
NAMED_AFTER_BUT = re.compile(
    r"\bbut\s+(?:(?!(?:for|of|in|at|from|with|to|by|about|against|near|on|representing)\s)[a-z][\w-]*\s+){0,2}?(?P<who>" + CHUNK.pattern + r")"
)
# the name's verb of saying, right after it or after an apposition in commas or dashes ("Tomas Brandt, one of the 9,000
# fans, says", "Tomas Brandt - a fan of nine years - says", a spaced hyphen typed for a dash)
SAYS_AFTER_NAME = re.compile(r"(?:,(?:[^.;,]|,\d){1,100},|" + spaced_dash_aside(".;", 100, dashes="-–—") + r")?\s+(?:\w+ly\s+)?" + CUE.pattern)


def speaker_after_but(sentence: str) -> Head | None:
    """The person named after the sentence's last "but" who says something there; None where the clause after "but"
    has no named person or the person does not speak ("but Ada Lind stayed home"). A surname alone is the caller's to
    check: someone named in full before ("but Joiner says")."""
    at = sentence.rfind(" but ") + 1  # not "debut", "rebut"
    if at <= 0:
        return None
    found = NAMED_AFTER_BUT.match(sentence, at)
    if found is None:
        return None
    if SAYS_AFTER_NAME.match(sentence, found.end("who")) is None:
        return None  # looked at first: a regex's match costs less than reading the name
    head = head_of(found.group("who"), sentence[: found.start("who")])
    return head if head is not None and head.kind == "person" else None
