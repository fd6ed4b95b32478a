"""The words a report opens a sentence with before a lower-case word ("Meaningless terms such as …"), and the words in
"-ing" it opens one with before a comma ("Sobbing, a nurse told …"), each found in one pass over the report so a rule
can ask about any number of words without reading it again for each."""

from __future__ import annotations

import re

# the look-ahead keeps the lower-case word unread, so the pass is one scan of the text
OPENING_BEFORE_LOWER = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(\S+)(?=\s+[a-z])")


def words_opening_a_sentence(text: str) -> frozenset[str]:
    """Each word that opens the text, a line, or a sentence after its stop, and is followed by a lower-case word."""
    return frozenset(match.group(1) for match in OPENING_BEFORE_LOWER.finditer(text))


# a participle alone before the comma that sets it off from the sentence's subject: "Sobbing, a nurse …", "Smiling, she …"
PARTICIPLE_BEFORE_COMMA = re.compile(r"(?:^|(?<=[.!?])\s+|\n)([A-Z][a-z]{2,}ing),\s")


def participles_opening_a_sentence(text: str) -> frozenset[str]:
    """Each word in "-ing" that opens the text, a line or a sentence, alone before a comma."""
    return frozenset(match.group(1) for match in PARTICIPLE_BEFORE_COMMA.finditer(text))
