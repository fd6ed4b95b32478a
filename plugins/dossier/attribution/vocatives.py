"""A speaker addressing someone at the opening of their words ("Chairman, the real question is …", "Mr Speaker, we
…", "Madam Chair, I …"): the one addressed is no one the sentence makes a subject, so a verb of saying later in it
credits nobody they name (a witness's answer to a committee, a member's speech to the chair)."""

from __future__ import annotations

import re

from ..actors import fold_chars
from ..turns import COURTESY
from .titles import TITLE_WORDS

# a title's capitalised words (a courtesy title and its stop first at most), then a comma and a lower-case word or "I"
ADDRESS = re.compile(r"[\s“\"‘']*(?P<words>[A-Z][\w-]*\.?(?:\s+[A-Z][\w-]*){0,3}),\s+(?=[a-z]|I\b)")
# the small words among the title words, which open no form of address ("The Chairman, Ann Poe, said")
SMALL_WORDS = frozenset("the of and for to in on at a an his her its their".split())
# a label's courtesy titles and the words one addresses the chair with ("Madam Chair", "Mister Speaker"), which title no
# person's name in a record's label
ADDRESS_COURTESY = COURTESY | {"mister", "madam", "madame"}


def address_at(sentence: str) -> int:
    """The length of the form of address opening a sentence of someone's words ("Chairman, " in "Chairman, the real
    question is …"), or 0 where it opens with none (a name, an apposition's subject: "Chairman Ole Berg, who …")."""
    match = ADDRESS.match(sentence)
    if match is None:
        return 0
    words = [fold_chars(word).rstrip(".") for word in match.group("words").split()]
    titles = words[1:] if words[0] in ADDRESS_COURTESY and len(words) > 1 else words
    if not all(word in TITLE_WORDS and word not in SMALL_WORDS for word in titles):
        return 0
    return match.end("words") + 1
