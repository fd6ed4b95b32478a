"""The journal, magazine or paper a piece appeared in, named after "in" right before a participle of saying ("Ana Roe
published an essay in the journal Harbour Works arguing that …"): the piece argues, and its words are the writer's, the
clause's subject, never the venue's."""

from __future__ import annotations

import re

from .names import Head, clause_subject

# "in the journal X", "in the magazine X", "in the weekly X" right before the name the participle follows
VENUE_BEFORE_NAME = re.compile(
    r"\bin\s+(?:the\s+)?(?:(?:scientific|academic|medical|trade|literary|monthly|quarterly)\s+)?"
    r"(?:journal|magazine|newspaper|weekly|quarterly|review|newsletter|bulletin)\s+$"
)
# the verbs of publishing a piece, one of which must come before the venue in the clause ("wrote a column in", "published
# an essay in"): "a report in the journal X arguing" names no writer, and stays the venue's
PUBLISHED_BEFORE = re.compile(r"\b(?:published|publishes|wrote|writes|penned|pens|authored|co-authored)\s+(?:an?\s+|her\s+|his\s+|their\s+)?")


def writer_before_venue(before: str, venue_start: int) -> Head | None:
    """The person who published the piece in the venue named at venue_start, where "in the journal" precedes it and the
    clause's subject published or wrote it; None otherwise."""
    venue = VENUE_BEFORE_NAME.search(before, max(0, venue_start - 40), venue_start)
    if venue is None or venue.end() != venue_start:
        return None
    clause = before[: venue.start()]
    found = list(PUBLISHED_BEFORE.finditer(clause, max(0, len(clause) - 80)))
    if not found:
        return None
    published = found[-1]  # the verb nearest the venue
    heads = clause_subject(clause[: published.start()] + published.group(0).split()[0] + " ")
    person = heads[0] if heads else None
    return person if person is not None and person.kind == "person" else None
