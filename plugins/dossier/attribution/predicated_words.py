"""A short phrase in marks that a verb of saying's clause predicates of its subject ("Roe said the sale was an “honest
mistake”", "Roe insisted it remained a “fair deal”", "a year she described as a “harder” one"): the speaker's own words
for the thing, not a label the writer puts on it, though a lone phrase after an article or before its noun is one
elsewhere ("the “honest mistake” the sale became", "Roe wrote about the “fair deal”")."""

from __future__ import annotations

import re

from .cues import CUE, base_of, is_describing

# verbs of saying whose clause is the speaker's claim ("said", "insisted", "warned that"); not verbs of view ("believes",
# "thinks"), whose clause is the writer's account of a view
SAYING = frozenset(
    "say tell insist claim argue state add warn note write predict stress maintain admit concede acknowledge declare assert contend".split()
)
# the verb "be" or one of its kin, then an article or a possessive and an adverb at most, right before the marks: the
# phrase in marks is what the subject is ("was an “honest mistake”", "would be “very unusual”", "were the “root”")
PREDICATE_BEFORE = re.compile(
    r"\b(?:is|was|were|are|be|been|remains?|remained|becomes?|became|proves?|proved)\s+"
    r"(?:(?:a|an|the|its|his|her|their|our)\s+)?(?:[A-Z][\w.’'-]*[’']s\s+)?(?:(?:very|so|too|[a-z]+ly)\s+)?$"
)
AS_BEFORE = re.compile(r"\bas\s+(?:(?:a|an|the)\s+)?$")  # "described it as a “harder” one"
# the words of the sentence before the marks: from the last stop before a capital that ends no short abbreviation ("St.
# Louis", "Mr. Roe", "U.S. officials" go on with the sentence)
SENTENCE_START = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bSen)(?<!\bGov)(?<!\bRep)[.!?][”\"’']?\s+(?=[“\"‘'A-Z])")
SENTENCE_REACH = 200


def predicated_in_a_cued_clause(before: str, inner: str) -> bool:
    """Whether the lower-case phrase in marks after `before` is predicated of the subject of a clause a verb of saying
    earlier in the same sentence gives ("The minister said the sale was an “honest mistake”"), or is what a describing
    verb earlier in the sentence calls a thing ("which she described as a “harder” year")."""
    if all(word[:1].isupper() for word in inner.split()):
        return False  # "the “Doomsday Clock”": a name, not words said of something ("an “America firster”" is words)
    predicate = PREDICATE_BEFORE.search(before, max(0, len(before) - 40))
    as_a = AS_BEFORE.search(before, max(0, len(before) - 12)) if predicate is None else None
    if predicate is None and as_a is None:
        return False
    words = before[-SENTENCE_REACH:]
    stops = [stop.end() for stop in SENTENCE_START.finditer(words)]
    words = words[stops[-1] :] if stops else words
    if as_a is not None:
        return any(is_describing(cue.group(1)) for cue in CUE.finditer(words))
    return any(base_of(cue.group(1)) in SAYING for cue in CUE.finditer(words))
