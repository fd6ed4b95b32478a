"""A line of OCR noise in a plain text: what a scan's reader made of a smudge, a rule or a stamp ('w , ~ 7 ) . ’ _- ;. p
.. ^ 23'), pieces of punctuation and single letters with no word among them. Never the summary, a paragraph or a
heading: the importer leaves such lines out and names each in a problem line, so the user can check the page."""

from __future__ import annotations

from .importunits import Problem

NOISE_MIN_PIECES = 6  # pieces a line of noise runs to: '* * *' and a short rule are a text's own marks
NOISE_MARKS_SHARE = 0.4  # of its pieces, at least this many are marks alone ('.', '*', '-*', '/_')
NOISE_WORD_LETTERS = 3  # a piece with this many letters or more is a word: at most one in a line of noise
# a formula's or a table's marks ('f = ( a + b ) * 2', '| Ferry | 1 | 2 |'): a line whose marks are all of these is
# none; noise has others among them ('.', '_', '’-')
FORMULA_OR_TABLE_MARKS = set("=+-−*/×÷<>±()[]|")


def _letters(piece: str) -> int:
    return sum(1 for c in piece if c.isalpha())


def is_ocr_noise(line: str) -> bool:
    """Six pieces or more, two in five of them marks with no letter or figure, two or more single letters or
    figures among them (a rule of dashes, a list of numbers or a table's row of figures is none), a letter alone among
    them (figures and stops alone, '1 . 2 . 3 . 4 . 5', are a list's), at most one word, and marks other than a
    formula's or a table's among them; never a table's row set between bars ('| Ferry | 1 | 2 |')."""
    pieces = line.split()
    if len(pieces) < NOISE_MIN_PIECES or (pieces[0].startswith("|") and pieces[-1].endswith("|")):
        return False
    marks = sum(1 for piece in pieces if not any(c.isalnum() for c in piece))
    singles = sum(1 for piece in pieces if sum(1 for c in piece if c.isalnum()) == 1)
    words = sum(1 for piece in pieces if _letters(piece) >= NOISE_WORD_LETTERS)
    letters = any(_letters(piece) == 1 for piece in pieces)  # a smudge read as 'w', 'f’-'; figures and stops alone are a list's
    formula = all(set(piece) <= FORMULA_OR_TABLE_MARKS for piece in pieces if not any(c.isalnum() for c in piece))
    return marks >= NOISE_MARKS_SHARE * len(pieces) and singles >= 2 and letters and words <= 1 and not formula


def without_ocr_noise(text: str, problems: list[Problem]) -> str:
    """text with each line of OCR noise left blank (the lines keep their numbers), one problem line for each."""
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if is_ocr_noise(line):
            problems.append(Problem(number, f"{line.strip()[:60]!r}: a line of stray marks and single letters (a scan's noise) left out"))
            lines[number - 1] = ""
    return "\n".join(lines)
