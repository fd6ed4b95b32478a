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
# adverbs that deny or shrink what follows ("was hardly a “crisis”", "was only a “pause”"): the writer's hedge on the
# term as much as the speaker's claim, so the phrase stays a label
LIMITING = ("hardly", "scarcely", "barely", "only")
# the verb "be" or one of its kin, then an article or a possessive and an adverb at most, right before the marks: the
# phrase in marks is what the subject is ("was an “honest mistake”", "would be “very unusual”", "were the “root”")
PREDICATE_BEFORE = re.compile(
    r"\b(?:is|was|were|are|be|been|remains?|remained|becomes?|became|proves?|proved)\s+"
    r"(?:(?:a|an|the|its|his|her|their|our)\s+)?(?:[A-Z][\w.’'-]*[’']s\s+)?(?:(?:very|so|too|(?!" + "|".join(sorted(LIMITING)) + r")[a-z]+ly)\s+)?$"
)
AS_BEFORE = re.compile(r"\bas\s+(?:(?:a|an|the)\s+)?$")  # "described it as a “harder” one"
# what may stand between a describing verb and its "as" ("described the new rules as"): no clause begins there, so no
# stop, comma, dash or bracket and no word that opens a clause ("described the film, which was released as a …")
AS_OWNED_GAP = re.compile(r"[^,;:.!?—–()]{0,60}")
CLAUSE_WORDS = frozenset("which who whom whose where when what that while because after before since if whether".split())
# words after the marks that give the term to someone other than the speaker: "…, a word the council used", "a label the
# Gazette coined", "a nickname the press gave him", "a phrase coined by farmers" (not "a word she used": hers again)
TERM_NOUNS = "word|words|term|phrase|label|nickname|name|expression|epithet|slogan|moniker|description"
TERM_GIVEN_AFTER = re.compile(
    r"^\s*[,—–]?\s*(?:a|an|the)\s+(?:[a-z]+\s+)?(?:" + TERM_NOUNS + r")\s+"
    r"(?:(?:used|coined|borrowed|taken|applied|popularised|popularized|favoured|favored|given)\s+(?:by|from)\b"
    r"|(?:that\s+|which\s+)?(?!(?:she|he|they|I|we|it|you)\b)(?:(?:the|a|an|its|their|some|many)\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)*\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:first\s+|often\s+|once\s+)?"
    r"(?:used|uses|use|coined|coins|coin|gave|gives|give|applied|applies|apply|prefers|preferred|prefer|favours|favoured|"
    r"chose|invented|borrowed|called|calls|call|adopted)\b)"
)
# the words of the sentence before the marks: from the last stop before a capital that ends no short abbreviation ("St.
# Louis", "Mr. Roe", "U.S. officials" go on with the sentence)
SENTENCE_START = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bSen)(?<!\bGov)(?<!\bRep)[.!?][”\"’']?\s+(?=[“\"‘'A-Z])")
SENTENCE_REACH = 200


def predicated_in_a_cued_clause(before: str, inner: str, after: str = "") -> bool:
    """Whether the lower-case phrase in marks after `before` is predicated of the subject of a clause a verb of saying
    earlier in the same sentence gives ("The minister said the sale was an “honest mistake”"), or is what a describing
    verb earlier in the sentence calls a thing ("which she described as a “harder” year")."""
    if all(word[:1].isupper() for word in inner.split()):
        return False  # "the “Doomsday Clock”": a name, not words said of something ("an “America firster”" is words)
    if TERM_GIVEN_AFTER.match(after):
        return False  # "…, a word the council used": the writer gives the term to someone else
    words = before[-SENTENCE_REACH:]
    stops = [stop.end() for stop in SENTENCE_START.finditer(words)]
    words = words[stops[-1] :] if stops else words
    if PREDICATE_BEFORE.search(words, max(0, len(words) - 40)):
        return any(base_of(cue.group(1)) in SAYING for cue in CUE.finditer(words))
    as_a = AS_BEFORE.search(words, max(0, len(words) - 12))
    if as_a is None:
        return False
    return any(is_describing(cue.group(1)) and _as_is_the_verbs(words[cue.end() : as_a.start()]) for cue in CUE.finditer(words))


def _as_is_the_verbs(gap: str) -> bool:
    """Whether the words between a describing verb and an "as" leave the "as" to the verb ("described the new rules as"),
    not to a clause of its own ("described the film, which was released as")."""
    return AS_OWNED_GAP.fullmatch(gap) is not None and not CLAUSE_WORDS.intersection(gap.lower().split())
