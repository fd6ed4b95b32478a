"""A quotation named as someone's reply right after it: "“…,” was the reply from Ana Roe.", "“…,” came the answer
from harbour supervisor Ana Roe", "“…,” was Ana Roe's response", "“…,” was his curt reply".

News and features put the one who answers after the words with a noun of answering instead of a verb of saying; the
words are that person's (or body's). A reply "from a supervisor" or "from one of the managers" names nobody and is
left to nobody: the name must end the phrase after "from", with nothing but a title's words before it
("from Harbour Board supervisor Ana Roe"), not the body of an unnamed person ("from a Harbour Board supervisor").
"""

from __future__ import annotations

import re

from .names import CHUNK

ANSWER_NOUNS = r"response|reply|answer|retort|rejoinder|riposte"  # one's words given back to a question (the sieves share them)
_REPLY_NOUN = (
    r"(?:(?:curt|terse|short|brief|blunt|swift|quick|only|official|firm|sharp|simple|stock|standard|immediate|angry)\s+)?"
    r"(?P<noun>" + ANSWER_NOUNS + r")"
)
_IS = r"[\s,]*(?P<verb>was|came|is|comes)\s+"
# "was the reply from supervisor Ana Roe": title words before the name, no article, number or preposition among them
_TITLE_WORD = r"(?!(?:an?|one|another|some|several|two|three|of|at|in|for|with|by|from|on|to|and|or)\s)[\w’'.-]+\s+"
_GRAMMAR_WORD = r"(?:of|at|in|for|with|by|from|on|to|and|or|as|when|after|before|while|who|whose|which|the|an?)\b"
# the whole name, and the last one of the phrase: no capital, nor title words and a capital, right after it
_LAST_NAME_OF_PHRASE = r"(?![\w’'-]|\s+[A-Z]|\s+(?:(?!" + _GRAMMAR_WORD + r")[a-z][\w’'-]*\s+){1,3}[A-Z])"
REPLY_FROM = re.compile(
    _IS
    + r"the\s+"
    + _REPLY_NOUN
    + r"\s+(?:from|of)\s+(?:the\s+)?(?P<title>(?:"
    + _TITLE_WORD
    + r"){0,4}?)(?P<who>"
    + CHUNK.pattern
    + r")"
    + _LAST_NAME_OF_PHRASE
)
# "was the reply from the mayor, Jonas Pelt.": a role in lower case, then the name closing the sentence
REPLY_FROM_ROLE_THEN_NAME = re.compile(
    _IS
    + r"the\s+"
    + _REPLY_NOUN
    + r"\s+(?:from|of)\s+the\s+(?P<title>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}),\s+(?P<who>"
    + CHUNK.pattern
    + r")(?=\s*(?:[.;!?]|$))"
)
# another name joined to the one after "from": "the reply from Jonas Pelt and Mara Keel" is two people's, left to nobody
_ANOTHER_NAME_JOINED = re.compile(r"\s*(?:,|\s(?:and|or|&))\s+(?:the\s+)?[A-Z]")
# the name ends the noun phrase: not "from Harbour Board supervisors" nor "the Harbour Board press office"
_PHRASE_GOES_ON = re.compile(r"[’']s\b|\s+(?!" + _GRAMMAR_WORD + r")[a-z]")
OWNERS_REPLY = re.compile(_IS + r"(?P<who>" + CHUNK.pattern + r")[’']s\s+" + _REPLY_NOUN + r"\b")
PRONOUNS_REPLY = re.compile(_IS + r"(?P<pronoun>his|her)\s+" + _REPLY_NOUN + r"\b")


def reply_after(after: str) -> re.Match[str] | None:
    """The reply's clause right after a quote's closing mark, with its `who` (a name) or `pronoun` (his, her) and its
    `noun`, if the text after the quote opens with one."""
    if "the " not in after[:24] and "’s " not in after[:80] and "'s " not in after[:80] and " his " not in after[:16] and " her " not in after[:16]:
        return None  # a cheap gate: most quotes are followed by no such clause
    for pattern in (REPLY_FROM, REPLY_FROM_ROLE_THEN_NAME, OWNERS_REPLY, PRONOUNS_REPLY):
        found = pattern.match(after)
        if found is None:
            continue
        if pattern is REPLY_FROM and _PHRASE_GOES_ON.match(after, found.end()):
            return None  # "from a Harbour Board supervisor", "from Harbour Board staff": the name is no one's own
        if pattern is not PRONOUNS_REPLY and _ANOTHER_NAME_JOINED.match(after, found.end()):
            return None  # "from Jonas Pelt and Mara Keel": two people's reply, neither's alone
        return found
    return None
