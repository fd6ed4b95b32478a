"""The writer's epithet for a person the passage is about, by where they live or what they own or use, after an inverted
cue: "“…,” said the Corrow Lane renter", "says the longtime pensioner". Consumer and local stories name someone once, then
call them so; the epithet tells no sex (not "the young mother": the sieves read those as a "she" or a "he"), so the
engine gives the words to the person the passage is about, whatever their sex."""

from __future__ import annotations

import re

# people by their home, their custom or their claim: nouns no post or office is named by
# (not the two parties of a lease, a suit or a sale, "landlord", "tenant", "plaintiff", "customer", "owner", "patient":
# the other party is as often the one the passage is about)
RESIDENT_NOUNS = frozenset("homeowner resident renter consumer shopper buyer retiree pensioner".split())
# "the new homeowner", "the other resident": a modifier that sets the one who speaks apart from the one named before
CONTRAST_MODIFIERS = frozenset("new other former previous another second next".split())
# "the Corrow Lane renter", "the longtime pensioner", "the 72-year-old retiree": one or two modifiers
# (a place's capitalised words or lower-case ones), never the bare noun (an unnamed source's as often), then the cue's end
RESIDENT_EPITHET = re.compile(
    r"the\s+(?P<modifiers>(?:(?:[A-Z][a-z]+|[a-z0-9][\w-]*)\s+){1,2})(?P<noun>" + "|".join(sorted(RESIDENT_NOUNS)) + r")(?=\s*(?:[.,;!?]|$))"
)


def resident_epithet(after: str, at: int) -> str | None:
    """The words of a resident's or a buyer's epithet at `at` that ends the cue, less "the" ("Corrow Lane renter"), else
    None."""
    found = RESIDENT_EPITHET.match(after, at)
    if found is None or any(word.lower() in CONTRAST_MODIFIERS for word in found.group("modifiers").split()):
        return None
    return f"{found.group('modifiers')}{found.group('noun')}"


def resident_noun(role_noun: str) -> str | None:
    """The resident's or buyer's noun a role noun ends on ("Corrow Lane renter": "renter"), else None."""
    noun = role_noun.rsplit(None, 1)[-1] if role_noun else ""
    return noun if noun in RESIDENT_NOUNS else None
