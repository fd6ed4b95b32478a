"""The role words a pull quote's or an epigraph's dash credit line sets before the name ("— climate scientist Jo Marsh",
"— Norwegian archivist Tove Brekke", "— Harbour Council chair Ana Ruiz", "— NATO spokesperson Ana Ruiz"), taken off so
that the line reads as the person's name. Capitalised words before the role go only where they are a nation's, a body's
or an outlet's name, letters, or a title word the line opens on ("— Former minister Tove Brekke"), and the lower-case
run after them ends on a role or a trade: a name's particle ("— Charles de Gaulle") or a verb or preposition after the
name ("— Tove Brekke told Harbour Radio", "… addressing Parliament") is no role, and the line is left whole."""

from __future__ import annotations

import re

from .names import DEMONYMS, OCCUPATION_NOUNS, ORGANIZATION_WORDS, PARTICLES, PREPOSITIONS, TITLE_WORDS, TITLED_WORK_NOUNS, fold

# at most four capitalised words, then one to three lower-case ones, then the name's capital; only ever `.match`ed on
# one short credit line
CREDIT_ROLE = re.compile(r"(?P<capitals>(?:[A-Z][\w.&’'-]*\s+){1,4})?(?P<role>(?:[a-z][\w-]*\s+){1,3})(?=[A-Z])")
PARTICLE = re.compile(PARTICLES)
LETTERS = re.compile(r"(?![IVXL]+$)[A-Z][A-Z&.]{1,4}")  # "NATO", "BBC", "U.N.": a body's or an outlet's letters, not "III"
# the words of a line about the person or to her, not by her ("Harbour Trust tribute to curator …", "… obituary of …"):
# a work's noun, or any preposition, after capitals makes the run no role
NOT_ROLE_WORDS = frozenset(PREPOSITIONS | TITLED_WORK_NOUNS | {"tribute", "tributes", "obituary", "eulogy", "interview"})
# the small words among the title words, which end no role ("head of", "minister for")
LINK_WORDS = frozenset("the of and for to in on at a an his her its their".split())
ROLE_END_WORDS = frozenset((TITLE_WORDS - ORGANIZATION_WORDS - LINK_WORDS) | OCCUPATION_NOUNS)


def without_credit_role(line: str) -> str:
    """The credit line from its name on, where role words stand before the name; the line as it is otherwise."""
    credit = CREDIT_ROLE.match(line)
    if credit is None:
        return line
    if credit.group("capitals") is None:  # "—climate scientist Jo Marsh": lower-case words alone are the role
        return line[credit.end() :]
    role = credit.group("role").split()
    if any(PARTICLE.fullmatch(word) or word in NOT_ROLE_WORDS for word in role) or role[-1] not in ROLE_END_WORDS:
        return line
    return line[credit.end() :] if _names_a_body_or_nation(credit.group("capitals").split()) else line


def _names_a_body_or_nation(words: list[str]) -> bool:
    """ "Norwegian", "Harbour Council", "Harbour Radio", "NATO", "Former": what may stand before a role on a credit line."""
    last = fold(words[-1])
    if last in DEMONYMS or last in ORGANIZATION_WORDS:
        return True
    if LETTERS.fullmatch(words[-1]):  # the letters alone or after a title word ("Former NATO"), not after a name ("Tom REED")
        return all(fold(word) in TITLE_WORDS or fold(word) in DEMONYMS for word in words[:-1])
    return all(fold(word) in TITLE_WORDS or fold(word) in DEMONYMS for word in words)
