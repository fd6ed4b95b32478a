"""The body named as the owner of a website, page, statement or report in a phrase fronted before "it states":
"On the Harbour Board website, it states: “…”", "In the Velan Ministry of Health's guidance, it says that …".

Features and explainers quote a body's published words so, with an "it" that means the medium, so its owner, not
the last place or body the story named paragraphs before ("In Norland, …" eight paragraphs up). "On its website, it
says" names no owner here: the usual reading of "it" stands.
"""

from __future__ import annotations

import re

MEDIUM_NOUNS = (
    r"website|web\s+site|web\s*page|home\s*page|online\s+portal|portal|site|page|statement|press\s+release|news\s+release|"
    r"report|guidance|guidelines|fact\s+sheet|FAQ|FAQs|policy|handbook|brochure|leaflet"
)
# the phrase opens the sentence (an adverb or a date may come first: "Today, on the …") and ends at the comma before "it"
FRONTED_MEDIUM = re.compile(
    r"(?:^|,\s+)(?:[Oo]n|[Ii]n|[Ff]rom|[Aa]ccording\s+to)\s+the\s+(?:official\s+|online\s+)?(?P<owner>[A-Za-z][^,.;:!?“”\"()]{1,80}?)"
    r"(?:[’']s)?\s+(?:official\s+|own\s+|online\s+|latest\s+)?(?:" + MEDIUM_NOUNS + r")\s*,\s*$"
)


def fronted_medium_owner(opening: str) -> str | None:
    """The owner's words in a fronted "On the X website," that ends the sentence's words before its "it" (opening), if
    it does; a name with a capital only ("the government of Manitoba" too, read as "Government of Manitoba"), never "the
    official page"."""
    if not opening.rstrip().endswith(","):
        return None
    found = FRONTED_MEDIUM.search(opening)
    if found is None:
        return None
    owner = found.group("owner").strip()
    if not any(word[:1].isupper() for word in owner.split()):
        return None  # "On the main page, it says": no one named
    return owner[:1].upper() + owner[1:]  # "the government of Manitoba": the body's name, "Government of Manitoba"
