"""A subject that is a work named by one word or its year ("the Halvorsen report", "the Linde review", "the 2022
Strategy"): a document speaks there, which the engine credits to no one, never the person or the word it is named by
("Halvorsen", "Strategy"). A body's review named after an operation ("the Coastguard Operation Driftnet review") is left
to the rule that credits the body."""

from __future__ import annotations

import re

# the lower-case nouns of a report or an inquiry that a capitalised name stands before ("the Halvorsen report")
WORK_NOUNS_AFTER_A_NAME = r"report|review|study|inquiry|audit|survey|assessment|investigation|memo|memorandum|white\s+paper|dossier"
# the capitalised nouns of a plan or a policy a year stands before ("the 2022 Strategy", "the 2030 Agenda")
WORK_NOUNS_AFTER_A_YEAR = r"Strategy|Agenda|Plan|Programme|Program|Framework|Review|Report|Roadmap|Concept|Doctrine|Charter"

NAMED_WORK_END = re.compile(
    r"(?:^|\s)[Tt]he\s+(?:"
    r"(?:\d{4}\s+)?(?P<name>(?![A-Z]{2})[A-Z][\w’'.-]*)\s+(?P<noun>(?i:" + WORK_NOUNS_AFTER_A_NAME + r"))"
    r"|(?:(?![A-Z]{2})[A-Z][\w’'.-]*\s+)?\d{4}\s+(?:[A-Z][\w’'-]*\s+){0,2}(?:" + WORK_NOUNS_AFTER_A_YEAR + r")"
    r")(?:\s+(?:also|itself|further|then|later|previously))?\s*$"
)


def ends_on_a_named_work(text: str) -> bool:
    """Whether the text (what comes before a verb of saying) ends on a work named by its author, its body or its year
    ("The Halvorsen report", "as the 2022 Strategy"); not a body's own noun ("the Fisk campaign"), a body's report by
    its letters ("the OAS report concluded": the body's voice, as a spokesperson's is) nor a person ("the Halvorsen
    family"): the caller credits no one."""
    return named_work(text) is not None


def named_work(text: str) -> re.Match[str] | None:
    """The work named by one word or its year the text ends on, its "name" and "noun" groups the word and the kind of
    work where it is named by a word ("the Halvorsen report")."""
    if "he " not in text and "he\xa0" not in text:
        return None
    return NAMED_WORK_END.search(text[-120:])
