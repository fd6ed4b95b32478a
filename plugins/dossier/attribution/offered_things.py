"""The nouns of what a firm or a body offers its customers ("the Brightwave Plus plan", "its “smart” meters"), one list
for the name reader (a name before one is the product's, products.py) and the quotation reader (a word in marks before one,
in the firm's own words, is its name for the thing: quotes.py)."""

from __future__ import annotations

OFFERED_THINGS = frozenset("plan service app subscription package bundle tier product platform feature meter device membership".split())
OFFERED_THINGS_ANY_NUMBER = OFFERED_THINGS | {noun + "s" for noun in OFFERED_THINGS}  # "its “smart” meters"
