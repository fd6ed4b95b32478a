"""Sentence boundaries in report prose: a full stop after an initial or an abbreviation does not end a sentence."""

from __future__ import annotations

import re

ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\bvs|\bMr|\bMrs|\bMs|\bDr|\bGen|\bLt|\bCol|\bSt|\bNo|\bi\.e|\be\.g)\.$")


def ends_with_abbreviation(text: str, end: int) -> bool:
    """Whether text[:end] ends with an abbreviation's full stop; only the tail is looked at, so long texts stay cheap."""
    return bool(ABBREVIATION.search(text[max(0, end - 40) : end]))


def sentence_start(masked: str, position: int) -> int:
    """Where the sentence holding position starts (a full stop after a single initial does not end it)."""
    for match in reversed(list(re.finditer(r"[.!?…]\s+(?=[\"“'‘(\[]?[A-Z0-9_])", masked[:position]))):
        if not ends_with_abbreviation(masked, match.start() + 1):
            return match.end()
    return 0


def sentence_end(masked: str, position: int) -> int:
    for match in re.finditer(r"[.!?…](?=\s+[\"“'‘(\[]?[A-Z0-9_]|\s*$)", masked[position:]):
        absolute = position + match.start()
        if not ends_with_abbreviation(masked, absolute + 1):
            return absolute + 1
    return len(masked)
