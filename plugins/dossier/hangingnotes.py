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
        if NOTES_HEADING.match(line.replace("\f", "").strip()):
            _pair(lines, index, problems, inferred)
    return "\n".join(lines)


def _pair(lines: list[str], heading: int, problems: list[Problem], inferred: list[str]) -> None:
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
        return
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
        return
    for key, (column, start) in enumerate(zip(numbers, starts, strict=True), start=1):
        lines[column] = ""
        lines[start] = f"{key}. {lines[start].strip()}"
    inferred.append(
        f"line {numbers[0] + 1}: the notes' numbers, set in a column apart from their texts, put back before each of the {len(numbers)} notes"
    )
