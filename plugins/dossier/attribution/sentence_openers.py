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


# a sentence's start: the text's, a line's, or after a stop, a closing quote mark allowed after it ("… said “no.” Sobbing, …")
SENTENCE_START = r"(?:^|(?<=[.!?])\s+|(?<=[.!?][”’\"'])\s+|\n)"

# a participle alone before the comma that sets it off from the sentence's unnamed subject: "Sobbing, a nurse …",
# "Smiling, she …"; the words after the subject up to the next stop or comma, and what follows that comma
PARTICIPLE_BEFORE_COMMA = re.compile(
    SENTENCE_START + r"([A-Z][a-z]{2,}ing),\s+(?=(he|she|they|we|I|you|a|an|the|one|two|three|some|many|several)\b([^,.;:!?“”\"\n]*)(,\s*[a-z]+)?)"
)

# a clause after a comma that does not close an apposition: "Sobbing, a nurse told the board, who …"
CLAUSE_WORDS = frozenset({"who", "which", "that", "and", "but", "as", "while", "when", "because", "although", "then", "so"})

PRONOUNS = frozenset({"he", "she", "they", "we", "I", "you"})


def participles_opening_a_sentence(text: str) -> frozenset[str]:
    """Each word in "-ing" that opens the text, a line or a sentence, alone before a comma and the sentence's unnamed
    subject ("Sobbing, a stallholder begged", "Smiling, she told"), and that nothing in the text shows to be a name: not
    one before an apposition and its verb ("Fleming, a nurse at the clinic, said"), unless the text writes the word in
    lower case too; never one the text writes with a capital inside a sentence ("… said Fleming", "“…,” Fleming said")."""
    found: set[str] = set()
    appositions: set[str] = set()
    for match in PARTICIPLE_BEFORE_COMMA.finditer(text):
        word, subject, after = match.group(1), match.group(2), match.group(4)
        if subject not in PRONOUNS and after and after.lstrip(", \n") not in CLAUSE_WORDS:
            appositions.add(word)  # "Fleming, a nurse in Rova, smiled": a name and its description, or a participle
        else:
            found.add(word)
    participles = set()
    for word in found | appositions:
        if word in appositions and word not in found and not re.search(rf"\b{word.lower()}\b", text):
            continue
        if written_inside_a_sentence(text, word):
            continue
        participles.add(word)
    return frozenset(participles)


def written_inside_a_sentence(text: str, word: str) -> bool:
    """Whether the text writes the capitalised word after a word or a comma of its sentence: a name's use."""
    for match in re.finditer(rf"\b{word}\b", text):
        before = text[max(0, match.start() - 12) : match.start()].rstrip(" \t")  # a few characters: no copy of the text
        if not before or before.endswith("\n"):
            continue
        before = before.rstrip("”’\"'")
        if before and before[-1] not in ".!?\n":
            return True
    return False
