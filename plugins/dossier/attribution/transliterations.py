"""A surname written in a later cue the way German is transliterated without its letters ("Koehler" for "Köhler",
"Mueller" for "Müller", "Strauss" for "Strauß"), as English copy often does once it has named the person in full."""

from __future__ import annotations

from ..actors import fold_chars

GERMAN_TRANSLITERATIONS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
GERMAN_LETTERS = frozenset("äöüÄÖÜß")
# what a transliterated word holds (folded): without one of these, no written word transliterates to it
TRANSLITERATED_PAIRS = ("ae", "oe", "ue", "ss")


def may_be_transliterated(folded: str) -> bool:
    """Whether a folded surname holds a pair a German letter is transliterated to."""
    return any(pair in folded for pair in TRANSLITERATED_PAIRS)


def transliteration_key(written: str) -> str | None:
    """The folded form a written surname with a German letter takes when transliterated ("koehler" for "Köhler"); None
    for a surname without one."""
    if not GERMAN_LETTERS.intersection(written):
        return None
    return fold_chars(written.translate(GERMAN_TRANSLITERATIONS))
