"""A surname written in capitals after a given name in mixed case, as EU institutions and French-language papers write
people ("Ilse BRANDT", "Andrzej BUŁA", "Ursula VON DER LEYEN"): the speaker's name is shown in title case ("Ilse
Brandt", "Andrzej Buła", "Ursula von der Leyen"). Names are matched without case, so "BRANDT said" and "Brandt said"
still find her.

Only a person's name whose first word is in mixed case and whose last words are all capitals, three letters or more,
changes: an acronym alone ("EPP", "NATO") has no given name before it, two capitals after a word are as often a body's
letters ("Clipboard AI"), a body's or a state's letters are no surname ("Harbour NGO", "Acme USA"), a first word that
is no given name names a body ("Velden UNITED") unless a title before it says a person ("Dr Ilse BRANDT"), a
generation or an honour ends a name in any style ("Julio Amador III", "Afrasiab Anwar MBE"), and a surname with its own
small letters ("Ann McDONALD", "Ann MacLEOD") is left as the text writes it. The particles in capitals before such a
surname are the name's (names.py reads "Ursula VON DER LEYEN" whole). In capitals, "MC" before a surname's letters is "Mc"
("MCDONALD" -> "McDonald"), an apostrophe's next letter a capital ("O'NEILL" -> "O'Neill"), each part of a double name
its own word ("SMITH-JONES" -> "Smith-Jones"), and Dutch, German and Romance particles lower case ("VAN DER BERG" ->
"van der Berg"); "Le" and "La" keep their capital ("Marine LE PEN" -> "Marine Le Pen").
"""

from __future__ import annotations

import re

from .given_names import credited_given_name, given_name_sex

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


def _title_word(word: str, last: bool, after_particle: bool = False) -> str:
    if not last and (word.lower() in PARTICLES or (after_particle and word.lower() in ("la", "le"))):
        return word.lower()  # "VAN DER BERG" -> "van der Berg", "DE LA CRUZ" -> "de la Cruz" ("LE PEN" keeps "Le")
    pieces = re.split(r"([’'-])", word)
    return "".join(piece if piece in ("’", "'", "-") else _title_part(piece) for piece in pieces)


# what follows a surname in capitals in any style: a generation ("III", "JR"), an honour or a post's letters ("MBE", "QC", "MEP")
SUFFIXES = frozenset("ii iii iv v vi jr sr mbe obe cbe kbe dbe qc kc mp mep msp ms mla mpp pc".split())


# a body's or a country's letters after a capitalised word ("Harbour NGO", "Acme USA", "Velden AG", "Nordbank GMBH"): the
# name is a body's, no surname in capitals (folded; the known bodies' and outlets' names and the states' letters too)
ACRONYMS = frozenset(
    """usa uk us uae eu un nato ngo ngos llc plc inc ltd corp co ag sa nv bv gmbh kg oy ab asa spa srl sas sarl bhd pty
    ltda sl ug ev fc afc cf sc ac cdc who imf wto oecd unesco unicef unhcr iaea fao ilo icc icj ecb ebrd eib nhs bbc cnn
    abc nbc cbs tv fm am pr hq ceo cfo coo cto cio cmo gov org gbr deu fra ita esp nld pol aut swe nor dnk irl prt grc
    che cze hun rou bgr hrv svn svk ltu lva aus nzl jpn chn bra mex zaf rsa nga ukr isr rus tur""".split()
)


def _letters_of_a_body(word: str) -> bool:
    from .names import KNOWN_BODIES, KNOWN_OUTLETS, STATE_ACRONYMS  # the engine's lists (names.py imports much)

    folded = word.lower().rstrip(".")
    return folded in ACRONYMS or folded in KNOWN_BODIES or folded in KNOWN_OUTLETS or word in STATE_ACRONYMS


def title_cased_surname(name: str, titled: bool = False) -> str:
    """The name with its surname in capitals written in title case, or the name as it is where it has no such surname.
    Only a person's name changes: a given name first that the lists hold or whose ending tells a sex ("Greta"), or, where
    `titled` (a title before the name: "Dr Ilse BRANDT"), any word in mixed case; a surname of three capitals only after
    a listed given name ("Tom LEE"); no body's or state's letters among the capitals ("Harbour NGO", "Acme USA")."""
    words = name.split()
    if words and words[-1].lower().rstrip(".") in SUFFIXES:
        return name  # "Julio Amador III", "Afrasiab Anwar MBE": the name's own letters, no capitals style
    capitals = 0
    while capitals < len(words) and _in_capitals(words[len(words) - 1 - capitals]):
        capitals += 1
    given = words[: len(words) - capitals]
    if not capitals or not given or not _given_names(given):
        return name
    surname = words[len(given) :]
    letters = sum(char.isalpha() for word in surname for char in word)
    if letters < 3:
        return name  # "Clipboard AI", "Yi LI": two capitals are as often a body's letters; left as written
    if any(_letters_of_a_body(part) for word in surname for part in re.split(r"[’'-]", word)):
        return name  # "Harbour NGO", "Acme USA", "Harbour Watch USA": a body's name
    listed = any(credited_given_name(part) for part in given[0].split("-"))
    if letters == 3 and not listed:
        return name  # "Ada LEE" may be a body's three letters as well as her surname: only after a listed given name
    if not (listed or titled or any(given_name_sex(part) for part in given[0].split("-"))):
        return name  # "Velden UNITED", "Harbour Watch NORLAND": no given name opens it
    return " ".join([*given, surname_in_title_case(" ".join(surname))])


def surname_in_title_case(surname: str) -> str:
    """A surname in capitals alone ("VON DER LEYEN", a later mention's alias) in title case; any other as it is."""
    words = surname.split()
    if not words or not all(_in_capitals(word) for word in words):
        return surname
    last = len(words) - 1
    return " ".join(_title_word(word, at == last, at > 0 and words[at - 1].lower() in PARTICLES) for at, word in enumerate(words))


def _given_names(words: list[str]) -> bool:
    """A given name in mixed case first ("Ilse", "Jean-Luc"), then more of them or initials ("Ilse M.")."""
    if not (_MIXED_WORD.fullmatch(words[0]) and words[0][:1].isupper() and _has_lower(words[0])):
        return False
    return all(_INITIAL.fullmatch(word) or (_MIXED_WORD.fullmatch(word) and word[:1].isupper() and _has_lower(word)) for word in words[1:])
