"""A magazine sets the first letter of a story's or a section's opening paragraph as a drop cap; a copy of the page keeps
it apart from the rest of its word ('L uc Moreau was …', 'I t is not hard …', 'S hort lets are …'): the letter is joined
back to its word where the join makes a word and the split does not ('I think', 'A new', 'T cells', 'B and C' stay)."""

from __future__ import annotations

import re

# a capital alone opening a paragraph, a space, the rest of a word in lower case ('J ean-Pierre', 'I t’s'); never a
# transcript's 'Q' over its question
DROP_CAP = re.compile(r"(?:\A|(?<=\n\n))(?P<cap>[A-PR-Z]) (?P<rest>[a-z][a-zà-ÿ’'-]*)(?P<next>(?<=-)[A-Z]| [A-Z])?")
WORDS = re.compile(r"[A-Za-zÀ-ÿ][a-zà-ÿ’'-]*")
SENTENCE_END = re.compile(r"[.!?…;,:”\"’)\]]\s*$")


def _word(text: str) -> str:
    return re.split(r"[’'-]", text)[0].lower()


def _split_part_of_word(match: re.Match[str], words_elsewhere: set[str]) -> bool:
    rest_word = _word(match.group("rest"))
    if len(rest_word) == 1 and rest_word not in ("a", "i"):
        return True  # 'I t', 'I t’s', 'A s': a letter alone is no word
    if rest_word in words_elsewhere:
        return False  # 'T cells', 'B and C wards', 'I think': the rest is a word of its own
    # the joined word is one the text writes elsewhere ('S hort' under 'Short Lets'), or a given name before a surname
    # ('L uc Moreau'); 'E coli was', 'X rays showed' stay
    joined = match.group("cap").lower() + rest_word
    return joined in words_elsewhere or (match.group("next") is not None and match.group("cap") not in "AIO")


def _opens_story_or_section(text: str, start: int) -> bool:
    """Drop caps open a story or a section: no paragraph of prose (one ending on a stop) right before this one."""
    before = text[:start].rstrip()
    if not before:
        return True
    previous = before.rsplit("\n\n", 1)[-1]
    return SENTENCE_END.search(previous) is None or len(previous.split()) <= 3


def with_drop_caps_joined(text: str, inferred: list[str]) -> str:
    if DROP_CAP.search(text) is None:
        return text
    words_elsewhere = {word.lower() for word in WORDS.findall(DROP_CAP.sub(lambda match: " " + (match.group("next") or ""), text))}
    joined = 0

    def join(match: re.Match[str]) -> str:
        nonlocal joined
        if not _opens_story_or_section(text, match.start()) or not _split_part_of_word(match, words_elsewhere):
            return match.group(0)
        joined += 1
        return match.group("cap") + match.group("rest") + (match.group("next") or "")

    text = DROP_CAP.sub(join, text)
    if joined:
        inferred.append(f"{joined} drop caps set apart from their words ('L uc') joined back to them")
    return text
