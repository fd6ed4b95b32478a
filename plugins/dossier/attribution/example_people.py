"""A person the writer brings in as an example of the people a sentence's fronted phrase names ("For some tenants, like
Ana Roe, the fear is real.", "Among older owners, such as Ana Roe, …"): a first-person quotation standing alone right
after is that person's testimony, not the last speaker's. Only the fronted phrase, set off by commas: "Tenants like Ana
Roe blame him" (the example the subject of a verb whose object may be the last speaker), "Voters like Ana Roe" ("like" a
verb), "Cities like Porto Alegre" (no people) bring in no one; nor where the rest of the sentence points back at someone
(a he/him/his/she/her, "the minister") or ends on a reporting clause ("…, his office says")."""

from __future__ import annotations

import re

from .cues import CUE
from .names import CHUNK, ROLE_NOUN_WORDS, fold
from .relatives import PEOPLE_PLURALS
from .tellers import PEOPLE_NOUNS

# the example marker after the noun ("tenants, like", "critics such as", "landlords, among them") and the one person named
EXAMPLE_AFTER_NOUN = re.compile(r",\s+(?:like|such\s+as|including|among\s+them)\s+(?P<who>" + CHUNK.pattern + r")(?P<after>,|\s+[a-z]+)")
FRONTING_WORDS = frozenset(("for", "among", "to"))  # "For some tenants, like …": the phrase set before the clause
# what in the rest of the sentence points back at someone already named: a pronoun of a person, "the minister"
POINTS_BACK = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]ers?)\b|\b[Tt]he\s+(?:" + ROLE_NOUN_WORDS + r")\b")
# the words that may stand before the plural noun in that phrase ("many", "some older", "local")
QUANTIFIERS = frozenset("some many most several few other the these those both all certain local ordinary older young longtime".split())
NOT_A_MODIFIER = frozenset("he she they it we i you his her their its our my by with at from of in on".split())
# the nouns of people, in the plural, that the shared lists leave out ("tenants", "landlords", "families")
MORE_PEOPLE_PLURALS = frozenset("tenants renters landlords homeowners owners patients customers families".split())
PEOPLE_PLURAL_ENDINGS = ("men", "women", "people", "folk")  # "fishermen", "townspeople"
OPENING_WORDS_MAX = 4  # the phrase before the marker: "For some older Harbour tenants"


def example_opening_the_sentence(sentence: str) -> tuple[str, str] | None:
    """The one person's name given as an example of the plural people the sentence opens on, and the sentence from that
    name's end; None where the sentence does not open so."""
    marker = EXAMPLE_AFTER_NOUN.search(sentence, 0, 200)
    if marker is None or marker.group("after") != ",":
        return None  # "like Ana Roe and Tom Reed": two examples; "Voters like Ana Roe have": no fronted phrase
    words = sentence[: marker.start()].split()
    if not words or fold(words[0]) not in FRONTING_WORDS:
        return None  # "Landlords like Ana Roe blame him": the subject, whose verb may point at the last speaker
    words = words[1:]
    rest = sentence[marker.end("who") :]
    if POINTS_BACK.search(rest) or any(CUE.search(part) for part in rest.split(",")[2:]):
        return None  # "…, he is the enemy", "…, the minister is to blame", "…, his office says"
    if not words or len(words) > OPENING_WORDS_MAX or not _people_plural(fold(words[-1])):
        return None
    modifiers = words[:-1]
    if modifiers and fold(modifiers[0]) not in QUANTIFIERS:
        return None  # "Police arrested protesters, including …": the noun is the verb's object
    if any(fold(word) in NOT_A_MODIFIER or word.endswith("ed") for word in modifiers):
        return None
    return marker.group("who"), rest


def _people_plural(noun: str) -> bool:
    return (
        noun in PEOPLE_PLURALS
        or noun in MORE_PEOPLE_PLURALS
        or (noun.endswith("s") and noun[:-1] in PEOPLE_NOUNS)
        or noun.endswith(PEOPLE_PLURAL_ENDINGS)
    )
