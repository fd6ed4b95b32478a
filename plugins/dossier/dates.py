"""Dates as these reports write them: "December 9, 2021", "9 December 2021", "Dec. 9, 2021"."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

NAMED_DATE_PATTERNS = [
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
]
ISO_DATE_PATTERN = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b")
DATE_PATTERNS = [*NAMED_DATE_PATTERNS, ISO_DATE_PATTERN]


def _build(match: re.Match) -> dt.date | None:
    month = match.group("month")
    month_number = int(month) if month.isdigit() else MONTHS[month.lower()]
    try:
        return dt.date(int(match.group("year")), month_number, int(match.group("day")))
    except ValueError:
        return None


def find_date(text: str) -> tuple[dt.date, re.Match] | None:
    """The first full date in the text, with its match; None if there is none."""
    found = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            date = _build(match)
            if date:
                found.append((match.start(), date, match))
                break
    if not found:
        return None
    _, date, match = min(found, key=lambda item: item[0])
    return date, match


def parse_date(text: str) -> dt.date | None:
    found = find_date(text)
    return found[0] if found else None


def format_date(date: dt.date | None) -> str:
    return f"{date:%B} {date.day}, {date.year}" if date else ""
