"""A person the writer brings in as an example of the people a sentence opens on ("For some tenants, like Ana Roe, the
fear is real.", "Critics, including Ana Roe, say …", "Tenants like Ana Roe have …"): a first-person quotation standing
alone right after is that person's testimony, not the last speaker's. Only where the plural noun of people opens the
sentence (its fronted phrase or its subject) and nobody else is its subject: "He has been attacked by critics like Ana
Roe" (the example in the object, the subject a pronoun), "Cities like Porto Alegre" (no people) bring in no one."""

from __future__ import annotations

import re

from .names import CHUNK, fold
from .relatives import PEOPLE_PLURALS
from .tellers import PEOPLE_NOUNS

# the example marker after the noun ("tenants, like", "critics such as", "landlords, among them") and the one person named
EXAMPLE_AFTER_NOUN = re.compile(r",?\s+(?:like|such\s+as|including|among\s+them)\s+(?P<who>" + CHUNK.pattern + r")(?P<after>,|\s+[a-z]+)")
FRONTING_WORDS = frozenset(("for", "among", "to"))  # "For some tenants, like …": the phrase set before the clause
# the words that may stand before the plural noun in that phrase ("many", "some older", "local")
QUANTIFIERS = frozenset("some many most several few other the these those both all certain local ordinary older young longtime".split())
NOT_A_MODIFIER = frozenset("he she they it we i you his her their its our my by with at from of in on".split())
# the nouns of people, in the plural, that the shared lists leave out ("tenants", "landlords", "families")
MORE_PEOPLE_PLURALS = frozenset("tenants renters landlords homeowners owners patients customers families".split())
PEOPLE_PLURAL_ENDINGS = ("men", "women", "people", "folk")  # "fishermen", "townspeople"
LIST_WORDS = frozenset(("and", "or", "as"))  # "like Ana Roe and Tom Reed": more than one example
OPENING_WORDS_MAX = 4  # the phrase before the marker: "For some older Harbour tenants"


def example_opening_the_sentence(sentence: str) -> tuple[str, str] | None:
    """The one person's name given as an example of the plural people the sentence opens on, and the sentence from that
    name's end; None where the sentence does not open so."""
    marker = EXAMPLE_AFTER_NOUN.search(sentence, 0, 200)
    if marker is None or marker.group("after").strip() in LIST_WORDS:
        return None
    words = sentence[: marker.start()].split()
    if words and fold(words[0]) in FRONTING_WORDS:
        words = words[1:]
    if not words or len(words) > OPENING_WORDS_MAX or not _people_plural(fold(words[-1])):
        return None
    modifiers = words[:-1]
    if modifiers and fold(modifiers[0]) not in QUANTIFIERS:
        return None  # "Police arrested protesters, including …": the noun is the verb's object
    if any(fold(word) in NOT_A_MODIFIER or word.endswith("ed") for word in modifiers):
        return None
    return marker.group("who"), sentence[marker.end("who") :]


def _people_plural(noun: str) -> bool:
    return (
        noun in PEOPLE_PLURALS
        or noun in MORE_PEOPLE_PLURALS
        or (noun.endswith("s") and noun[:-1] in PEOPLE_NOUNS)
        or noun.endswith(PEOPLE_PLURAL_ENDINGS)
    )
