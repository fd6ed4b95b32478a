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
NAME_WORD = re.compile(r"[\w’'-]+")  # compiled once: re makes a class holding ’ a map of 65,536 characters
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


# a verb that ties two people in one sentence as parties of one conversation ("Venn met Feld", "spoke with Venn and Feld",
# "Venn told Feld"); a sentence that reports what was said ("told reporters that Feld …") ties no one named after it
TIE_VERB = re.compile(
    r"\b(?:told|tells|asked|asks|met|meets|meeting|spoke|speaks|speaking|talked|talks|interviewed|interviews|debated|debates"
    r"|sat\s+down\s+with)\b"
)
REPORTED_AFTER = re.compile(r"\b(?:that|about|whether|how|why)\b")
COORDINATED = re.compile(r"[\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+and\s+(?:[A-Z][\w’'-]*\s+)*")  # "Piet Venn and "
SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _sentence_around(text: str, begin: int) -> tuple[int, int]:
    start = 0
    for end in SENTENCE_END.finditer(text, 0, begin):
        start = end.end()
    stop = SENTENCE_END.search(text, begin)
    return start, stop.start() if stop else len(text)


def _tied_to(text: str, begin: int, listener: str) -> bool:
    """Whether the sentence around `begin` (where a name starts) names the listener too, with a verb of meeting or telling
    before the later of the two and no reported clause ("that …") between that verb and it."""
    start, stop = _sentence_around(text, begin)
    sentence = text[start:stop]
    heard = [m.start() for m in NAME_WORD.finditer(sentence) if fold_chars(m.group(0)) == listener]
    for at in heard:
        later = max(at, begin - start)
        verbs = list(TIE_VERB.finditer(sentence, 0, later))
        verb = verbs[-1] if verbs else None
        if verb is not None and not REPORTED_AFTER.search(sentence, verb.end(), later):
            return True
        if COORDINATED.fullmatch(sentence, min(at, begin - start), later) and TIE_VERB.search(sentence, later):
            return True  # "Venn and Osten met Feld": both parties of the meeting
    return False


def other_party(before: str, listener: str, fits: Callable[[Head], bool]) -> Head | None:
    """The person named in the text before a "he told <listener>" whom the text ties to that listener (they met, spoke, one
    told the other) and the pronoun `fits`: the one who was speaking with them ("Venn told Feld. … “…,” he told Venn" is
    Feld). Where no one is tied, the one other person named, if only one is; nobody where two or more could be meant."""
    tied: list[tuple[str, Head]] = []
    named: list[tuple[str, Head]] = []
    for chunk in chunks(before):
        head = head_of(chunk.text, before[: chunk.begin])
        if head is None or head.kind != "person" or apposed_to_a_company(before[: chunk.begin]):
            continue
        if fold_chars(head.name.split()[-1]) == listener or not fits(head):
            continue
        named.append((fold_chars(head.name), head))
        one_word = " " not in head.name
        if _told_by_verb(before, chunk.begin, chunk.begin + len(chunk.text)) if one_word else _tied_to(before, chunk.begin, listener):
            tied.append(named[-1])
    return _the_one(tied) if tied else _the_one(named)


def _the_one(found: list[tuple[str, Head]]) -> Head | None:
    """The last head found, if all found are one person ("Tomas Feld", then "Feld"), else None."""
    full = {name for name, _ in found if " " in name}
    surnames = {name.split()[-1] for name in full}
    distinct = full | {name for name, _ in found if " " not in name and name not in surnames}
    if len(distinct) != 1:
        return None
    (only,) = distinct
    return [head for name, head in found if name == only or name == only.split()[-1]][-1]


# a one-word name is a party only right by the verb ("Venn told Feld", "Feld met Venn"): a lone capitalised word elsewhere
# is as often a place or a firm
VERB_RIGHT_BEFORE = re.compile(r"(?:" + TIE_VERB.pattern + r")\s+$")
VERB_RIGHT_AFTER = re.compile(r"[.,]?\s+(?:" + TIE_VERB.pattern + r")")


def _told_by_verb(text: str, begin: int, end: int) -> bool:
    return VERB_RIGHT_BEFORE.search(text, max(0, begin - 30), begin) is not None or VERB_RIGHT_AFTER.match(text, end) is not None


def as_firms(heads: list[Head], sentence: str) -> list[Head]:
    """The heads with a one-word "person" set off after a company's noun in the sentence read as the firm it is ("Now his
    own company, Harbourline, has …": Harbourline, whom no later "he" means)."""
    return [
        Head(head.name, head.role, "organization")
        if head.kind == "person" and " " not in head.name and apposed_to_a_company(sentence[: max(0, sentence.find(head.name))])
        else head
        for head in heads
    ]
