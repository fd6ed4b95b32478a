"""Listing pages of statements (a speaker's, a timeline month's) cut by weight as well as by count.

A statement can be a line or a whole column of an article: a hundred of the long ones made a timeline page of
half a megabyte. A page therefore ends at `most` statements or when its estimated weight reaches `budget`
characters, whichever comes first, so every page stays well under the site's 300 KB page target.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .kept import keep
from .model import Report, Statement

T = TypeVar("T")

# Measured on a timeline page of the 300-report archive: 1.3 KB of markup around each statement (its excerpt, meta
# line, links, filters' options), 0.6 KB around each note (its report's heading, keys, back links).
ENTRY_MARKUP = 1600
NOTE_MARKUP = 700
PAGE_BUDGET = 200_000  # characters of text and markup a listing page's statements and notes may hold: ~220 KB of HTML


def statement_weight(statement: Statement, report: Report | None) -> int:
    """About how many characters a statement adds to a listing page: its text, what it quotes, its note (listed with
    its card), and the markup around it."""
    weight = ENTRY_MARKUP + sum(len(p) for p in statement.paragraphs) + sum(len(q.text) for q in statement.quoted)
    note = report.notes.get(statement.note_key) if report is not None and statement.note_key else None
    if note is not None:
        weight += NOTE_MARKUP + len(note.text) + len(note.html)
    return weight


def split_pages(
    items: Sequence[T], weight: Callable[[T], int], most: int, budget: int = PAGE_BUDGET, first_budget: int | None = None
) -> list[list[T]]:
    """Items in order, in pages of at most `most` items and, unless one item alone exceeds it, at most `budget` of
    weight (`first_budget` for the first page, which may carry more around its list). Always at least one page."""
    pages: list[list[T]] = [[]]
    used = 0
    limit = budget if first_budget is None else first_budget
    for item in items:
        cost = weight(item)
        current = pages[-1]
        if current and (len(current) >= most or used + cost > limit):
            pages.append([])
            current, used, limit = pages[-1], 0, budget
        current.append(item)
        used += cost
    return pages


SPLITS_FILE = "page-splits.json"  # KeptSplits: how the last build split each listing into pages


class KeptSplits:
    """How the last build split each listing (a speaker's statements, a timeline month's) into pages: how many items
    each page took, under a key of what its items are made of. While the key is the same the items are the same, and
    so is the split: their weights need not be worked out (at 1,000 reports a warm build weighed 19,000 statements
    for the pages of the few speakers and months an edit touched). `basis` (the build recipe and the site's shape)
    is kept with them: another one, and every listing is split again."""

    def __init__(self, path: str, basis: str) -> None:
        self.path, self.basis = path, basis
        self._kept: dict[str, list[Any]] = {}
        self.used: dict[str, list[Any]] = {}
        self.made = 0  # listings split in this build, not taken from the last
        try:
            with open(path, encoding="utf-8") as handle:
                found = json.load(handle)
            if isinstance(found, dict) and found.get("basis") == basis and isinstance(found.get("splits"), dict):
                self._kept = found["splits"]
        except (OSError, ValueError):  # absent or damaged: every listing is split again
            pass

    def split(self, name: str, key: str, items: Sequence[T], weight: Callable[[T], int], most: int, first_budget: int | None = None) -> list[list[T]]:
        """split_pages(items, weight, most, PAGE_BUDGET, first_budget), or the last build's split of the listing `name`
        if it was made under the same key (which must say what the items, their weights, `most` and `first_budget` are)."""
        entry = self._kept.get(name)
        counts = entry[1] if isinstance(entry, list) and len(entry) == 2 and entry[0] == key else None
        if not (isinstance(counts, list) and counts and all(isinstance(n, int) and n > 0 for n in counts) and sum(counts) == len(items)):
            pages = split_pages(items, weight, most, PAGE_BUDGET, first_budget)
            counts = [len(page) for page in pages]
            self.made += 1
        else:
            pages, start = [], 0
            for count in counts:
                pages.append(list(items[start : start + count]))
                start += count
        self.used[name] = [key, counts]
        return pages

    def save(self) -> None:
        """Keep this build's splits, those of its listings only, for the next build."""
        if self.path and (self.made or set(self._kept) != set(self.used)):
            keep(self.path, json.dumps({"basis": self.basis, "splits": self.used}, sort_keys=True).encode())
