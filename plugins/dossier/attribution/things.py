"""A verb of saying whose subject is a thing, inside the that-clause of someone's verb of saying: "The board opposes
the plan, arguing in its letter that the records now available assure deputies “…”". Records and figures say
nothing of their own: the words quoted are the one's who argued, wrote or said so (a report, a study or a letter, which
speak for their authors, and people, named or not, are left to the verb's own subject)."""

from __future__ import annotations

import re

# "that", then a thing in lower case (an article or a possessive first, at most five words), then the verb; the clause
# may name where the speaker said so first ("in its letter", "in his testimony")
THAT_THING_BETWEEN = re.compile(
    r"\s+(?:in\s+(?:its|his|her|their)\s+[a-z]+\s+)?(?:that\s+)?(?:the|these|those|its|their|his|her|our|such)\s+"
    r"(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4})\s+(?:(?:now|also|still|already|[a-z]+ly)\s+)?$"
)
# things that say nothing of their own: facts, figures and the means of a job ("the records assure deputies", "the
# figures confirm"); a report, a letter or a rule speaks for its authors, and people for themselves
MUTE_THINGS = frozenset(
    """record records figure figures data number numbers statistic statistics result results fact facts file files
    evidence change changes measure measures reform reforms camera cameras test tests check checks step steps safeguard
    safeguards system systems database databases tool tools procedure procedures protocol protocols trend trends price
    prices cost costs image images photo photos footage sample samples reading readings delay delays cut cuts rise rises
    fall falls increase increases drop drops decline growth loss losses shortfall failure failures""".split()
)


def thing_in_that_clause(between: str) -> bool:
    """Whether the text between an earlier verb of saying and a later one is a mute thing, the later verb's subject,
    with or without "that" before it ("that the records now available ", "the new figures ", "the delay ")."""
    found = THAT_THING_BETWEEN.match(between)
    if found is None:
        return False
    words = found.group("thing").split()
    return words[0] in MUTE_THINGS or (len(words) > 1 and words[1] in MUTE_THINGS)  # "the records", "the new figures"
