"""The writer's epithet for a person the passage is about, by where they live or what they own or use, after an inverted
cue: "“…,” said the Dunmore homeowner", "says the longtime tenant". Consumer and local stories name someone once, then
call them so; the epithet tells no sex (not "the young mother": the sieves read those as a "she" or a "he"), so the
engine gives the words to the person the passage is about, whatever their sex."""

from __future__ import annotations

import re

# people by their home, their custom or their claim: nouns no post or office is named by
RESIDENT_NOUNS = frozenset(
    """homeowner resident owner renter tenant landlord customer consumer shopper buyer patient retiree
    pensioner plaintiff""".split()
)
# "the Dunmore homeowner", "the longtime tenant", "the 72-year-old retiree", "the New Dunmore renter": one or two modifiers
# (a place's capitalised words or lower-case ones), never the bare noun (an unnamed source's as often), then the cue's end
RESIDENT_EPITHET = re.compile(
    r"the\s+(?P<modifiers>(?:(?:[A-Z][a-z]+|[a-z0-9][\w-]*)\s+){1,2})(?P<noun>" + "|".join(sorted(RESIDENT_NOUNS)) + r")(?=\s*(?:[.,;!?]|$))"
)


def resident_epithet(after: str, at: int) -> str | None:
    """The words of a resident's or an owner's epithet at `at` that ends the cue, less "the" ("Dunmore homeowner"), else
    None."""
    found = RESIDENT_EPITHET.match(after, at)
    return f"{found.group('modifiers')}{found.group('noun')}" if found is not None else None


def resident_noun(role_noun: str) -> str | None:
    """The resident's or owner's noun a role noun ends on ("Dunmore homeowner": "homeowner"), else None."""
    noun = role_noun.rsplit(None, 1)[-1] if role_noun else ""
    return noun if noun in RESIDENT_NOUNS else None
