"""A body the report calls by one capitalised word ("Reform", "National", "Harbourline"), as political copy calls a
party by its adjective ("National pledged to …", "Labour said …") and business copy a firm by its short name.

The word alone tells nothing: "National" reads as a title's first word, "Reform" as a surname. What tells a body is how
the report writes the word elsewhere: as the subject of a verb whose object is "its" ("Reform set out its plans",
"National keeps its promise", "Harbourline has cut its fares"), which no person's name takes, or before "Party" ("the
Reform Party"). The engine asks only where nothing shows the word to be a person's (a title, a given name, a full name
ending in it)."""

from __future__ import annotations

import functools
import re

from .shortcuts import occurrences, whole_word_at

# after the word: an auxiliary, a verb in lower case and a particle, then "its" ("set out its", "has followed through on
# its", "keeps its"); not "Ruiz praised the council and its staff", where "its" is another's
VERB_ON_ITS = re.compile(
    r"\s+(?:(?:has|had|have|will|would|did|does)\s+)?(?!(?:and|or|but|nor|for|with|from)\s)[a-z]{3,}(?:\s+(?:out|up|through|back|off|down|on|forward))?"
    r"(?:\s+(?:on|to|with))?\s+its\s+[a-z]"
)
PARTY_AFTER = re.compile(r"\s+Party\b")
REACH = 60  # characters after the word the verb and "its" must stand within


@functools.lru_cache(maxsize=256)
def written_as_a_body(text: str, word: str) -> str | None:
    """The body's name where the text writes the one capitalised word as a body's: the party's full name where the text
    writes the word before "Party" ("the Reform Party" for "Reform"), else the word where it is the subject of a verb on
    "its"; None where it does neither."""
    if not word[:1].isupper() or " " in word:
        return None
    on_its = False
    for at in occurrences(text, word):
        if not whole_word_at(text, at, word):
            continue
        after = text[at + len(word) : at + len(word) + REACH]
        if PARTY_AFTER.match(after):
            return f"{word} Party"
        on_its = on_its or VERB_ON_ITS.match(after) is not None
    return word if on_its else None
