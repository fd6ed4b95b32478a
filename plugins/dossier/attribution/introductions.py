"""A person a feature brings in by a description after the name ("… have been in play for Corinna Vasko, a 31-year-old
mother of two who …"): though a verb's or a preposition's object, the one a "she" or "he" opening a later sentence means,
where the description or the given name tells which."""

from __future__ import annotations

import re

from .given_names import given_name_sex
from .kinship import FEMALE_PERSON_NOUNS, KIN_NOUNS, PERSON_NOUN
from .names import OCCUPATION_NOUNS, Head, chunks, head_of

# ", a 31-year-old …", ", a mother of three", ", a single father", ", an 80-year-old widow": an age or a parent's noun
INTRODUCED_BY = re.compile(
    r",\s+an?\s+(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b(?:\s+(?:[a-z][\w-]*\s+){0,2}?(?P<after>"
    + PERSON_NOUN
    + r")\b)?|(?:[a-z][\w-]*\s+){0,2}?(?P<noun>"
    + PERSON_NOUN
    + r")\b)"
)


# a sentence opening on a name in full in the possessive, then the lower-case thing it owns ("Maria Okafor’s luck with
# freezers is …", "Tomas Lind's first freezer broke …"), a modifier or two before the noun
POSSESSOR_OPENING = re.compile(r"(?P<who>(?:[A-Z][\w-]+\s+){1,2}[A-Z][\w-]+)[’']s\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\b")
# the owned nouns that are someone else, who would be the "she" or "he" ("Maria Okafor’s lawyer says …")
PEOPLE_OWNED = frozenset((*KIN_NOUNS, *PERSON_NOUN.split("|"), *OCCUPATION_NOUNS, "friend", "neighbor", "neighbour", "boss", "aide", "partner"))


def possessor_opening(opening: str) -> Head | None:
    """The person named in full whose possessive opens the sentence, where what they own is a thing, not another person
    ("Maria Okafor’s luck with freezers is poor", a feature's lede): the one the story is about, a later "she" or "he"."""
    found = POSSESSOR_OPENING.match(opening)
    if found is None or found.group("noun") in PEOPLE_OWNED or found.group("noun").rstrip("s") in PEOPLE_OWNED:
        return None
    head = head_of(found.group("who"))
    return head if head is not None and head.kind == "person" and " " in head.name else None


def person_introduced(sentence: str) -> tuple[Head, str] | None:
    """The last person the sentence brings in by an age or a parent's noun, with the sex the noun or the given name tells
    ("female", "male"); None where they tell nothing or disagree."""
    found = None
    for described in INTRODUCED_BY.finditer(sentence):
        named = chunks(sentence[: described.start()])
        last = named[-1] if named else None
        if last is None or last.finish != described.start():
            continue
        head = head_of(last.text, sentence[: last.begin])
        if head is None or head.kind != "person":
            continue
        noun = described.group("noun") or described.group("after")
        by_name = given_name_sex(head.name.split()[0])
        told = {by_name} if by_name in ("female", "male") else set()
        if noun:
            told.add("female" if noun in FEMALE_PERSON_NOUNS else "male")
        found = (head, told.pop()) if len(told) == 1 else None
    return found
