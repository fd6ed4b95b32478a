"""The relatives' nouns every rule reads (one list, sexed where the noun tells), and the sex one before a name tells
("his wife, feminist activist Zhou Lanting", "her husband Tan Jun", "Tan's mother, Wu Mei"): what a "she" or a "he"
means where the name itself tells nothing, as Chinese, Korean, Vietnamese and many African names do not in the
given-name lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..actors import trie_pattern

FEMALE_KIN = ("wife", "mother", "daughter", "sister", "widow", "grandmother", "granddaughter", "aunt", "niece", "girlfriend", "fiancée")
MALE_KIN = ("husband", "father", "son", "brother", "widower", "grandfather", "grandson", "uncle", "nephew", "boyfriend", "fiancé")
KIN_SEX = {**dict.fromkeys(FEMALE_KIN, "female"), **dict.fromkeys(MALE_KIN, "male")}
KIN_NOUNS = (*FEMALE_KIN, *MALE_KIN, "cousin", "partner")  # every relative's noun, the last two telling no sex
KIN_NOUN = "(?:" + trie_pattern(list(KIN_NOUNS)) + ")"  # factored: the sieves try it after every "his", "her", "their"
# a person's nouns that tell the sex, relatives' and others ("the young mother, who", ", a 31-year-old widower")
FEMALE_PERSON_NOUNS = ("woman", "girl", "mother", "mom", "mum", "grandmother", "widow", "wife", "daughter", "sister")
MALE_PERSON_NOUNS = ("man", "boy", "father", "dad", "grandfather", "widower", "husband", "son", "brother")
PERSON_NOUN = "|".join(sorted(FEMALE_PERSON_NOUNS + MALE_PERSON_NOUNS))  # in alphabetical order, as the sieves' patterns try them
# "his wife, the campaigner ", "Tan's late father ", "her husband, lawyer ": whose relative, the noun, then an apposition's
# article and up to three words in lower case before the name (after a comma or an article: "his wife thanked Zhou" is no
# apposition)
KIN_BEFORE_NAME = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\w[’']s)\s+(?:(?P<qualifier>late|younger|older|elder|eldest|youngest|estranged|former)\s+)?"
    r"(?P<kin>" + "|".join(sorted(KIN_SEX, key=len, reverse=True)) + r")(?P<comma>,?)\s+(?P<article>(?:the|a|an)\s+)?"
    r"(?P<words>(?:[a-z][\w-]*\s+){0,3})$"
)
# words that end an apposition: the name after them is someone else's ("his wife, who met Zhou", "her father and Tan")
NOT_APPOSED = frozenset(
    "who whom whose which that and or but nor as with to of for at in on from by than while when after before said says told tells".split()
)
REACH = 90  # how far before the name the relative's noun may stand


def sex_by_kin(text: str, name: str, places: list[int] | None = None) -> str | None:
    """ "female" or "male" as the relative's nouns set before the name in full tell, where they all tell the same;
    else None. The name must stand whole, and not as a possessor ("her husband, Tan Jun's lawyer").

    `places`, when given, are NamePlaces.of(name): every place the name stands with no letter or digit before it (or
    after it, as the name must stand whole). The places str.find gives, each looked for after the last one's end, are
    all the name's places where no two of them can overlap (no end of the name begins it), so there `places` stands
    for the scan."""
    told = set()
    if places is None or any(name.startswith(name[-size:]) for size in range(1, len(name))):
        places = list(_places_apart(text, name))
    for at in places:
        end = at + len(name)
        whole = not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum() and text[end : end + 2] not in ("’s", "'s")
        if whole:
            kin = KIN_BEFORE_NAME.search(text, max(0, at - REACH), at)
            if kin is not None and apposed(kin):
                told.add(KIN_SEX[kin.group("kin")])
    return told.pop() if len(told) == 1 else None


def _places_apart(text: str, name: str) -> Iterator[int]:
    """The places str.find gives for the name, each looked for from the end of the one before."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + len(name))


def apposed(kin: re.Match[str]) -> bool:
    """Whether the words between the relative's noun and the name are an apposition's ("his wife, feminist activist"),
    set off by a comma or an article, and no clause's ("his wife, who met", "his wife thanked")."""
    words = kin.group("words").split()
    return not words or (bool(kin.group("comma") or kin.group("article")) and not any(word in NOT_APPOSED for word in words))


# "Zhou Lanting has campaigned for her husband", "Wu Ping, the shop owner, was there with his wife": the one whose relative
# it is, named before the possessive in the same sentence with no other name or pronoun between
OWN_KIN_AFTER_NAME = re.compile(
    r"(?P<between>[^.;:!?“”\"A-Z]{0,60}?)\b(?P<owner>[Hh]is|[Hh]er)\s+(?:(?P<qualifier>late|younger|older|elder|eldest|youngest|estranged|former)\s+)?"
    r"(?:" + "|".join(sorted(KIN_SEX, key=len, reverse=True)) + r")\b"
)
# someone else the possessive may mean, or a verb whose clause may be about someone else ("Tom Reyes said her husband")
OTHER_PERSON_WORDS = re.compile(
    r"\b(?:he|she|him|they|them|who|whose|that|said|says|told|tells|asked|added|met|meets|visited|visits|saw|sees|called|calls)\b"
)


def sex_as_kin_owner(text: str, name: str) -> str | None:
    """ "female" or "male" as the possessive before a relative's noun right after the name in full tells ("Zhou Lanting
    has campaigned for her husband"), where every such place tells the same; else None."""
    told = set()
    for at in _places_apart(text, name):
        end = at + len(name)
        own = OWN_KIN_AFTER_NAME.match(text, end) if not text[end : end + 1].isalnum() else None
        if own is not None and not OTHER_PERSON_WORDS.search(own.group("between")):
            told.add("female" if own.group("owner").lower() == "her" else "male")
    return told.pop() if len(told) == 1 else None
