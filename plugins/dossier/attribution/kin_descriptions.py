"""Who a relative is, as the text sets the relative's noun right before the name ("Hegedus's sister Marta", "Hegedus
and his wife, Irena,"): "Hegedus's sister", "Hegedus's wife". A speaker the report names by a given name alone is known
only so; a relative's noun whose owner the text does not name ("his wife, Irena," alone) describes nobody."""

from __future__ import annotations

import re

from .kinship import KIN_BEFORE_NAME, REACH

# the owner of a possessive relative's noun: up to three capitalised words before "’s" ("Tomas Hegedus’s sister")
OWNER_BEFORE_POSSESSIVE = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?=[’']s\s+$)")
# "his", "her", "their" after a named owner and "and" or "with" ("Hegedus and his wife", "Vos with her son")
OWNER_BEFORE_PRONOUN = re.compile(r"(?<![\w’'])(?P<owner>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+(?:and|with)\s+$")


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
                    return f"{owner}’s {kin.group('kin')}"
        at = text.find(name, end)
    return ""


def _owner(text: str, start: int, kin_phrase: str) -> str:
    if kin_phrase.split()[0].lower() in ("his", "her", "their"):
        owned = OWNER_BEFORE_PRONOUN.search(text, max(0, start - 60), start)
        return owned.group("owner") if owned is not None and not _opens_sentence_only(owned.group("owner")) else ""
    possessor_end = start + len(kin_phrase.split()[0])
    owned = OWNER_BEFORE_POSSESSIVE.search(text, max(0, possessor_end - 60), possessor_end + 1)
    return owned.group(0) if owned is not None else ""


def _opens_sentence_only(owner: str) -> bool:
    """A capitalised word that is no name: "The", "When" before "and his" ("When he and his wife")."""
    return owner.split()[0] in ("The", "A", "An", "When", "And", "But", "He", "She", "They", "It")
