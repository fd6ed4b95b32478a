"""A sentence opening on an unnamed holder of a post who acts ("By 1966, the city's harbour safety director found that
…", "The port's chief engineer warned …"): a "he" or "she" after it is theirs, nobody's the report named, never a man
named a paragraph before. News and features write so of officials they do not name. Not where the report named someone
with the post's word ("Director Tom Hale … the director found"): the engine asks that before it takes the opening.
"""

from __future__ import annotations

import functools
import re

from .names import IRREGULAR_PAST
from .tellers import PEOPLE_NOUNS

# the posts an unnamed official holds, besides the nouns for people the tellers' rule knows
OFFICE_NOUNS = frozenset(
    """director chief head commissioner manager superintendent administrator coordinator supervisor chairman chairwoman
    chairperson secretary treasurer inspector sheriff mayor governor""".split()
)
# the parties a court report names by their part in the case, never the judge named before ("In that letter, the attorney
# admitted …"): taken after a bare "the" too, where a fronted phrase opens the sentence
PARTY_NOUNS = frozenset("attorney lawyer defendant plaintiff litigant appellant respondent claimant petitioner prosecutor".split())
ROLE_NOUNS = OFFICE_NOUNS | PARTY_NOUNS | PEOPLE_NOUNS - {"people", "family", "account", "channel", "authority", "source", "person"}
MODAL_OR_PAST = frozenset("did could would will can may might must should".split())
# a form of be or have is a state or a passive ("the club's treasurer was gone"), not the holder acting
BE_OR_HAVE = frozenset("is was are were has had have does".split())
FRONTED_WORDS = ("By", "In", "On", "At", "Later", "Then", "Soon", "After", "Before", "Within", "During", "That", "This", "Last", "Next")
TIME_ADVERBS = ("Later", "Then", "Soon", "Eventually")
LEADING_MARKS = " \t\n•–—-"
# an optional fronted phrase of time or place ("By 1966, ", "Later, ", "In the port, "), then an owner's post ("the city's
# harbour safety director") or an indefinite one ("A harbour safety director"), then the post and its verb; bounded, so
# linear. "The former chairman found" is not taken: a post after a bare "the" is most often someone the report named
# just before, described anew; only a party to a case after a fronted phrase is ("In that letter, the attorney admitted
# …", the one a court report does not name, whom the next "He blamed …" means, not the judge)
UNNAMED_ROLE_OPENING = re.compile(
    r"[\s•–—-]*(?P<fronted>(?:" + "|".join(FRONTED_WORDS) + r")\b[^,.;:!?“”\"]{0,40},\s+)?"
    r"(?:(?:"
    + "|".join(TIME_ADVERBS)
    + r")\s+)?(?:[Tt]he\s+[a-z][\w-]*[’']s\s+|An?\s+|(?P<bare>the\s+))(?:[a-z][\w-]*\s+){0,3}?(?P<noun>"
    + "|".join(sorted(ROLE_NOUNS, key=lambda noun: (-len(noun), noun)))
    + r")\s+(?:\w+ly\s+)?(?P<verb>[a-z]+(?:ed|s)|"
    + "|".join(sorted(IRREGULAR_PAST | MODAL_OR_PAST, key=lambda verb: (-len(verb), verb)))
    + r")\b"
)
# the characters an opening can start with, from the pattern's own alternatives: a quick test before the match
OPENING_FIRST_CHARACTERS = frozenset(LEADING_MARKS) | {word[0] for word in FRONTED_WORDS + TIME_ADVERBS} | set("TtA")


def unnamed_role_opening(text: str, begin: int) -> re.Match[str] | None:
    """The opening of the sentence at `begin` where it is an unnamed holder of a post with its verb, else None; the
    match's "noun" group is the post's word."""
    if text[begin : begin + 1] not in OPENING_FIRST_CHARACTERS:
        return None
    opening = UNNAMED_ROLE_OPENING.match(text, begin)
    if opening is None or opening.group("verb") in ("as", "this", "his") or opening.group("verb") in BE_OR_HAVE:
        return None
    if opening.group("bare") and not (opening.group("fronted") and opening.group("noun") in PARTY_NOUNS):
        return None  # "In an op-ed, the former adviser explained": most often someone just named, described anew
    return opening


@functools.lru_cache(maxsize=256)
def party_named(text: str, noun: str) -> bool:
    """Whether the report names the party to the case it calls "the <noun>" in an appositive ("The plaintiff, Tom Hale,
    sued", "Tom Hale, the plaintiff, sued", "Tom Hale, a lawyer for the port,"): then "the plaintiff" is that person, no
    one unnamed."""
    if noun not in PARTY_NOUNS or noun not in text:
        return False
    named = re.compile(
        r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?" + noun + r",\s+[A-Z][\w’'-]+\s+[A-Z]"
        r"|[A-Z][\w’'-]+,\s+(?:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}?" + noun + r"\b"
    )
    return named.search(text) is not None
