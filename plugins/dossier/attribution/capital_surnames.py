"""A surname written in capitals after a given name in mixed case, as EU institutions and French-language papers write
people ("Ilse BRANDT", "Andrzej BUŁA", "Ursula VON DER LEYEN"): the speaker's name is shown in title case ("Ilse
Brandt", "Andrzej Buła", "Ursula von der Leyen"). Names are matched without case, so "BRANDT said" and "Brandt said"
still find her.

Only a name whose first word is in mixed case and whose last words are all capitals, three letters or more, changes: an
acronym alone ("EPP", "NATO") has no given name before it, two capitals after a word are as often a body's letters
("Clipboard AI"), a generation or an honour ends a name in any style ("Julio Amador III", "Afrasiab Anwar MBE"), and a
surname with its own small letters ("Ann McDONALD", "Ann MacLEOD") is left as the text writes it. In capitals, "MC" before a surname's letters is "Mc"
("MCDONALD" -> "McDonald"), an apostrophe's next letter a capital ("O'NEILL" -> "O'Neill"), each part of a double name
its own word ("SMITH-JONES" -> "Smith-Jones"), and Dutch, German and Romance particles lower case ("VAN DER BERG" ->
"van der Berg"); "Le" and "La" keep their capital ("Marine LE PEN" -> "Marine Le Pen").
"""

from __future__ import annotations

import re

PARTICLES = frozenset("von van der den de del della di da du des dos das ter ten zu".split())
_LETTERS_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")  # "BRANDT", "BUŁA", "O'NEILL", "SMITH-JONES"
_INITIAL = re.compile(r"[^\W\d_]\.")
_MIXED_WORD = re.compile(r"[^\W\d_]+(?:[’'.-][^\W\d_]*)*")


def _in_capitals(word: str) -> bool:
    return _LETTERS_WORD.fullmatch(word) is not None and word.isupper() and sum(char.isalpha() for char in word) >= 2


def _has_lower(word: str) -> bool:
    return any(char.islower() for char in word)


def _title_part(part: str) -> str:
    if len(part) > 2 and part.startswith("MC"):
        return "Mc" + part[2:].capitalize()
    return part.capitalize()


def _title_word(word: str, last: bool) -> str:
    if not last and word.lower() in PARTICLES:
        return word.lower()
    pieces = re.split(r"([’'-])", word)
    return "".join(piece if piece in ("’", "'", "-") else _title_part(piece) for piece in pieces)


# what follows a surname in capitals in any style: a generation ("III", "JR"), an honour or a post's letters ("MBE", "QC", "MEP")
SUFFIXES = frozenset("ii iii iv v vi jr sr mbe obe cbe kbe dbe qc kc mp mep msp ms mla mpp pc".split())


def title_cased_surname(name: str) -> str:
    """The name with its surname in capitals written in title case, or the name as it is where it has no such surname."""
    words = name.split()
    if words and words[-1].lower().rstrip(".") in SUFFIXES:
        return name  # "Julio Amador III", "Afrasiab Anwar MBE": the name's own letters, no capitals style
    capitals = 0
    while capitals < len(words) and _in_capitals(words[len(words) - 1 - capitals]):
        capitals += 1
    given = words[: len(words) - capitals]
    if not capitals or not given or not _given_names(given):
        return name
    if sum(char.isalpha() for word in words[len(given) :] for char in word) < 3:
        return name  # "Clipboard AI", "Yi LI": two capitals are as often a body's letters; left as written
    return " ".join([*given, surname_in_title_case(" ".join(words[len(given) :]))])


def surname_in_title_case(surname: str) -> str:
    """A surname in capitals alone ("VON DER LEYEN", a later mention's alias) in title case; any other as it is."""
    words = surname.split()
    if not words or not all(_in_capitals(word) for word in words):
        return surname
    return " ".join(_title_word(word, index == len(words) - 1) for index, word in enumerate(words))


def _given_names(words: list[str]) -> bool:
    """A given name in mixed case first ("Ilse", "Jean-Luc"), then more of them or initials ("Ilse M.")."""
    if not (_MIXED_WORD.fullmatch(words[0]) and words[0][:1].isupper() and _has_lower(words[0])):
        return False
    return all(_INITIAL.fullmatch(word) or (_MIXED_WORD.fullmatch(word) and word[:1].isupper() and _has_lower(word)) for word in words[1:])
