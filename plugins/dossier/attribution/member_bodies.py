"""The body a plural noun for its members stands for: "Lawmakers on the Harbour Affairs Committee sent a letter … “…,” the
lawmakers wrote" is the committee's letter, as "Doctors for Open Clinics wrote … “…,” the doctors stated" is that body's.
The report must name one body only so: two committees' lawmakers, or none, leave the words to nobody."""

from __future__ import annotations

import re

# plural nouns for the members who sign a body's letter or statement together (no official or source: those are unnamed
# people, each speaking for themselves)
MEMBER_NOUNS = ("lawmakers", "legislators", "doctors", "physicians")
# "lawmakers on the Harbour Affairs Committee", "doctors at Velden General": the body right after the noun and its preposition
MEMBERS_OF = re.compile(
    r"\b(?i:(?P<noun>" + "|".join(MEMBER_NOUNS) + r"))\s+(?:on|of|at|from|with)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w’'&.-]*)*)"
)
# a body whose own name holds the noun in capitals, then what its members stand for: "Doctors for Open Clinics",
# "Physicians Against Harbour Noise" (not "Lawmakers on the Harbour Committee", the members of another body)
NAMED_WITH = re.compile(
    r"\b(?P<body>(?P<noun>" + "|".join(noun.title() for noun in MEMBER_NOUNS) + r")\s+(?i:for|against|without)"
    r"(?:\s+(?:(?:of|for|on|and|the|in)\s+)*[A-Z][\w’'&.-]*)+)"
)


def body_of_members(text: str, noun: str) -> str | None:
    """The one body the text names as the noun's ("lawmakers on the X Committee") or with the noun in its name ("Doctors
    for X"); None where it names none, or two."""
    bodies = {found.group("body").strip() for found in MEMBERS_OF.finditer(text) if found.group("noun").lower() == noun}
    bodies |= {found.group("body").strip() for found in NAMED_WITH.finditer(text) if found.group("noun").lower() == noun}
    return next(iter(bodies)) if len(bodies) == 1 else None
