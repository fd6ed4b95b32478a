"""Endnotes whose numbers a PDF set in a column of their own: pdftotext writes the column first ('Notes' / '1.' / '2.' /
'3.') and the notes' texts after it. Where the texts, line by line or paragraph by paragraph, are as many as the numbers,
each number goes back before its text ('1. Roe, Jane …'), so that the notes list reads as any other; where they are not,
the pairing is left to the user, and a problem says so. The text keeps its number of lines, so line numbers still count
as the user's editor does."""

from __future__ import annotations

import re

from .importnotes import CITATION_SIGN
from .importunits import NOTES_HEADING, Problem

BARE_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.?$")
NUMBERS_MIN = 2
CITED_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")  # a source's year, which nearly every note gives


def _cites(note: str) -> bool:
    """A note's text: a citation's signs or a source's year (an author's bio or an appendix line under the notes has none)."""
    return bool(CITATION_SIGN.search(note) or CITED_YEAR.search(note))


def notes_with_hanging_numbers(text: str, problems: list[Problem], inferred: list[str]) -> str:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if NOTES_HEADING.match(line.replace("\f", "").strip()) and not _pair(lines, index, problems, inferred):
            _numbers_over_texts(lines, index, inferred)
    return "\n".join(lines)


def _pair(lines: list[str], heading: int, problems: list[Problem], inferred: list[str]) -> bool:
    """The column of numbers under the notes' heading paired with the texts under it; False where there is no column."""
    numbers: list[int] = []  # the indexes of the column's lines, counting up from 1
    index = heading + 1
    while index < len(lines):
        stripped = lines[index].strip()
        number = BARE_NUMBER.match(stripped)
        if number and "\f" not in lines[index] and int(number.group("number")) == len(numbers) + 1:
            numbers.append(index)
        elif stripped or (not numbers and index - heading > 2):
            break
        index += 1
    if len(numbers) < NUMBERS_MIN:
        return False
    end = next((i for i in range(index, len(lines)) if "\f" in lines[i] or NOTES_HEADING.match(lines[i].strip())), len(lines))
    texts = [i for i in range(index, end) if lines[i].strip()]
    paragraphs = [i for i in texts if i == texts[0] or not lines[i - 1].strip()]
    starts = texts if len(texts) == len(numbers) else paragraphs if len(paragraphs) == len(numbers) else []
    spans = zip(starts, [*starts[1:], texts[-1] + 1], strict=True) if starts else []
    if not all(_cites(" ".join(lines[i] for i in range(start, stop))) for start, stop in spans):
        starts = []  # a text that is no note (the author's bio under the notes) would be paired with a number
    if not starts:
        problems.append(
            Problem(
                numbers[0] + 1,
                f"the notes' numbers 1-{len(numbers)} stand in a column of their own, apart from their texts (a PDF's hanging numbers), "
                "and the texts could not be paired with them: put each number before its note",
            )
        )
        return True
    for key, (column, start) in enumerate(zip(numbers, starts, strict=True), start=1):
        lines[column] = ""
        lines[start] = f"{key}. {lines[start].strip()}"
    inferred.append(
        f"line {numbers[0] + 1}: the notes' numbers, set in a column apart from their texts, put back before each of the {len(numbers)} notes"
    )
    return True


def _numbers_over_texts(lines: list[str], heading: int, inferred: list[str]) -> None:
    """Endnotes whose numbers hang in the margin at their first line's height, which pdftotext writes on a line of its own
    over the note's text: the number alone ('1'), the note's wrapped lines right under it, a blank line between notes.
    Each number, counting up from 1, goes before its note's first line ('1 Roe, Jane, …'), where there are two notes or
    more and each cites (a source's year or a citation's sign); the notes end at the first line that is neither the next
    number nor a note's line under one (the author's bio under them), or at another notes heading; a page's number at its
    foot and the page's break under it are passed over."""
    notes: list[tuple[int, int, int]] = []  # the number's line, the note's first line, and the line after its last
    page_numbers: list[int] = []
    index = heading + 1
    while index < len(lines):
        stripped = lines[index].replace("\f", "").strip()
        if NOTES_HEADING.match(stripped):
            break
        number = BARE_NUMBER.match(stripped)
        if number and notes and _page_foot(lines, index + 1):
            # the page's number at its foot, whatever its value (a note's number has its text right under it), the
            # notes going on on the next page
            page_numbers.append(index)
            stripped = ""
        if not stripped:
            index += 1
            continue
        start = index + 1
        if number is None or int(number.group("number")) != len(notes) + 1 or not _note_line(lines, start):
            break
        index = start
        while _note_line(lines, index):
            index += 1
        notes.append((start - 1, start, index))
    if len(notes) < NUMBERS_MIN or not all(_cites(" ".join(lines[start:stop])) for _, start, stop in notes):
        return
    for key, (column, start, _) in enumerate(notes, start=1):
        lines[column] = "\f" if "\f" in lines[column] else ""  # the page's break kept
        lines[start] = f"{key}. {lines[start].strip()}"
    for index in page_numbers:
        lines[index] = ""  # no note's word
    inferred.append(f"line {notes[0][0] + 1}: the notes' numbers, each on a line of its own over its note, put before each of the {len(notes)} notes")


def _page_foot(lines: list[str], index: int) -> bool:
    """Only blank lines down to the next page's first line (or the text's end): the line over `index` stands at a page's foot."""
    while index < len(lines) and not lines[index].strip() and "\f" not in lines[index]:
        index += 1
    return index == len(lines) or "\f" in lines[index]


def _note_line(lines: list[str], index: int) -> bool:
    """A line of a note's text: no blank, no bare number, no page's break."""
    return index < len(lines) and bool(lines[index].strip()) and "\f" not in lines[index] and not BARE_NUMBER.match(lines[index].strip())
