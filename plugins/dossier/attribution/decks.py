"""A deck (standfirst) line under a headline that credits a quotation by a role alone ("“The worst is yet to come,” chief
economist says"), where the story gives the same words to someone it names with that role ("“The worst is yet to
come,” said fund chief economist Ana Brel."): the deck's words are that person's. The deck alone names no one: where
the body gives the words to nobody, or to someone the story never calls by that role, the deck stays credited to
nobody."""

from __future__ import annotations

import re

from .names import CHIEF_EPITHET_WORDS, ROLE_NOUN_WORDS

ROLE_WORD = re.compile(ROLE_NOUN_WORDS, re.I)
DECK_VERBS = r"(?:says|said|warns|warned|tells|told|insists|admits)"
# the whole line: a quotation, a role of one to four lower-case words (an article before it at most), its verb
DECK_ROLE_CREDIT = re.compile(
    r"[“\"‘'](?P<quote>[^“”\"]{3,300}?)[”\"’']\s+(?:(?:the|a|an)\s+)?(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s+" + DECK_VERBS + r"\s*[.!]?"
)


def deck_role_credit(line: str) -> tuple[str, str] | None:
    """(quotation, role) of a line that is nothing but a quotation, a role and its verb, where the role's last word is
    a post ("economist", "minister", "harbour chief"); None for any other line."""
    found = DECK_ROLE_CREDIT.fullmatch(line.strip())
    if found is None:
        return None
    role = found.group("role")
    last = role.split()[-1]
    if not (ROLE_WORD.fullmatch(last) or last in CHIEF_EPITHET_WORDS):
        return None
    return found.group("quote"), role


# after the name, the role's apposition: an article or a possessive, then two modifiers at most ("Ana Brel, the fund's
# chief economist", "Ana Brel, a senior economist"); no relative clause ("Ana Brel, who met the chief economist")
APPOSED_ROLE_LEAD = r",\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+[’']s\s+)?(?!(?:who|which|that)\b)(?:[a-z-]+\s+){0,2}?"


def named_with_role(text: str, name: str, role: str) -> bool:
    """Whether the text names the person right after the role, past capitalised words of a body ("IMF chief economist
    Ana Brel", "chief economist Ana Brel"), or sets the role after the name ("Ana Brel, the fund's chief economist")."""
    role_words = r"\s+".join(re.escape(word) for word in role.split())
    before = re.search(r"\b" + role_words + r"\s+" + re.escape(name), text)
    after = re.search(re.escape(name) + APPOSED_ROLE_LEAD + role_words + r"\b", text)
    return before is not None or after is not None
