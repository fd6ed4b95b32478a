"""Whether "Name, <description>," before a sentence-final verb of saying describes someone who speaks: a person (a
listed given name, a full name, or a description headed by a person's role, trade or kin) or a body described as one;
not a place ("Rova, a market town in the north, said")."""

from __future__ import annotations

import re

from .given_names import listed_given_name
from .kinship import FEMALE_PERSON_NOUNS, KIN_NOUNS, MALE_PERSON_NOUNS
from .names import OCCUPATION_NOUNS, ROLE_NOUN_WORDS

# the nouns heading a description of someone who can speak: the role nouns, the trades, a relative, and the offices
# and ranks a description of a person ends on ("the co-op's head of marketing", "a co-op member since May")
SPEAKER_HEADS = (
    frozenset(word for word in ROLE_NOUN_WORDS.split("|") if " " not in word)
    | OCCUPATION_NOUNS
    | frozenset(KIN_NOUNS)
    | frozenset(FEMALE_PERSON_NOUNS + MALE_PERSON_NOUNS)
    | frozenset(
        """head chief member officer executive owner partner adviser advisor consultant counsel aide deputy boss
        supervisor coordinator organiser organizer inspector officer spokesman spokeswoman spokesperson president
        treasurer trustee fellow candidate stallholder grower resident""".split()
    )
)
# the nouns of a place, which a full name's shape ("New Harbour, a village on the coast") does not make anyone's
PLACE_HEADS = frozenset(
    """town city village country region state county district island port province capital suburb borough area valley
    neighbourhood neighborhood municipality hamlet nation kingdom republic territory river lake""".split()
)
# the words after a description's head: "head of marketing", "a member since May", "a nurse at the clinic"
AFTER_HEAD = re.compile(r"\s+(?:of|at|in|for|from|with|on|to|since|who|whose|that|which|based|near)\b")
PLAIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?")


def description_head(description: str) -> str:
    """The noun a description ends on before its first preposition or relative: 'head' in "the co-op’s head of marketing"."""
    stop = AFTER_HEAD.search(description)
    words = description[: stop.start() if stop else len(description)].split()
    return words[-1].lower().strip("’'") if words else ""


def apposed_speaker(name: str, description: str) -> bool:
    """Whether "<name>, <description>," names someone who can speak: its description headed by a speaker's noun, or the
    name a person's (a listed given name, or a full name not described as a place)."""
    head = description_head(description)
    if head in SPEAKER_HEADS:
        return True
    if head in PLACE_HEADS:
        return False
    words = name.split()
    if listed_given_name(words[0]):
        return True
    return len(words) >= 2 and all(PLAIN_NAME_WORD.fullmatch(word) for word in words)
