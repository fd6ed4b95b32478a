"""Plain string work in place of a regular expression made for one name.

Each function here finds what the expression it replaces finds (its docstring writes the expression), without
compiling an expression for each name a report brings; tests/test_attribution_speed.py compares the two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dates import SPECIAL_CASE_CHARACTERS


def _spaces_end(text: str, position: int) -> int:
    """The end of the run of spaces (re's \\s) that starts at position."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def after_spaces(text: str, position: int = 0) -> str:
    """The character after the run of spaces (re's \\s) that starts at position; "" where no space starts there, or
    only spaces follow. A gate for a pattern matched there that opens with "\\s+" and a word: the word's first letter."""
    if not text[position : position + 1].isspace():
        return ""
    end = _spaces_end(text, position + 1)
    return text[end : end + 1]


def named_first(gap: str, word: str) -> bool:
    """Whether `re.match(r"\\s*,?\\s*(?:the\\s+)?" + re.escape(word), gap)` matches, for a word with no space in it
    (a token of str.split()).

    The word starts with no space, so it can stand only where the spaces end: after the leading spaces, or after
    a comma there and the spaces after it; "the" likewise, with the word after the spaces that follow it."""
    first = _spaces_end(gap, 0)
    starts = [first]
    if gap.startswith(",", first):
        starts.append(_spaces_end(gap, first + 1))
    for start in starts:
        if gap.startswith(word, start):
            return True
        if gap.startswith("the", start):
            after = _spaces_end(gap, start + 3)
            if after > start + 3 and gap.startswith(word, after):
                return True
    return False


def is_word_char(char: str) -> bool:
    """Whether re's \\w (Unicode) matches the character; "" (before the text or past it) is no word character."""
    return char.isalnum() or char == "_"


def occurrences(text: str, word: str, start: int = 0) -> Iterator[int]:
    """Every place str.find finds the word from `start`, overlapping ones too."""
    at = text.find(word, start)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def whole_word_at(text: str, at: int, word: str) -> bool:
    """Whether word, found at `at` in text, stands there whole: no word character (re's \\w) touches either end."""
    return not is_word_char(text[at - 1 : at] if at else "") and not is_word_char(text[at + len(word) : at + len(word) + 1])


def whole_word_in(text: str, word: str) -> bool:
    """Whether `re.search(r"\\b" + re.escape(word) + r"\\b", text)` matches, for a word of one character or more.

    \\b stands between a word character and another character (or the text's end): the word's first and last
    characters are known, so each place str.find gives needs only the characters on either side of it."""
    first, last = is_word_char(word[0]), is_word_char(word[-1])
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if is_word_char(text[at - 1 : at] if at else "") != first and is_word_char(text[end : end + 1]) != last:
            return True
        at = text.find(word, at + 1)
    return False


def is_name_char(char: str) -> bool:
    """Whether re's class [\\w’'-] matches the character: a word character, an apostrophe or a hyphen."""
    return is_word_char(char) or char in "’'-"


def capitalised_word_before(text: str, at: int) -> str:
    """Group 1 of `re.search(r"(?<![\\w’'-])([A-Z][\\w’'-]+)\\s+$", text[:at])`, or "" where it finds none: the run of
    [\\w’'-] before the spaces (re's \\s) that end at `at`, where it opens on a capital A-Z and is two characters long
    or more. Where `(?<![\\w’'-])([A-Z][\\w’'-]+)\\s+` and a word match with the word at `at`, this is their group 1."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and is_name_char(text[start - 1]):
        start -= 1
    if end == at or end - start < 2 or not "A" <= text[start] <= "Z":
        return ""
    return text[start:end]


def holds_any(text: str, characters: str) -> bool:
    """Whether `re.search("[" + characters + "]", text)` finds one, for characters with no special meaning in a class.

    Each character is looked for with `in`, which answers at once where the text is stored in narrower characters."""
    return any(character in text for character in characters)


def may_hold_any(text: str, words: tuple[str, ...]) -> bool:
    """False only where `re.search("|".join(words), text, re.I)` finds nothing, for words in lower case: where the text
    has none of the characters str.lower and re.IGNORECASE read apart, its lower case holds one of the words wherever
    re.I finds one (a gate before a case-insensitive pattern that needs one of the words: `in` finds a word at once,
    re tries the pattern at each letter)."""
    if holds_any(text, SPECIAL_CASE_CHARACTERS):
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


_RUN_THEN_SPACES = re.compile(r"[\w’'.&-]*\s+")
_CAPITAL_AT_WORD_START = re.compile(r"[A-Z](?<!\w[A-Z])")


def names_ending_in_pattern(word: str) -> str:
    """What names_ending_in finds, as a pattern."""
    return r"\b([A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}\s+(?i:" + re.escape(word) + r"))\b"


def names_ending_in(text: str, word: str) -> list[tuple[int, int]]:
    """The spans of group 1 of `re.finditer(names_ending_in_pattern(word), text)`: one to four
    capitalised words and the word in any case ("The Tasnim" for "tasnim"), without compiling a pattern for the word
    (the compilation cost more than the rest of a report's reading of outlets).

    For a word of ASCII word characters in a text whose lower case keeps its length and has none of the characters
    str.lower and re.IGNORECASE read apart; else the pattern. The word stands where the lower case has it after a space
    and before no word character. A match's first word starts at a capital after no word character, at most four runs
    of non-spaces before the word; from there each run up to the spaces after it, and the next run, is read as re reads
    the pattern: up to three more capitalised runs, and of the places the word stands after one of them, the last."""
    lowered = text.lower()
    if not (word.isascii() and all(map(is_word_char, word))) or len(lowered) != len(text) or holds_any(text, SPECIAL_CASE_CHARACTERS):
        return [match.span(1) for match in re.finditer(names_ending_in_pattern(word), text)]
    stands: set[int] = set()
    at = lowered.find(word)
    while at >= 0:
        if at and text[at - 1].isspace() and not is_word_char(text[at + len(word) : at + len(word) + 1]):
            stands.add(at)
        at = lowered.find(word, at + 1)
    starts: set[int] = set()
    for stand in stands:
        begin = stand
        for _ in range(4):  # four runs of non-spaces back
            while begin and text[begin - 1].isspace():
                begin -= 1
            while begin and not text[begin - 1].isspace():
                begin -= 1
        starts.update(match.start() for match in _CAPITAL_AT_WORD_START.finditer(text, begin, stand + 1))
    found: list[tuple[int, int]] = []
    for start in sorted(starts):
        if found and start < found[-1][1]:
            continue
        position, last = start, -1
        for runs in range(1, 5):
            run = _RUN_THEN_SPACES.match(text, position)
            if run is None:
                break
            position = run.end()
            if position in stands:
                last = position
            if runs == 4 or not "A" <= text[position : position + 1] <= "Z":
                break
        if last >= 0:
            found.append((start, last + len(word)))
    return found
