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


# the people someone's possessive most often names in news copy, whom a later "he" or "she" means ("Castro’s pilot",
# "the minister’s aide"): the engine's possessed-person opening and the lede below read the same list
POSSESSED_PEOPLE = (
    "pilot|aide|adviser|advisor|bodyguard|driver|son|daughter|wife|husband|brother|sister|deputy|assistant|secretary|envoy|lawyer|friend"
)
# a sentence opening on a name in full in the possessive, then the lower-case words of what it owns ("Priya Valdane’s
# garden shed floods …", "Dalia Brook's old shed by the river …"): up to three, the owned noun among them
POSSESSOR_OPENING = re.compile(r"(?P<who>(?:[A-Z][\w-]+\s+){1,2}[A-Z][\w-]+)[’']s\s+(?P<owned>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\b")


def owns_a_person(words: str) -> bool:
    """Whether any of the words after the possessive is a person's noun, singular or plural ("younger sister", "two
    daughters", "late father"): someone else, who would be the later "she" or "he"."""
    people = {*POSSESSED_PEOPLE.split("|"), *KIN_NOUNS, *PERSON_NOUN.split("|"), *OCCUPATION_NOUNS}
    return any(word in people or word.removesuffix("s") in people for word in words.split())


def possessor_opening(opening: str) -> Head | None:
    """The person named in full whose possessive opens the sentence, where none of the words after it names another person
    ("Priya Valdane’s garden shed floods every winter", a feature's lede) and the first name is a known given name (not "Wall
    Street’s rally", "Morgan Stanley’s shares"): the one the story is about, a later "she" or "he"."""
    found = POSSESSOR_OPENING.match(opening)
    if found is None or owns_a_person(found.group("owned")) or given_name_sex(found.group("who").split()[0]) is None:
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
