"""A relative clause whose pronoun is its verb's object, its own subject named between the two: "the Harbour Compact,
which its backers call “…”", "the plan, which Mayor Vos described as “…”", "Vos, whom the council dubbed “…”". The
words are that subject's (a name, a role, or people nobody names), never those of the one the clause describes."""

from __future__ import annotations

import re

# the pronoun, then a subject of at most six words (articles, possessives, capitalised words, a plural noun or a
# pronoun last), then light words, up to the verb; "which has called" and "who, in 2019, said" have no subject of their own
OBJECT_RELATIVE_END = re.compile(
    r"(?:,\s*|\s)(?:which|whom|who)\s+"
    r"(?P<subject>(?:(?:the|its|their|his|her|our|some|many|most|other|several|these|those|both|all|[A-Z][\w’'.-]*)\s+){0,5}"
    r"(?:[A-Z][\w’'.-]*|[a-z]{3,}s|he|she|they|we|I))"
    r"\s+(?:(?:have|has|had|also|long|often|once|now|still|even|[a-z]{3,}ly)\s+){0,3}$"
)
# what follows "who" or "which" in wire copy and is no subject: "Vos, who Tuesday said", "which in May described"
DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
    october november december today yesterday""".split()
)
# a bare plural that names people (no article): "which critics call", "whom officials describe as" (a verb in -s, "which
# warns", is no subject)
PEOPLE_PLURALS = frozenset(
    """critics officials supporters backers opponents detractors analysts experts observers residents locals activists
    campaigners diplomats investors economists commentators scientists historians researchers advocates proponents insiders
    lawmakers legislators authorities organisers organizers people others fans sceptics skeptics voters environmentalists
    conservationists conservatives liberals progressives rivals opponents admirers friends colleagues neighbours neighbors
    locals villagers farmers workers unions protesters""".split()
)
ARTICLE_WORDS = frozenset("the its their his her our some many most other several these those both all".split())


def object_relative_subject_start(before: str, end: int) -> int:
    """Where the relative clause's own subject starts when the text up to `end` (a verb of saying) ends in a relative
    pronoun and that subject ("…, which its backers "), or -1."""
    found = OBJECT_RELATIVE_END.search(before, max(0, end - 100), end)
    if found is None:
        return -1
    words = found.group("subject").split()
    if words[0].lower() in DATE_WORDS or words[-1].lower() in DATE_WORDS:
        return -1
    last = words[-1]
    if last[:1].islower() and last not in ("he", "she", "they", "we"):
        modified = len(words) > 1 and (words[-2].lower() in ARTICLE_WORDS or words[-2][:1].isupper())
        if not modified and last not in PEOPLE_PLURALS:
            return -1  # "which warns": a verb of the relative's own, whose subject is the pronoun
    return found.start("subject")
