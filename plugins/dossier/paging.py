"""Listing pages of statements (a speaker's, a timeline month's) cut by weight as well as by count.

A statement can be a line or a whole column of an article: a hundred of the long ones made a timeline page of
half a megabyte. A page therefore ends at `most` statements or when its estimated weight reaches `budget`
characters, whichever comes first, so every page stays well under the site's 300 KB page target.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

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
