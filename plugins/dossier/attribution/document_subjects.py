"""A sentence whose subject is a document its owner is named before ("The Harbour Party’s transport policy, released before
the vote, set out several goals."), as releases and analyses open on a party's policy, a council's report or a firm's
plan before quoting it with "It stated that …", "It said …".

The "it" after such a sentence is the document, which speaks for its owner: the body named in the possessive, never a
name met further up (an acronym, a sentence's first word)."""

from __future__ import annotations

import re

from .names import DOCUMENT_WORDS, TITLED_WORK_NOUNS

# the written plans and platforms a party or a body issues, which neither shared list holds
ISSUED_PLANS = frozenset("policy policies platform proposal proposals budget submission blueprint pledge pledges".split())
DOCUMENT_SUBJECT_NOUNS = DOCUMENT_WORDS | TITLED_WORK_NOUNS | ISSUED_PLANS

# the sentence's opening: an owner in capitals with a possessive, then at most three words in lower case and the noun,
# which no possessive follows ("The Harbour Party’s transport policy", "Harbourline’s annual report"; not "The report’s
# author", whose subject is a person)
OWNED_OPENING = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,5})[’']s\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:" + "|".join(sorted(DOCUMENT_SUBJECT_NOUNS, key=len, reverse=True)) + r")(?![\w’'-])"
)


def document_owner_opening(sentence: str) -> str | None:
    """The owner's name where the sentence opens on a document named with its owner's possessive; None where it does not."""
    found = OWNED_OPENING.match(sentence)
    return found.group("owner") if found is not None else None
