"""A press release's "Name, Title, Unit, Organisation, said": the job title set after a name as a run of comma-separated
capitalised parts ("Ana Roe, Regional Director West Africa, Ports & Logistics, Harbourline, said"), the organisation at
its end being where the person works. The speaker is the person, not the organisation that ends the chain."""

from __future__ import annotations

import re

# the words of a post that the first part after the name must hold ("Chief Executive", "Head of Marine", "President")
POST_WORDS = frozenset(
    """chief executive officer director president vice chair chairman chairwoman chairperson head manager general
    secretary commissioner founder co-founder cofounder partner principal lead leader dean provost treasurer managing
    deputy assistant associate controller counsel adviser advisor governor chancellor superintendent coordinator
    administrator ceo cfo coo cto md chief-executive""".split()
)
# small words a post's or a unit's name runs through ("Head of Marine", "Ports & Logistics")
JOINERS = frozenset("of for and & the in de la del du van von".split())
CAPITALISED = re.compile(r"[A-Z][\w’'.&-]*|&")
# the end of a chain: two or more comma-separated parts after the name, each short, none with a sentence's stop in it
CHAIN_PART = r"[^,;:.!?“”\"()\n]{1,60}"
CHAIN_END = re.compile(r",\s+(?P<parts>" + CHAIN_PART + r"(?:,\s+" + CHAIN_PART + r")+?),?\s*$")


def _named_part(part: str, lower_posts: bool) -> bool:
    """Whether a part is a post's, a unit's or a body's name: capitalised words and small joining words only (in the
    first part a post's own words may be in lower case: "chief executive")."""
    words = part.split()
    if not words:
        return False

    def named(word: str) -> bool:
        return CAPITALISED.fullmatch(word) is not None or word in JOINERS or (lower_posts and word in POST_WORDS)

    opens = CAPITALISED.fullmatch(words[0]) is not None or (lower_posts and words[0] in POST_WORDS)
    return opens and all(named(word) for word in words)


def title_chain_start(left: str) -> int:
    """Where the chain of title parts after a name starts in the text before a verb of saying (the offset of the comma
    after the name), when the text ends on such a chain: its first part holds a post's word, every part is named in
    capitalised words, the last one the organisation; -1 where it does not."""
    if left.count(",") < 2:
        return -1
    found = CHAIN_END.search(left)
    while found is not None:
        parts = [part.strip() for part in found.group("parts").split(",")]
        first_words = {word.lower().strip("’'") for word in parts[0].split()}
        if (
            len(parts) >= 2
            and POST_WORDS.intersection(first_words)
            and _named_part(parts[0], lower_posts=True)
            and all(_named_part(part, lower_posts=False) for part in parts[1:])
        ):
            return found.start()
        found = CHAIN_END.search(left, found.start() + 1)
    return -1
