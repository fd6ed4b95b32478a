"""The people a report names with a title, wherever it names them: before the name ("Commissioner Lars Eide"), set in
commas before it ("the Deputy High Commissioner of Norway, Mr Lars Eide") or after it ("Lars Eide, the Minister of
Trade,"), as releases of universities, embassies and agencies introduce an official once, often as the agent of a passive
("The book was launched by …"), and then refer back by the title alone ("“…,” the Deputy High Commissioner added").

Each title's words are kept with the field after "of" ("Minister of Trade": minister, trade), so "the minister" and "the
trade minister" find the holder while "the deputy minister" does not; a Deputy Minister's "deputy" is a word the role
must name too, so "the minister", his superior, is not he."""

from __future__ import annotations

import functools
import re

from ..actors import fold_chars
from .names import COURTESY_TITLES, OFFICE_CHANGING_WORDS, PORTFOLIO_WORDS, TITLE_WORDS, chunks, head_of
from .titles import title_parts

_OFFICE = r"(?P<office>[\w’'-]+(?:\s+[\w’'-]+){0,4}?)(?:\s+(?:of|for|to|at)\s+(?P<field>(?:the\s+)?[^,.;:!?“”\"\n]{1,60}?))?"
# "the Deputy High Commissioner of Norway, " right before the name
TITLE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+" + _OFFICE + r",\s+$")
# ", the Minister of Trade" right after the name, closing the apposition or the sentence
TITLE_AFTER = re.compile(r",\s+the\s+" + _OFFICE + r"(?=\s*[,.;]|\s*$)")
REACH = 120  # characters before the name the title may start at


def _title_words(office: str, field: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of an office whose last word is a title's, with its field's, and those of its words that are
    neither a title's nor a portfolio's ("trustees" in "Trustees Chairman"): one body's office, which only a role naming
    that body means, and those that make it another office ("deputy", "vice", "junior"), which the role must name too.
    Empty where it is no title."""
    words = title_parts(fold_chars(office).lower())
    if not words or words[-1] not in TITLE_WORDS:
        return frozenset(), frozenset()
    # "deputy" in "Deputy Minister" is the holder's own too: "the minister" is his superior, not he
    own = frozenset(word for word in words if (word not in TITLE_WORDS and word not in PORTFOLIO_WORDS) or word in OFFICE_CHANGING_WORDS)
    return frozenset(words) | frozenset(fold_chars(field or "").lower().split()) - {"the"}, own


@functools.lru_cache(maxsize=32)
def titled_people(text: str) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """Each (title's folded words, the words a role must name too, full name) the text names a person in full with."""
    found: list[tuple[frozenset[str], frozenset[str], str]] = []
    for line in text.splitlines():  # a name never runs on into the next paragraph ("Mr John Davidson." ¶ "Key findings …")
        for chunk in chunks(line):
            head = head_of(chunk.text, line[: chunk.begin])
            if head is None or head.kind != "person" or " " not in head.name:
                continue
            titles: list[tuple[frozenset[str], frozenset[str]]] = []
            if head.role and head.role not in COURTESY_TITLES:
                titles.append(_title_words(head.role, None))
            before = TITLE_BEFORE.search(line, max(0, chunk.begin - REACH), chunk.begin)
            if before is not None:
                titles.append(_title_words(before.group("office"), before.group("field")))
            after = TITLE_AFTER.match(line, chunk.finish)
            if after is not None:
                titles.append(_title_words(after.group("office"), after.group("field")))
            found.extend((words, own, head.name) for words, own in titles if words)
    return tuple(found)


def sole_holder_of(text: str, role: str) -> str | None:
    """The one person the text names in full with a title that holds every word of the role ("deputy high commissioner",
    "minister") and that the role names the body of, where the title is one body's ("the trustees chairman" for "Trustees
    Chairman", never "the chairman"); None where no one or more than one does."""
    wanted = frozenset(title_parts(fold_chars(role).lower())) - {"the"}
    if not wanted:
        return None
    holders = {name for words, own, name in titled_people(text) if own <= wanted <= words}
    return holders.pop() if len(holders) == 1 else None
