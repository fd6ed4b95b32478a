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
    administrator ceo cfo coo cto md chief-executive spokesperson spokesman spokeswoman representative economist analyst
    professor""".split()
)
# small words a post's or a unit's name runs through ("Head of Marine", "Ports & Logistics")
JOINERS = frozenset("of for and & the in de la del du van von".split())
CAPITALISED = re.compile(r"[A-Z][\w’'.&-]*|&")
# a part of a chain: short, with no sentence's stop in it (the parts are the text's comma-separated pieces, each after
# ", "); a chain is two or more such parts at the end of the text before the verb
CHAIN_PART = re.compile(r"[^,;:.!?“”\"()\n]{1,60}")


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
    capitalised words, the last one the organisation; -1 where it does not. The text's comma-separated pieces are read
    once from the end, so a long run of commas is linear."""
    if left.count(",") < 2:
        return -1
    body = left.rstrip()
    body = body[:-1] if body.endswith(",") else body
    commas = [at for at, char in enumerate(body) if char == ","]
    # walking back from the last part: the parts after each comma, while each is a chain's part; `later_named` says
    # whether every part after the current one is named
    later_named = True
    end = len(body)
    start = -1
    for index in range(len(commas) - 1, -1, -1):
        comma = commas[index]
        piece = body[comma + 1 : end]
        if not piece[:1].isspace() or CHAIN_PART.fullmatch(piece.lstrip()) is None:
            break
        part = piece.strip()
        if index < len(commas) - 1:  # two or more parts from this comma to the end
            first_words = {word.lower().strip("’'") for word in part.split()}
            if POST_WORDS.intersection(first_words) and _named_part(part, lower_posts=True) and later_named:
                start = comma  # the chain that starts furthest back, as the pattern read from the left found it
        later_named = later_named and _named_part(part, lower_posts=False)
        end = comma
    return start
