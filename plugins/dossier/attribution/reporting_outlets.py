"""A name the report gives only as a source of reporting: an outlet, not a person.

Stories cite a news site or a paper by its bare name ("“…,” Harbour Beat reported in 2019", "according to Schoolwire,
…", "EL WATAN of 16 January reported"): a name of one word, or one set in capitals, with no given name, that never
stands anywhere else in the report (never after a given name or a title, never as a sentence's "X said") is the outlet's,
whatever kind its capitals alone would suggest.
"""

from __future__ import annotations

import re

from .given_names import listed_given_name
from .shortcuts import whole_word_at

# the places a news outlet stands in and a person seldom does: after "according to", before "reported" or "reports", before
# the day of its issue ("EL WATAN of 16 January"), before its report as a possessive ("Schoolwire’s reporting")
SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
SOURCE_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:has|had|also|first|later|previously)\s+)?report(?:ed|s)\b"
    r"|\s+of\s+\d"
    r"|(?:’s|'s)\s+(?:report|reporting|reports|story|article|analysis|investigation)\b"
)
BEFORE_REACH = 16  # characters before the name in which "according to" stands
AFTER_REACH = 40
CAPITALS_MAX_WORDS = 3  # a name in capitals of at most three words ("EL WATAN"), not a heading in capitals


def reported_only_as_an_outlet(text: str, name: str) -> bool:
    """Whether the name, one word or in capitals with no given name, stands in the text only where an outlet is cited as
    a source of reporting, and reporting at least once ("X reported", "X of 16 January"): "according to" alone names
    scholars by their surnames as often ("According to Waltz, …")."""
    words = name.split()
    in_capitals = name.isupper() and len(words) <= CAPITALS_MAX_WORDS
    if not words or not (len(words) == 1 or in_capitals) or listed_given_name(words[0]) or not name[:1].isupper():
        return False
    reporting = False
    at = text.find(name)
    while at >= 0:
        if whole_word_at(text, at, name):
            before = text[max(0, at - BEFORE_REACH) : at]
            after = text[at + len(name) : at + len(name) + AFTER_REACH]
            reports = SOURCE_AFTER.match(after) is not None
            if not (reports or SOURCE_BEFORE.search(before)):
                return False
            reporting = reporting or reports
        at = text.find(name, at + 1)
    return reporting
