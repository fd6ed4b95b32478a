"""The other party of a conversation a report tells of: "“…,” he told Venn" names whom "he" spoke to, so "he" is never
Venn (interviews on stage, joint press conferences, debates: "Venn told Feld. … “…,” he told Venn" is Feld's); and a firm
named in apposition after a company's noun ("Now his own company, Harbourline, has …") is nobody a "he" or "she" means."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..actors import fold_chars
from .described_bodies import COMPANY_NOUNS
from .names import Head, chunks, head_of

# the pronoun, an adverb, the verb of telling, then the one told named in capitals ("she later told Roe", "he tells Feld")
TOLD_BY_PRONOUN = re.compile(
    r"\s*(?:he|she)\s+(?:[a-z]+ly\s+|then\s+|also\s+)?(?:told|tells|was\s+telling|is\s+telling)\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
)
COMPANY_APPOSED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(COMPANY_NOUNS)) + r"),\s*$")  # "his own company, " before a name


def listener_told(after_pronoun: str) -> str | None:
    """The surname (folded) of the one a pronoun's cue says it told, from the text opening with the pronoun; None where
    the cue tells nobody by name ("he told reporters", "he said")."""
    told = TOLD_BY_PRONOUN.match(after_pronoun)
    if told is None:
        return None
    head = head_of(told.group("name"), after_pronoun[: told.start("name")])
    if head is None or head.kind != "person":
        return None
    return fold_chars(head.name.split()[-1])


def apposed_to_a_company(before: str) -> bool:
    """Whether the name after `before` is set off after a company's noun ("Now his own company, Harbourline,"): a firm."""
    return before.endswith(", ") and COMPANY_APPOSED_BEFORE.search(before[-40:]) is not None


def other_party(before: str, listener: str, fits: Callable[[Head], bool]) -> Head | None:
    """The last person named in the text before a "he told <listener>" who is not that listener, nor a firm set off after
    a company's noun, and whom the pronoun `fits`: the one who was speaking with them ("Venn told Feld. … “…,” he told
    Venn" is Feld)."""
    found = None
    for chunk in chunks(before):
        head = head_of(chunk.text, before[: chunk.begin])
        if head is None or head.kind != "person" or apposed_to_a_company(before[: chunk.begin]):
            continue
        if fold_chars(head.name.split()[-1]) != listener and fits(head):
            found = head
    return found


def as_firms(heads: list[Head], sentence: str) -> list[Head]:
    """The heads with a one-word "person" set off after a company's noun in the sentence read as the firm it is ("Now his
    own company, Harbourline, has …": Harbourline, whom no later "he" means)."""
    return [
        Head(head.name, head.role, "organization")
        if head.kind == "person" and " " not in head.name and apposed_to_a_company(sentence[: max(0, sentence.find(head.name))])
        else head
        for head in heads
    ]
