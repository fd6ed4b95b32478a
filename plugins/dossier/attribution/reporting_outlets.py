"""A name the report gives only as a source of reporting: an outlet, not a person.

Stories cite a news site or a paper by its bare name ("“…,” Harbour Beat reported in 2019", "according to Schoolwire,
…", "EL WATAN of 16 January reported"): a name of one word, or one set in capitals, with no given name, that stands
only after "according to", before "reported"/"reports" or with an outlet's sign (the day of its issue, "X’s report"), and
with that sign at least once, is the outlet's, whatever kind its capitals alone would suggest.
"""

from __future__ import annotations

import re

from .given_names import listed_given_name
from .shortcuts import occurrences, whole_word_at

# the places a news outlet stands in: after "according to", before "reported" or "reports" (a reporter, a scholar or a
# firm stands there too, so these alone prove nothing), and its signs, which a person's name seldom has: the day of its
# issue after it ("EL WATAN of 16 January") or its report as a possessive ("Schoolwire’s reporting")
SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
REPORTED_AFTER = re.compile(r"\s*(?:,\s*)?(?:(?:has|had|also|first|later|previously)\s+)?report(?:ed|s)\b")
OUTLET_SIGN_AFTER = re.compile(r"\s+of\s+\d|(?:’s|'s)\s+(?:report|reporting|reports|story|article|analysis|investigation)\b")
BEFORE_REACH = 16  # characters before the name in which "according to" stands
AFTER_REACH = 40
CAPITALS_MAX_WORDS = 3  # a name in capitals of at most three words ("EL WATAN"), not a heading in capitals


def reported_only_as_an_outlet(text: str, name: str) -> bool:
    """Whether the name, one word or in capitals with no given name, stands in the text only where an outlet is cited as
    a source of reporting, and with an outlet's sign at least once ("X of 16 January", "X’s report"): "according to"
    names scholars by their surnames as often ("According to Waltz, …"), and a reporter, a scholar or a firm
    "reports" too ("Harding reported from Kyiv", "Mearsheimer reports that …")."""
    words = name.split()
    in_capitals = name.isupper() and len(words) <= CAPITALS_MAX_WORDS
    if not words or not (len(words) == 1 or in_capitals) or listed_given_name(words[0]) or not name[:1].isupper():
        return False
    reporting = False
    for at in occurrences(text, name):
        if whole_word_at(text, at, name):
            before = text[max(0, at - BEFORE_REACH) : at]
            after = text[at + len(name) : at + len(name) + AFTER_REACH]
            signed = OUTLET_SIGN_AFTER.match(after) is not None
            if not (signed or REPORTED_AFTER.match(after) or SOURCE_BEFORE.search(before)):
                return False
            reporting = reporting or signed
    return reporting
