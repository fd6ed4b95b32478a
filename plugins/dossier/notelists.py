"""Note markers that cite several notes at once: "[12,13]", "[12, 14]", "[12-14]", "[3–5, 9]".

An academic essay or a blog post copied with its numbered references cites two or more in one pair of brackets.
Each listed number is read as its own marker ("[12][13]") when every one of them is a note the export defines, so a
bracketed range of years or of pages in the text ("[1990-1995]", "[pp. 4-6]") is never taken for one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .importunits import Unit

NOTE_LIST = re.compile(r"\[(?P<list>\d{1,3}(?:\s*(?:,|[-–]|,\s*)\s*\d{1,3})+)\]")
RANGE_MAX = 20  # "[1-200]" is no list of notes


def _keys(listed: str) -> list[str]:
    keys: list[str] = []
    for part in re.split(r"\s*,\s*", listed):
        ends = re.split(r"\s*[-–]\s*", part)
        if len(ends) == 1:
            keys.append(ends[0])
            continue
        first, last = int(ends[0]), int(ends[-1])
        if len(ends) != 2 or not first < last <= first + RANGE_MAX:
            return []
        keys += [str(n) for n in range(first, last + 1)]
    return keys


def _expanded(text: str, note_keys: set[str], line: int, inferred: list[str]) -> str:
    def expand(match: re.Match[str]) -> str:
        keys = _keys(match.group("list"))
        if not keys or not set(keys) <= note_keys:
            return match.group(0)
        inferred.append(f"line {line}: {match.group(0)!r} read as the notes {', '.join(keys)}")
        return "".join(f"[{key}]" for key in keys)

    return NOTE_LIST.sub(expand, text) if "[" in text else text


def expand_note_lists(body: list[Unit], note_keys: set[str], inferred: list[str]) -> None:
    """ "[12,13]" → "[12][13]" in the body's plain text when 12 and 13 are both defined notes."""
    for unit in body:
        if unit.data.get("markdown"):
            continue
        unit.text = _expanded(unit.text, note_keys, unit.line, inferred)
        if isinstance(unit.data.get("caption"), str):
            unit.data["caption"] = _expanded(unit.data["caption"], note_keys, unit.line, inferred)
