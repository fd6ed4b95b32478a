"""A body the report calls by one capitalised word ("Reform", "National", "Harbourline"), as political copy calls a
party by its adjective ("National pledged to …", "Labour said …") and business copy a firm by its short name.

The word alone tells nothing: "National" reads as a title's first word, "Reform" as a surname. What tells a body is how
the report writes the word elsewhere: as the subject of a verb whose object is "its" ("Reform set out its plans",
"National keeps its promise", "Harbourline has cut its fares"), which no person's name takes, or before "Party" with a word of politics near ("the
Reform Party's candidates"; not "the Garden Party"). The engine asks only where nothing shows the word to be a person's (a title, a given name, a full name
ending in it)."""

from __future__ import annotations

import functools
import re

from .shortcuts import occurrences, whole_word_at

# the verbs of what a body does with its own plans, figures and promises ("set out its plans", "has cut its fares",
# "keeps its promise", "followed through on its pledge"), in their written forms; not a verb on another's thing ("Ruiz
# praised its staff", "visited its wards"), which a person does as well
OWN_THING_VERBS = (
    "set|sets|outline|outlines|outlined|unveil|unveils|unveiled|launch|launches|launched|announce|announces|announced|"
    "publish|publishes|published|release|releases|released|keep|keeps|kept|cut|cuts|raise|raises|raised|follow|follows|"
    "followed|present|presents|presented|reveal|reveals|revealed|restate|restates|restated|reaffirm|reaffirms|reaffirmed|"
    "defend|defends|defended|scrap|scraps|scrapped|drop|drops|dropped|abandon|abandons|abandoned|revise|revises|revised|"
    "update|updates|updated|deliver|delivers|delivered|break|breaks|broke|broken|honour|honours|honoured|honor|honors|honored"
)
# after the word: an auxiliary, one of those verbs and a particle, then "its" ("set out its", "has followed through on
# its", "keeps its"); not "Ruiz praised the council and its staff", where "its" is another's
VERB_ON_ITS = re.compile(
    r"\s+(?:(?:has|had|have|will|would|did|does)\s+)?(?:" + OWN_THING_VERBS + r")(?:\s+(?:out|up|through|back|off|down|on|forward))?"
    r"(?:\s+(?:on|to|with))?\s+its\s+[a-z]"
)
PARTY_AFTER = re.compile(r"\s+Party\b")
# the words of politics near "the X Party" that show a political party, not a garden party or a search party
POLITICAL_WORDS = re.compile(
    r"(?i:\b(?:elections?|electoral|votes?|voters?|polls?|manifesto|leader|leadership|MPs?|candidates?|parliament|"
    r"parliamentary|government|opposition|campaign|policy|policies|coalition|seats?|minister|members|conference)\b)"
)
REACH = 60  # characters after the word the verb and "its" must stand within
PARTY_REACH = 200  # characters either side of "the X Party" a word of politics must stand within


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
        if PARTY_AFTER.match(after) and POLITICAL_WORDS.search(text, max(0, at - PARTY_REACH), at + PARTY_REACH) is not None:
            return f"{word} Party"
        on_its = on_its or VERB_ON_ITS.match(after) is not None
    return word if on_its else None
