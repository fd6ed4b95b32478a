"""The journal, magazine or paper a piece appeared in, named after "in" right before a participle of saying ("Ana Roe
published an essay in the journal Harbour Works arguing that …"): the piece argues, and its words are the writer's, the
clause's subject, never the venue's."""

from __future__ import annotations

import re

from .names import Head, Subject, clause_subject

# "in the journal X", "in the magazine X", "in the weekly X" right before the name the participle follows
VENUE_BEFORE_NAME = re.compile(
    r"\bin\s+(?:the\s+)?(?:(?:scientific|academic|medical|trade|literary|monthly|quarterly)\s+)?"
    r"(?:journal|magazine|newspaper|weekly|quarterly|review|newsletter|bulletin)\s+$"
)
# the verbs of publishing a piece, one of which must come before the venue in the clause ("wrote a column in", "published
# an essay in"): "a report in the journal X arguing" names no writer, and stays the venue's
PUBLISHED_BEFORE = re.compile(r"\b(?:published|publishes|wrote|writes|penned|pens|authored|co-authored)\s+(?:an?\s+|her\s+|his\s+|their\s+)?")
# where the clause of "published" opens: a subordinate clause's subject ("Hale wrote that researchers had published …")
# is the publisher, never the name of the clause around it
CLAUSE_BOUNDARY = re.compile(r"\b(?:that|which|who|whom|whose|where|when|after|because|while|if|as|and then)\b|[,;:(—–]")
# the words a subject may have between it and "published" ("had", "also", "recently")
AUXILIARIES = re.compile(r"(?:\s+(?:had|has|have|also|recently|once|later|first|then|jointly|together))*\s*$")
PRONOUN_SUBJECT = re.compile(r"^\s*(?P<pronoun>she|he|they)\b", re.IGNORECASE)


def _clause_publisher(segment: str) -> Subject:
    """Who the clause opening at segment says published: a person or a body named alone, names joined by "and", a
    pronoun, or no one (a plural noun such as "researchers")."""
    bare = AUXILIARIES.sub("", segment)
    pronoun = PRONOUN_SUBJECT.match(bare)
    if pronoun is not None and not bare[pronoun.end() :].strip():
        return Subject([], pronoun=pronoun.group("pronoun").lower())
    heads: list[Head] = []
    for part in re.split(r"\s+and\s+|\s*&\s*", bare.strip()):
        found = clause_subject(part + " published ") if part else []
        if not found or found[0].kind not in ("person", "organization") or found[0].name not in part:
            return Subject([])
        heads.append(found[0])
    return Subject(heads)


def writer_before_venue(before: str, venue_start: int) -> Subject | None:
    """Who published the piece in the venue named at venue_start, where "in the journal" precedes it and a verb of
    publishing opens its phrase: the subject of that verb's own clause (a person, people, a pronoun; no one where that
    subject names nobody); None where no one is said to have published it (the venue's words, as before)."""
    venue = VENUE_BEFORE_NAME.search(before, max(0, venue_start - 40), venue_start)
    if venue is None or venue.end() != venue_start:
        return None
    clause = before[: venue.start()]
    found = list(PUBLISHED_BEFORE.finditer(clause, max(0, len(clause) - 80)))
    if not found:
        return None
    published = found[-1]  # the verb nearest the venue
    boundaries = [m.end() for m in CLAUSE_BOUNDARY.finditer(clause, 0, published.start())]
    opening = max([sentence_opening(clause, published.start()), *boundaries])
    return _clause_publisher(clause[opening : published.start()])


def sentence_opening(text: str, end: int) -> int:
    """Where the sentence holding end opens."""
    found = [m.end() for m in re.finditer(r"[.!?][”’\"]?\s+", text[:end])]
    return found[-1] if found else 0
