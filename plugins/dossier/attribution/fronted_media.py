"""The body named as the owner of a website, page, statement or report in a phrase fronted before "it states":
"On the Harbour Board website, it states: “…”", "In the Velan Ministry of Health's guidance, it says that …".

Features and explainers quote a body's published words so, with an "it" that means the medium, so its owner, not
the last place or body the story named paragraphs before ("In Norland, …" eight paragraphs up). "On its website, it
says" names no owner here: the usual reading of "it" stands.
"""

from __future__ import annotations

import re

# the media of a site, which "On the …" fronts ("On the Harbour Board website"); "On the EU policy, …" means "about"
SITE_NOUNS = r"website|web\s+site|web\s*page|home\s*page|online\s+portal|portal|site|page"
MEDIUM_NOUNS = (
    SITE_NOUNS + r"|statement|press\s+release|news\s+release|"
    r"report|guidance|guidelines|fact\s+sheet|FAQ|FAQs|policy|handbook|brochure|leaflet"
)
MEDIUM_WORDS = frozenset(MEDIUM_NOUNS.replace(r"\s*", " ").replace(r"\s+", " ").replace("|", " ").lower().split())


# the phrase opens the sentence (an adverb or a date may come first: "Today, on the …") and ends at the comma before "it"
def owned_medium(nouns: str) -> str:
    """ "the <owner> <medium noun>," up to the comma before "it", the medium one of nouns."""
    return (
        r"\s+the\s+(?:official\s+|online\s+)?(?P<owner>[A-Za-z][^,.;:!?“”\"()]{1,80}?)"
        r"(?:[’']s)?\s+(?:official\s+|own\s+|online\s+|latest\s+)?(?:" + nouns + r")\s*,\s*$"
    )


FRONTED_MEDIUM = re.compile(r"(?:^|,\s+)(?:[Ii]n|[Ff]rom|[Aa]ccording\s+to)" + owned_medium(MEDIUM_NOUNS))
FRONTED_SITE = re.compile(r"(?:^|,\s+)[Oo]n" + owned_medium(SITE_NOUNS))
# the lower-case words a body's name may hold between its capitalised ones ("Ministry of Health", "Bank for Trade")
NAME_JOINERS = frozenset({"of", "for", "the", "de", "du", "la"})


def fronted_medium_owner(opening: str) -> str | None:
    """The owner's words in a fronted "On the X website," that ends the sentence's words before its "it" (opening), if
    it does: its capitalised words, less the adjectives before them ("the leaked Harbour Board report": "Harbour Board");
    "the government of Manitoba" too, read as "Government of Manitoba"; never "the official page", nor two owners ("the
    Harbour Board and Vestland Council report") or a medium about another body ("the Harbour Board report on …")."""
    if not opening.rstrip().endswith(","):
        return None
    found = FRONTED_MEDIUM.search(opening) or FRONTED_SITE.search(opening)
    if found is None:
        return None
    owner = found.group("owner").strip()
    words = owner.split()
    if len(words) >= 3 and words[0].islower() and words[1] == "of" and words[2][:1].isupper():
        return owner[:1].upper() + owner[1:]  # "the government of Manitoba": the body's name, "Government of Manitoba"
    while words and not words[0][:1].isupper():
        words = words[1:]  # "the leaked …", "the new …": an adjective, no part of the name
    if len(words) >= 2 and words[-1].islower() and words[-2].endswith(("’s", "'s")):
        words = words[:-1]  # "the Harbour Board's annual report": the owner's adjective for the medium
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    if not words:
        return None  # "On the main page, it says": no one named
    if any(word.lower() in MEDIUM_WORDS or (word.islower() and word not in NAME_JOINERS) for word in words):
        return None  # "the Harbour Board and Vestland Council report", "the Harbour Board report on Vestland Council's policy"
    return " ".join(words)
