"""Sentence boundaries in report prose: a full stop after an initial or an abbreviation does not end a sentence."""

from __future__ import annotations

import re

ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\bvs|\bMr|\bMrs|\bMs|\bDr|\bGen|\bLt|\bCol|\bSt|\bNo|\bi\.e|\be\.g"
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$"
)  # "on Feb. 13" is one sentence


ABBREVIATION_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")  # all a match is made of


def ends_with_abbreviation(text: str, end: int) -> bool:
    """Whether text[:end] ends with an abbreviation's full stop; only the tail is looked at, so long texts stay cheap.

    A match is made of ASCII letters and full stops only, and ends with a full stop at the end of the tail (or before
    a newline that ends it): it lies in the tail's last run of such characters, so only that run is searched."""
    tail = text[max(0, end - 40) : end]
    last = len(tail) - 1 if tail.endswith(".") else len(tail) - 2 if tail.endswith(".\n") else -1
    if last < 0:
        return False
    start = last
    while start > 0 and tail[start - 1] in ABBREVIATION_CHARACTERS:
        start -= 1
    return ABBREVIATION.search(tail, start) is not None


SENTENCE_MAX = 2000  # characters: a longer "sentence" is cut, so that long paragraphs stay linear to read
_START = re.compile(r"[.!?…]\s+(?=[\"“'‘(\[]?[A-Z0-9_])")
_END = re.compile(r"[.!?…](?=\s+[\"“'‘(\[]?[A-Z0-9_]|\s*$)")


def sentence_start(masked: str, position: int) -> int:
    """Where the sentence holding position starts (a full stop after a single initial does not end it)."""
    floor = max(0, position - SENTENCE_MAX)
    # the look-ahead must see what stands at position: a sentence may begin with the quote itself ('said. “…')
    for match in reversed(list(_START.finditer(masked, floor, min(len(masked), position + 2)))):
        if match.end() <= position and not ends_with_abbreviation(masked, match.start() + 1):
            return match.end()
    return floor


def sentence_end(masked: str, position: int) -> int:
    ceiling = min(len(masked), position + SENTENCE_MAX)
    for match in _END.finditer(masked, position, ceiling):
        absolute = match.start()
        if not ends_with_abbreviation(masked, absolute + 1):
            return absolute + 1
    return ceiling
