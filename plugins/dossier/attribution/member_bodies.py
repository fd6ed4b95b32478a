"""The body a plural noun for its members stands for: "Lawmakers on the Harbour Affairs Committee sent a letter … “…,” the
lawmakers wrote" is the committee's letter, as "Doctors for Open Clinics wrote … “…,” the doctors stated" is that body's.
The report must name one body only so: two committees' lawmakers, or none, leave the words to nobody."""

from __future__ import annotations

import re

# plural nouns for the members who sign a body's letter or statement together (no official or source: those are unnamed
# people, each speaking for themselves)
MEMBER_NOUNS = ("lawmakers", "legislators", "doctors", "physicians")
# the members of a body others name: only lawmakers sit on a committee or in a party; doctors at a hospital work there,
# they do not speak for it ("Doctors at Mercy Hospital … the doctors said")
SITTING_NOUNS = ("lawmakers", "legislators")
# the last word of a body lawmakers sit on or belong to; never a place ("lawmakers from Ohio") nor a day ("on Monday")
BODY_WORD = (
    r"(?:Committee|Subcommittee|Caucus|Council|Assembly|Parliament|Legislature|Party|Union|Association|Board|Commission|"
    r"Group|Panel|Delegation|Coalition|Alliance|Federation)"
)
# a capitalised word of a name, or an initialism with its stops ("U.S."); a stop after a word ends the sentence
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'&-]*)"
# "the Harbour Committee on Monday": a day or a month after a body's name is no part of it
_NOT_A_DATE = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)"
)
# "lawmakers on the Harbour Affairs Committee", "legislators of the Rova Assembly": the body's name ends with its body
# word, then may run on with what the body is on or of ("… Committee on the Competition Between the East and the West")
MEMBERS_OF = re.compile(
    r"\b(?i:(?P<noun>" + "|".join(SITTING_NOUNS) + r"))\s+(?:on|of)\s+(?:the\s+)?"
    r"(?P<body>(?:" + _WORD + r"\s+)*?" + BODY_WORD + r"(?![\w’'-])"
    r"(?:\s+(?:on|of|for)\s+(?:the\s+)?" + _NOT_A_DATE + _WORD + r"(?:\s+(?:(?:of|for|on|and|the)\s+)*" + _WORD + r")*)?)"
    r"(?P<and>\s+and\s+(?:the\s+)?[A-Z])?"
)
# a body whose own name holds the noun in capitals, then what its members stand for: "Doctors for Open Clinics",
# "Physicians Against Harbour Noise" (not "Lawmakers on the Harbour Committee", the members of another body)
NAMED_WITH = re.compile(
    r"\b(?P<body>(?P<noun>" + "|".join(noun.title() for noun in MEMBER_NOUNS) + r")\s+(?i:for|against|without)"
    r"(?:\s+(?:(?:of|for|on|the|in)\s+)*" + _WORD + r")+)"
)
# other members of the trade after the body was named: "local doctors", "the town's doctors", "several lawmakers", "Doctors
# at the clinic" (a word before the noun that picks out some of them, or, for doctors, a workplace after it)
_PLAIN_BEFORE = frozenset("the these those of for by to with and or as among from that who".split())
WORD_REACH = 40  # the characters looked back for the word before the noun
_PLACE_AFTER = re.compile(r"\s+(?:at|in|from)\b")


def _some_of_them(before: str) -> bool:
    """Whether the word before a plural noun picks out some of them: "local", "several", "Two", "the town's"."""
    before = before.rstrip()
    word = before.rsplit(maxsplit=1)[-1] if before else ""
    return (word.isalpha() and word.lower() not in _PLAIN_BEFORE) or word.endswith(("’s", "'s"))


def _others_after(text: str, noun: str, start: int) -> bool:
    """Whether the text names other members of the noun's trade after start, which the body does not speak for."""
    for found in re.compile(rf"\b{noun}\b", re.IGNORECASE).finditer(text, start):
        if _some_of_them(text[max(0, found.start() - WORD_REACH) : found.start()]):
            return True  # "local doctors", "several doctors", "the town's doctors"
        if noun not in SITTING_NOUNS and _PLACE_AFTER.match(text, found.end()):
            return True  # "Doctors at the clinic", "the doctors in the ward" (lawmakers "in" a place sit there)
    return False


def body_of_members(text: str, noun: str) -> str | None:
    """The one body the text names as the noun's ("lawmakers on the X Committee") or with the noun in its name ("Doctors
    for X", where no other doctors are named after it); None where it names none, or two ("lawmakers with the Green Party
    and the Harbour Union")."""
    bodies: set[str] = set()
    for found in MEMBERS_OF.finditer(text):
        if found.group("noun").lower() == noun:
            if (
                found.group("and")
                or _some_of_them(text[max(0, found.start() - WORD_REACH) : found.start()])
                or _others_after(text, noun, found.end())
            ):
                return None  # two bodies' lawmakers, "two lawmakers of", or "several lawmakers" besides: which ones?
            bodies.add(found.group("body").strip())
    for found in NAMED_WITH.finditer(text):
        if found.group("noun").lower() == noun:
            if _others_after(text, noun, found.end()):
                return None
            bodies.add(found.group("body").strip())
    return next(iter(bodies)) if len(bodies) == 1 else None
