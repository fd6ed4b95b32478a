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


def _build(match: re.Match[str]) -> dt.date | None:
    month = match.group("month")
    month_number = int(month) if month.isdigit() else MONTHS.get(month.lower(), 0)  # 0: 'Aprıl', read as 'April' by re.I
    try:
        return dt.date(int(match.group("year")), month_number, int(match.group("day")))
    except ValueError:
        return None


def find_date(text: str) -> tuple[dt.date, re.Match[str]] | None:
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


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def format_date(date: dt.date | None) -> str:
    """'October 2, 2021', in English whatever the machine's locale (strftime's %B follows it, and costs more)."""
    return f"{MONTH_NAMES[date.month - 1]} {date.day}, {date.year}" if date else ""


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEARLESS = [
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s+\d{4})", re.I),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?!,?\s+\d{4})", re.I),
]
MONTH_HINT = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
DIGIT = re.compile(r"\d")  # every date has a digit, and all but the ISO form a month's name


# The same patterns without re.IGNORECASE, for the text in lower case: case-insensitive matching costs about three
# times as much. They match the same spans wherever str.lower() keeps the length and maps exactly the characters that
# re.IGNORECASE equates with an ASCII letter to that letter: everywhere but the four characters below (checked over
# every code point when this was written; tests/test_attribution_speed.py compares the two on the corpus).
IGNORECASE_SPECIAL = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ and the Kelvin sign
_LOWER_DATE_PATTERNS = [re.compile(p.pattern) for p in DATE_PATTERNS]
_LOWER_ISO_DATE_PATTERN = _LOWER_DATE_PATTERNS[-1]
_LOWER_YEARLESS = [re.compile(p.pattern) for p in YEARLESS]
_LOWER_MONTH_HINT = re.compile(MONTH_HINT.pattern)


def dates_in(text: str, year_hint: int | None, not_after: dt.date | None) -> list[tuple[int, dt.date]]:
    """Every date in the text with its position; a date without a year takes it from the context."""
    if not DIGIT.search(text):
        return []
    date_patterns, iso_pattern, yearless, month_hint = DATE_PATTERNS, ISO_DATE_PATTERN, YEARLESS, MONTH_HINT
    if not IGNORECASE_SPECIAL.search(text):
        date_patterns, iso_pattern, yearless, month_hint = _LOWER_DATE_PATTERNS, _LOWER_ISO_DATE_PATTERN, _LOWER_YEARLESS, _LOWER_MONTH_HINT
        text = text.lower()
    named = month_hint.search(text) is not None
    if not named and "-" not in text:
        return []
    found: dict[int, dt.date] = {}
    covered: list[tuple[int, int]] = []
    for pattern in date_patterns if named else [iso_pattern]:
        for match in pattern.finditer(text):
            month = match.group("month")
            try:
                day = dt.date(int(match.group("year")), int(month) if month.isdigit() else MONTHS[month.lower()], int(match.group("day")))
            except (ValueError, KeyError):
                continue
            found[match.start()] = day
            covered.append((match.start(), match.end()))
    if year_hint and named:
        for pattern in yearless:
            for match in pattern.finditer(text):
                if any(a <= match.start() < b for a, b in covered):
                    continue
                try:
                    day = dt.date(year_hint, MONTHS[match.group("month").lower()], int(match.group("day")))
                except (ValueError, KeyError):  # KeyError: 'Aprıl' (a dotless i), which re.IGNORECASE reads as 'April'
                    continue
                if not_after and day > not_after:
                    day = day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else day
                found[match.start()] = day
    return sorted(found.items())


def last_date(text: str, year_hint: int | None, not_after: dt.date | None) -> dt.date | None:
    found = dates_in(text, year_hint, not_after)
    return found[-1][1] if found else None
