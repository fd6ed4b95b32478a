"""A name set before a firm's noun as its modifier ("a managing director at the B.C. Harlow brokerage", "the Tim Harlow
investment bank") names the firm, never a person whom a later "he" or "she" means: a person's name used so is the firm
called after them. Only where the name opens on initials ("B.C. Harlow", a founder's initials, as brokerages and banks
are named) or "the" stands before it: "J.P. Rowe told company officials" and "Tom Rowe bought bank shares" stay people.
"""

from __future__ import annotations

import re

from .described_bodies import COMPANY_NOUNS

# the nouns of a firm that a firm's name stands before, with the trade a word before them may give ("investment bank")
FIRM_NOUNS = frozenset(("brokerage", "bank", "fund", "consultancy", "partnership", *COMPANY_NOUNS))
FIRM_TRADE_WORDS = frozenset(("investment", "law", "accounting", "consulting", "brokerage", "hedge", "equity", "research", "advisory", "trading"))
FIRM_NOUN_AFTER = re.compile(r" (?:(?:" + "|".join(sorted(FIRM_TRADE_WORDS)) + r") )?(?:" + "|".join(sorted(FIRM_NOUNS)) + r")\b(?![’'-])")
OPENING_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}\s?[A-Z]")  # "B.C. Harlow", "D.A.Harlow"
THE_BEFORE = re.compile(r"\bthe\s+$")


def firm_named_before_its_noun(text: str, begin: int, finish: int) -> bool:
    """Whether the name from `begin` to `finish` modifies a firm's noun right after it ("the B.C. Harlow brokerage")."""
    if FIRM_NOUN_AFTER.match(text, finish) is None:
        return False
    return OPENING_INITIALS.match(text, begin) is not None or THE_BEFORE.search(text, max(0, begin - 5), begin) is not None
