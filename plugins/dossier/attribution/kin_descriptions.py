"""Who a relative is, as the text sets the relative's noun right before the name ("Hegedus's sister Marta", "Hegedus
and his wife, Irena,"): "Hegedus's sister", "Hegedus's wife". A speaker the report names by a given name alone is known
only so; a relative's noun whose owner the text does not name ("his wife, Irena," alone) describes nobody."""

from __future__ import annotations

import re

from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from .given_names import given_name_sex, listed_given_name
from .kinship import KIN_BEFORE_NAME, REACH

# the owner of a possessive relative's noun: up to three capitalised words before "’s" ("Tomas Hegedus’s sister"), on
# one line or across a single line break
OWNER_BEFORE_POSSESSIVE = re.compile(r"(?:[A-Z][\w-]*[ \t]*\n?[ \t]*){0,2}[A-Z][\w-]*(?=[’']s\s+$)")
# "his" or "her" after a named owner and "and" ("Hegedus and his wife"); not "with", whose object is as often a place, a
# day or a body ("moved to Vienna with her son", "spent Christmas with his wife")
OWNER_BEFORE_PRONOUN = re.compile(r"(?<![\w’'])(?P<owner>(?:[A-Z][\w-]*[ \t]*\n?[ \t]*){0,2}[A-Z][\w-]*)[ \t]+and[ \t]+$")
PRONOUN_SEX = {"his": "male", "her": "female"}
# capitalised words that open a sentence or a clause and name nobody ("Yesterday Varnholt’s sister", "When Kral and his
# wife", "Tell Vos’s mother"): dropped from the owner's front
OPENING_WORDS = frozenset(
    """the a an and but or so then when while after before since until once if as though although because yesterday
    today tomorrow tonight now later earlier meanwhile also still last next this that these those in on at by for from
    with of to into tell ask say meet call thank he she they it we i you""".split()
) | frozenset(word.lower() for word in (*WEEKDAY_NAMES, *MONTH_NAMES))


def kin_description(text: str, name: str) -> str:
    """ "Hegedus's sister" where the name stands right after a relative's noun whose owner the text names (the
    noun set off by a comma or nothing else: "his wife, the campaigner Irena" is an apposition of its own); else ""."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum() and text[end : end + 2] not in ("’s", "'s"):
            kin = KIN_BEFORE_NAME.search(text, max(0, at - REACH), at)
            if kin is not None and not kin.group("article") and not kin.group("words"):
                owner = _owner(text, kin.start(), kin.group(0))
                if owner:
                    noun = " ".join(filter(None, (kin.group("qualifier"), kin.group("kin"))))
                    return f"{owner}’s {noun}"
        at = text.find(name, end)
    return ""


def _owner(text: str, start: int, kin_phrase: str) -> str:
    pronoun = kin_phrase.split()[0].lower()
    if pronoun in ("their",):
        return ""  # a couple's or a family's: no one person's
    if pronoun in PRONOUN_SEX:
        owned = OWNER_BEFORE_PRONOUN.search(text, max(0, start - 60), start)
        if owned is None or "\n\n" in owned.group("owner"):
            return ""
        return _person_of_sex(text, _name_words(owned.group("owner")), PRONOUN_SEX[pronoun])
    possessor_end = start + len(kin_phrase.split()[0])
    owned = OWNER_BEFORE_POSSESSIVE.search(text, max(0, possessor_end - 60), possessor_end + 1)
    if owned is None or "\n\n" in owned.group(0):
        return ""
    return " ".join(_name_words(owned.group(0)))


def _name_words(owner: str) -> list[str]:
    """The owner's words on one line, less the opening words that name nobody ("Yesterday Varnholt" → "Varnholt")."""
    words = owner.split()
    while words and words[0].lower() in OPENING_WORDS:
        words = words[1:]
    return words


def _person_of_sex(text: str, words: list[str], sex: str) -> str:
    """The owner before "and his/her" as one person's name whose sex the pronoun agrees with: a given name the lists
    know ("Karen Varnholt and her son"), or a surname the text gives in full with one ("Varnholt and her son" after
    "Helga Varnholt"); else "" ("Vienna and her son", "Peter Bell and her son")."""
    if not words:
        return ""
    given = words[0] if listed_given_name(words[0]) else _given_name_in_text(text, words)
    if not given or given_name_sex(given) != sex:
        return ""
    return " ".join(words)


def _given_name_in_text(text: str, words: list[str]) -> str:
    """The given name the text sets before these words somewhere ("Helga" of "Helga Varnholt" for "Varnholt"), one whose
    sex the lists or the ending tell."""
    for found in re.finditer(r"\b([A-Z][\w-]*)\s+" + re.escape(" ".join(words)) + r"\b", text):
        if given_name_sex(found.group(1)) in ("female", "male"):
            return found.group(1)
    return ""
