"""A magazine sets a paragraph's first letter as a drop cap; a copy of the page keeps it apart from the rest of its word
('L uc Moreau was …', 'I t is not hard …', 'S hort lets are …'): the letter is joined back to its word, where the join
makes a word and the split does not ('I think', 'A new' stay)."""

from __future__ import annotations

import re

# a capital alone opening a paragraph, a space, the rest of a word in lower case ('J ean-François', 'I t’s'); never a
# transcript's 'Q' over its question
DROP_CAP = re.compile(r"(?:\A|(?<=\n\n))(?P<cap>[A-PR-Z]) (?P<rest>[a-z][a-zà-ÿ’'-]*)")
WORDS = re.compile(r"[A-Za-zÀ-ÿ][a-zà-ÿ’'-]*")
ONE_LETTER_WORDS = {"A", "I", "O"}  # a capital that is a word alone: joined only where its text writes the whole word elsewhere


def _split_part_of_word(cap: str, rest: str, words: set[str]) -> bool:
    if cap not in ONE_LETTER_WORDS:
        return True  # 'L uc', 'S hort': no word of one capital letter but these
    rest_word = re.split(r"[’'-]", rest)[0]
    if len(rest_word) == 1 and rest_word not in ("a", "i"):
        return True  # 'I t', 'I t’s', 'A s': a letter alone is no word
    return (cap + rest).lower() in words and rest.lower() not in words


def with_drop_caps_joined(text: str, inferred: list[str]) -> str:
    if DROP_CAP.search(text) is None:
        return text
    words = {word.lower() for word in WORDS.findall(text)}
    joined = 0

    def join(match: re.Match[str]) -> str:
        nonlocal joined
        if not _split_part_of_word(match.group("cap"), match.group("rest"), words):
            return match.group(0)
        joined += 1
        return match.group("cap") + match.group("rest")

    text = DROP_CAP.sub(join, text)
    if joined:
        inferred.append(f"{joined} drop caps set apart from their words ('L uc') joined back to them")
    return text
