"""A deck (standfirst) line under a headline that credits a quotation by a role alone ("“The worst is yet to come,” chief
economist says"), where the story gives the same words to someone it names with that role ("“The worst is yet to
come,” said fund chief economist Ana Brel."): the deck's words are that person's. The deck alone names no one: where
the body gives the words to nobody, or to someone the story never calls by that role, the deck stays credited to
nobody."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Paragraph
from .names import CHIEF_EPITHET_WORDS, ROLE_NOUN_WORDS

ROLE_WORD = re.compile(ROLE_NOUN_WORDS, re.I)
# nouns of ROLE_NOUN_WORDS that stand for a body or a text, never one person's post
BODY_WORDS = frozenset(
    "agency daily newspaper outlet site department kremlin government office command council committee board tribunal embassy "
    "delegation mission party company corporation organization organisation firm bank group administration commission court "
    "bureau authority service institute college union foundation charity trust association coalition body publisher filing "
    "lawsuit force constabulary caption cartoon article editorial report statement document text column op-ed post letter "
    "story profile piece assessment memo memorandum cable advisory ministry church researchers authors".split()
)
DECK_VERBS = r"(?:says|said|warns|warned|tells|told|insists|admits)"
# the whole line: a quotation, a role of one to four lower-case words (an article before it at most), its verb
DECK_ROLE_CREDIT = re.compile(
    r"[“\"‘'](?P<quote>[^“”\"]{3,300}?)[”\"’']\s+(?:(?:the|a|an)\s+)?(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s+" + DECK_VERBS + r"\s*[.!]?"
)


HEADLINE_LINE = re.compile(r"[^.!?:;”\"]{3,200}")
# how far into the text a headline line may stand (an intro line or two may come before it)
HEADLINE_REACH = 3


def under_the_headline(index: int, paragraphs: Sequence[Paragraph]) -> bool:
    """Whether the paragraph at the index is where a deck stands: the first of the text, or right under a headline near
    the top (a short line with no full stop or colon); not a line further down the story."""
    return index == 0 or (index <= HEADLINE_REACH and HEADLINE_LINE.fullmatch(paragraphs[index - 1].text.strip()) is not None)


def deck_role_credit(line: str) -> tuple[str, str] | None:
    """(quotation, role) of a line that is nothing but a quotation, a role and its verb, where the role's last word is
    a post ("economist", "minister", "harbour chief"); None for any other line."""
    found = DECK_ROLE_CREDIT.fullmatch(line.strip())
    if found is None:
        return None
    role = found.group("role")
    last = role.split()[-1]
    if last in BODY_WORDS or not (ROLE_WORD.fullmatch(last) or last in CHIEF_EPITHET_WORDS):
        return None
    return found.group("quote"), role


# after the name, the role's apposition: an article or a possessive, then two modifiers at most ("Ana Brel, the fund's
# chief economist", "Ana Brel, a senior economist"), the role closing it ("Ana Brel, the fund's chief economist until May"
# is no longer one). No relative clause, participle or preposition between ("Tom Lee, who met the chief economist",
# "Tom Lee, quoting chief economist Ana Brel", "Tom Lee, adviser to finance minister Ana Brel"), no rank below the post
# ("deputy finance minister") and no possessive role ("the prime minister's chief of staff").
NOT_A_MODIFIER = (
    r"(?:who|whose|which|that|to|for|of|with|by|from|at|in|on|as|under|after|before|about|against|and|or|deputy|vice|former|"
    r"ex|assistant|associate|acting|interim|predecessor|successor|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|"
    r"critic|[a-z-]+ing)\b"
)
APPOSED_ROLE_LEAD = r",\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+[’']s\s+)?(?:(?!" + NOT_A_MODIFIER + r")[A-Za-z-]+\s+){0,2}?"
APPOSITION_END = r"(?![’']s)(?=\s*(?:[,.;:!?)”\"]|$))"
# right before a role naming the person next: a preposition, a participle or a possessive makes the person someone the
# sentence speaks of ("quoting chief economist Ana Brel", "adviser to finance minister Ana Brel")
OBJECT_BEFORE_ROLE = re.compile(r"(?:\b(?:to|for|of|with|by|from|at|about|against|whose|told|met|[a-z]+ing)|[’']s)\s+(?:[A-Z][\w-]*\s+)*$")


def named_with_role(text: str, name: str, role: str) -> bool:
    """Whether the text names the person right after the role, past capitalised words of a body ("IMF chief economist
    Ana Brel", "chief economist Ana Brel"), or sets the role after the name ("Ana Brel, the fund's chief economist")."""
    role_words = r"\s+".join(re.escape(word) for word in role.split())
    for before in re.finditer(r"\b" + role_words + r"\s+" + re.escape(name) + r"\b", text):
        if not OBJECT_BEFORE_ROLE.search(text, 0, before.start()):
            return True
    return re.search(re.escape(name) + APPOSED_ROLE_LEAD + role_words + r"\b" + APPOSITION_END, text) is not None
