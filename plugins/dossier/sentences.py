"""Sentence boundaries in report prose: a full stop after an initial or an abbreviation does not end a sentence."""

from __future__ import annotations

import bisect
import functools
import re

# the titles written short before a name ("Mr. Kalin", "Col. Dmytro Kashchenko", "Pvt. Ivan Sichkar")
TITLE_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|Gen|Lt|Col|St|Sgt|Pvt|Cpl|Capt|Maj|Adm|Brig|Prof|Rep|Sen|Gov|Amb|Rev|Hon|Engr|Supt|Insp|Cdr|Atty"
ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\bvs|\bNo|\bi\.e|\be\.g"
    r"|\b(?:" + TITLE_ABBREVIATIONS + r")"
    r"|\bhon"  # a parliament's record's lower-case style: "the right hon. Gentleman", "my hon. Friend"
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$"
)  # "on Feb. 13" is one sentence


ABBREVIATION_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")  # all a match is made of
# what a match holds between its last stop and the one before it (or "\b"), where that is no single letter
ABBREVIATION_WORDS = frozenset(["vs", "No", "hon", *TITLE_ABBREVIATIONS.split("|"), *"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()])


def ends_with_abbreviation(text: str, end: int) -> bool:
    """Whether text[:end] ends with an abbreviation's full stop; only the tail is looked at, so long texts stay cheap.

    A match is made of ASCII letters and full stops only, and ends with a full stop at the end of the tail (or before
    a newline that ends it): it lies in the tail's last run of such characters, so only that run is searched."""
    tail = text[max(0, end - 40) : end]
    last = len(tail) - 1 if tail.endswith(".") else len(tail) - 2 if tail.endswith(".\n") else -1
    if last < 0:
        return False
    start = last
    while start > 0 and tail[start - 1] in ABBREVIATION_CHARACTERS:
        start -= 1
    # each branch ends with one letter or one of those words, after a stop or where the run starts ("\b"): most
    # sentences end with another word ("said."), and the pattern is tried only where it could match
    word = tail[max(start, tail.rfind(".", start, last) + 1) : last]
    if len(word) != 1 and word not in ABBREVIATION_WORDS:
        return False
    return ABBREVIATION.search(tail, start) is not None


def after_last_sentence_end(text: str, start: int, end: int) -> int:
    """Where the last sentence that text[start:end] holds starts: after its last full stop, question or exclamation
    mark before a space that is no abbreviation's ("Northport College. Press" holds "Press"; "Dr. Ada Lind" all of it)."""
    for at in range(end - 2, start - 1, -1):
        if text[at] in ".!?" and text[at + 1].isspace() and not ends_with_abbreviation(text, at + 1):
            return at + 2
    return start


SENTENCE_MAX = 2000  # characters: a longer "sentence" is cut, so that long paragraphs stay linear to read
SENTENCE_MARKS = ".!?…"
# a sentence may open on a quotation mark: English "“" or '"', a French "«" (or its inner "‹") and the space after it,
# or a German or Nordic "„" or "»" (set close: a French closing "»" stands after a space), or two apostrophes, the double
# mark of a news archive's plain text (''Personally, …'')
_OPENING_MARK = r"(?:''|[\"“'‘(\[„»]|[«‹]\s?)?"
_START_AFTER_MARK = r"\s+(?=" + _OPENING_MARK + r"[A-Z0-9_])"
_END_AFTER_MARK = r"(?=\s+" + _OPENING_MARK + r"[A-Z0-9_]|\s*$)"
_START = re.compile(r"[.!?…]" + _START_AFTER_MARK)
_END = re.compile(r"[.!?…]" + _END_AFTER_MARK)
# each mark's own pattern: re finds one character by its fast literal search, several times cheaper than a class
# tried at every character; a match is a mark and what follows it, which holds no mark, so the matches never overlap
_START_BY_MARK = [(mark, re.compile(re.escape(mark) + _START_AFTER_MARK)) for mark in SENTENCE_MARKS]
_END_BY_MARK = [(mark, re.compile(re.escape(mark) + _END_AFTER_MARK)) for mark in SENTENCE_MARKS]


# a sentence mark's full stop is asked about again for each quote of its paragraph: each answer kept a while
_abbreviated = functools.lru_cache(maxsize=4096)(ends_with_abbreviation)


@functools.lru_cache(maxsize=64)
def _start_matches(masked: str) -> tuple[list[int], list[int]]:
    """Where each _START match of the whole text ends, and where it starts (both in order): a paragraph's sentences
    are looked up again for each quote in it."""
    found = sorted(match.span() for mark, pattern in _START_BY_MARK if mark in masked for match in pattern.finditer(masked))
    return [end for _, end in found], [start for start, _ in found]


@functools.lru_cache(maxsize=64)
def _end_marks(masked: str) -> list[int]:
    """Where each _END match of the whole text stands, in order."""
    return sorted(match.start() for mark, pattern in _END_BY_MARK if mark in masked for match in pattern.finditer(masked))


def sentence_start(masked: str, position: int) -> int:
    """Where the sentence holding position starts (a full stop after a single initial does not end it).

    The last _START match that ends at or before position and starts at or after the floor: the same as the matches of
    the text from the floor to three characters past position (the look-ahead must see what stands at position: a
    sentence may begin with the quote itself, 'said. “…' or "said. ''…"), as a match's look-ahead reads up to three characters past
    its end, and the white space a match may run over the floor with starts none."""
    floor = max(0, position - SENTENCE_MAX)
    ends, starts = _start_matches(masked)
    index = bisect.bisect_right(ends, position)
    while index > 0 and starts[index - 1] >= floor:
        index -= 1
        if not _abbreviated(masked, starts[index] + 1):
            return ends[index]
    return floor


def sentence_end(masked: str, position: int) -> int:
    """Where the sentence holding position ends: after the first _END match of the text from position to the ceiling
    that is no abbreviation's stop.

    Those are the whole text's matches from position on; where the ceiling cuts the text, each is checked against the
    cut text (its look-ahead may need what lies past the ceiling), and the last mark before the ceiling with only
    spaces after it is one too (the cut text's end lets the look-ahead's "\\s*$" take it)."""
    ceiling = min(len(masked), position + SENTENCE_MAX)
    cut = ceiling < len(masked)
    marks = _end_marks(masked)
    index = bisect.bisect_left(marks, position)
    while index < len(marks) and marks[index] < ceiling:
        at = marks[index]
        if (not cut or _END.match(masked, at, ceiling)) and not _abbreviated(masked, at + 1):
            return at + 1
        index += 1
    if cut:
        last = len(masked[:ceiling].rstrip()) - 1  # the last character before the ceiling that is not a space
        if last >= position and masked[last] in ".!?…" and not _abbreviated(masked, last + 1):
            return last + 1
    return ceiling


def sentence_end_before(masked: str, position: int, stop: int) -> int:
    """sentence_end(masked[:stop], position), read from the whole text's marks: a paragraph's sentences up to a quote are
    read where the quoting pass reads them, with no copy of the text to find their marks in again.

    A mark of the cut text is one of the whole text's whose look-ahead also holds with the text ending at stop, or the
    last mark before stop with only spaces after it (its "\\s*$" holds only in the cut text): no mark of the whole text
    stands between that one and stop, so it is tried last."""
    if stop >= len(masked):
        return sentence_end(masked, position)
    ceiling = min(stop, position + SENTENCE_MAX)
    cut = ceiling < stop

    def ends_sentence(at: int) -> bool:
        return bool(_END.match(masked, at, stop)) and (not cut or bool(_END.match(masked, at, ceiling))) and not _abbreviated(masked, at + 1)

    marks = _end_marks(masked)
    index = bisect.bisect_left(marks, position)
    while index < len(marks) and marks[index] < ceiling:
        if ends_sentence(marks[index]):
            return marks[index] + 1
        index += 1
    trailing = stop - 1
    while trailing >= position and masked[trailing].isspace():
        trailing -= 1
    if position <= trailing < ceiling and masked[trailing] in SENTENCE_MARKS and ends_sentence(trailing):
        return trailing + 1
    if cut:
        last = len(masked[:ceiling].rstrip()) - 1
        if last >= position and masked[last] in SENTENCE_MARKS and not _abbreviated(masked, last + 1):
            return last + 1
    return ceiling
