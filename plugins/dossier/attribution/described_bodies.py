"""A firm the report describes once by its kind ("Dorvane Minerals, an Australian mining company, runs the mine") and
then calls by that description alone ("The company maintains …", "The Australian mining company assures …"), as
business and mining stories do.

The description is read from an apposition right after the name; "the company" or "the Australian miner" is that firm
where the report describes one firm and only one in words that hold the later description's."""

from __future__ import annotations

import functools
import re

from ..actors import fold_chars
from .names import Head, chunks

COMPANY_NOUNS = frozenset({"company", "firm", "miner"})
SAME_KIND = {"company": {"company", "firm"}, "firm": {"company", "firm"}, "miner": {"miner"}}
# ", an Australian mining company", ", the gold miner", ", a Canadian firm": the description after a name (its literal comma
# first, so the pattern is tried only after commas)
DESCRIPTION = re.compile(r",\s+(?:an?|the)\s+(?P<words>(?:[A-Za-z][\w-]*\s+){0,3}?)(?P<noun>company|firm|miner)\b(?![’'-])")
NAME_REACH = 80  # characters before the comma where the described name ends


@functools.lru_cache(maxsize=64)
def companies_described(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each (name, description's folded words with its noun) for a name the text gives a company's description after;
    "mining" in a description makes the firm a miner too."""
    found: list[tuple[str, frozenset[str]]] = []
    for description in DESCRIPTION.finditer(text) if ", a" in text or ", the " in text else ():
        window = text[max(0, description.start() - NAME_REACH) : description.start()]
        named = chunks(window)
        if not named or named[-1].finish != len(window):
            continue  # "…, in 2012, a Canadian firm": no name right before the comma
        words = {fold_chars(word).lower() for word in description.group("words").split()} | {description.group("noun").lower()}
        if "mining" in words:
            words.add("miner")
        found.append((named[-1].text, frozenset(words)))
    return tuple(found)


def company_described_as(text: str, role_noun: str, at: int = -1) -> Head | None:
    """The firm the text describes in words holding the role noun's ("the company", "the Australian mining company",
    "the miner"): the one it describes so, or of two or more the one named last before `at` (where the role noun
    stands, -1 where not known: then none of them); None where it describes none."""
    words = role_noun.split()
    if not words or words[-1] not in COMPANY_NOUNS:
        return None
    qualifiers, noun = set(words[:-1]), words[-1]
    names = {name for name, described in companies_described(text) if qualifiers <= described and SAME_KIND[noun] & described}
    if len(names) > 1 and at >= 0:  # "LGL Mines SA, an Ivorian company owned by Newcrest" … "Newcrest admits …" ¶ "The company maintains"
        last = {name: text.rfind(name, 0, at) for name in names}
        latest = max(sorted(names), key=last.__getitem__)
        names = {latest} if last[latest] >= 0 else set()
    return Head(names.pop(), "", "organization") if len(names) == 1 else None
