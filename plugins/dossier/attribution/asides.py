"""The narrative a feature adds after a speaker's statement, before a paragraph of more quotation ("“…,” he said, lighting
a cigarette. The risks of smoking, he shrugged, were no longer a concern." / "“They cannot just …”"): sentences about the
speaker, whose subject is 'he', 'she' or the speaker's name, keep the thread to the quotation under them."""

from __future__ import annotations

import re

from ..sentences import sentence_end

ASIDE_SENTENCES_MAX = 2  # "He looked away.", "Mensah lit a cigarette. He had not worked in a year.": a stage direction is short
ASIDE_WORDS_MAX = 30
# an adverb or a conjunction before the subject: "Then he looked away.", "Later, she shrugged."
ASIDE_OPENER = r"(?:(?:[Tt]hen|[Ll]ater|[Aa]nd|[Bb]ut|[Ss]till|[Nn]ow|[Aa]gain|[Ss]oon|[Mm]oments\s+later),?\s+)?"
# "He looked away.", "She shrugged, …", "The risks of smoking, he shrugged, were …" ('he' in a clause set off by commas)
OPENER = re.compile(ASIDE_OPENER)
NAME_THEN_VERB = re.compile(r"\s+(?!and\b|or\b)[a-z]")
PRONOUN_SUBJECT = re.compile(r"(?:^" + ASIDE_OPENER + r"|,\s+)(?P<pronoun>[Hh]e|[Ss]he)\s+(?!and\b|or\b)[a-z]")


def aside_pronouns(tail: str, names: tuple[str, ...]) -> list[str] | None:
    """The pronouns ('he', 'she') the sentences of the tail have as subjects, where each is about one person: 'he' or
    'she' its subject, or one of the speaker's names (full, surname) opening it before a verb in lower case ("Mensah lit a
    cigarette."); None where a sentence is about anyone or anything else, quotes words, or the tail is longer than a stage
    direction."""
    tail = tail.strip()
    if not tail or any(mark in tail for mark in ('"', "“", "‘", "«", "_")):
        return None  # a quotation after the statement: its own speaker's
    pronouns: list[str] = []
    done = 0
    for _ in range(ASIDE_SENTENCES_MAX):
        end = sentence_end(tail, done)
        sentence = tail[done:end].strip()
        if len(sentence.split()) > ASIDE_WORDS_MAX:
            return None
        subject = PRONOUN_SUBJECT.search(sentence)
        if subject is not None:
            pronouns.append(subject.group("pronoun").lower())
        elif not opens_with_name(sentence, names):
            return None
        done = end
        if not tail[done:].strip():
            return pronouns
    return None


def opens_with_name(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether one of the names, after an opener, opens the sentence before a verb in lower case ("Then Mensah lit …")."""
    opener = OPENER.match(sentence)
    at = opener.end() if opener else 0
    return any(name and sentence.startswith(name, at) and NAME_THEN_VERB.match(sentence, at + len(name)) for name in names)
