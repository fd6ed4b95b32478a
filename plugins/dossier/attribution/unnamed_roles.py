"""A sentence opening on an unnamed holder of a post who acts ("By 1966, the city's harbour safety director found that
…", "The port's chief engineer warned …"): a "he" or "she" after it is theirs, nobody's the report named, never a man
named a paragraph before. News and features write so of officials they do not name. Not where the report named someone
with the post's word ("Director Tom Hale … the director found"): the engine asks that before it takes the opening.
"""

from __future__ import annotations

import re

from .names import IRREGULAR_PAST
from .tellers import PEOPLE_NOUNS

# the posts an unnamed official holds, besides the nouns for people the tellers' rule knows
OFFICE_NOUNS = frozenset(
    """director chief head commissioner manager superintendent administrator coordinator supervisor chairman chairwoman
    chairperson secretary treasurer inspector sheriff mayor governor""".split()
)
ROLE_NOUNS = OFFICE_NOUNS | PEOPLE_NOUNS - {"people", "family", "account", "channel", "authority", "source", "person"}
MODAL_OR_PAST = frozenset("had did could would will can may might must should".split())
# an optional fronted phrase of time or place ("By 1966, ", "Later, ", "In the port, "), "the" or "a", an owner ("the city's")
# or up to three words before the post ("the harbour safety director"), then the post and its verb; bounded, so linear.
# "The chairman said" alone is not taken: a bare post after "the" is most often someone the report named just before
UNNAMED_ROLE_OPENING = re.compile(
    r"[\s•–—-]*(?:(?:By|In|On|At|Later|Then|Soon|After|Before|Within|During|That|This|Last|Next)\b[^,.;:!?“”\"]{0,40},\s+)?"
    r"(?:(?:Later|Then|Soon|Eventually)\s+)?(?:(?:[Tt]he|An?)\s+(?:[a-z][\w-]*[’']s\s+(?:[a-z][\w-]*\s+){0,3}?|(?:[a-z][\w-]*\s+){1,3}?)|An?\s+)(?P<noun>"
    + "|".join(sorted(ROLE_NOUNS, key=lambda noun: (-len(noun), noun)))
    + r")\s+(?:\w+ly\s+)?(?P<verb>[a-z]+(?:ed|s)|"
    + "|".join(sorted(IRREGULAR_PAST | MODAL_OR_PAST, key=lambda verb: (-len(verb), verb)))
    + r")\b"
)


def unnamed_role_opening(text: str, begin: int) -> re.Match[str] | None:
    """The opening of the sentence at `begin` where it is an unnamed holder of a post with its verb, else None; the
    match's "noun" group is the post's word."""
    if text[begin : begin + 1] not in " \t\n•–—-TtBILSAWDN":
        return None
    opening = UNNAMED_ROLE_OPENING.match(text, begin)
    return opening if opening is not None and opening.group("verb") not in ("as", "this", "his") else None
