"""Dates as these reports write them: "December 9, 2021", "9 December 2021", "Dec. 9, 2021"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

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
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# the periods a time counted from the report names ("last week", "this spring", "last year"): clause_times and the
# light words between a name and its verb share them
PERIOD_WORDS = "year|month|week|spring|summer|autumn|fall|winter"

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR_NUMBER = r"(?:1[89]|20)\d\d"  # a year of the 1800s to the 2000s
_YEAR = r"(?P<year>" + YEAR_NUMBER + r")"
LONE_YEAR = _YEAR + r"\b(?![-–/]\d)"  # a year alone, not a span's first ("2015-16", "2015/16")

NAMED_DATE_PATTERNS = [
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
]
ISO_DATE_PATTERN = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?:\b|(?=[Tt]\d))")  # also 2024-03-29T12:00:00Z
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


GERMAN_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
# the month's name in the other common European languages, on a multilingual site's date line: French, Spanish,
# Italian, Portuguese, Dutch (German's above)
EUROPEAN_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9,
    "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10,
    "dicembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
    "dezembro": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "oktober": 10,
}  # fmt: skip
# '9 mai 2022', '1er mai 2022', '9 de mayo de 2022', '9 maggio 2022': day first, the month's name in lower case or capitals
EUROPEAN_DAY_DATE = re.compile(r"\b(?P<day>[0-3]?\d)(?:er|º|°)?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,9})\s+(?:de\s+)?" + _YEAR + r"\b")
DOTTED_DAY_DATE = re.compile(r"\b(?P<day>[0-3]?\d)\.\s*(?P<month>[^\W\d_]{3,9}\.?)\s+" + _YEAR + r"\b")  # 5. November 2021, 5. Mai 2021
DOTTED_NUMERIC_DATE = re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.\s?" + _YEAR + r"\b")  # 05.11.2021, day first
DASHED_NUMERIC_DATE = re.compile(r"(?<![\w-])(?P<first>[0-3]?\d)[-/](?P<second>[0-3]?\d)[-/]" + _YEAR + r"(?![\w-])")  # 3-2-2022, 11/17/2021
# ISO 8601's basic form, as wire items (NITF's and NewsML's date.issue, firstCreated) give it: 20161011T001327+0100. The
# time after the T is what makes eight digits a date.
BASIC_ISO_STAMP = re.compile(r"\b" + _YEAR + r"(?P<month>[01]\d)(?P<day>[0-3]\d)T\d{4}(?:\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d(?:\d\d)?)?(?!\w)")


def find_line_date(text: str) -> tuple[dt.date, re.Match[str]] | None:
    """The first date of a date line: the forms find_date reads, and those only a line of its own makes safe to read:
    a repository's numeric '3-2-2022' or '11/17/2021' (month first, as US repositories write it, unless the first number
    cannot be a month), German '5. November 2021' and '05.11.2021' (day first), French, Spanish, Italian, Portuguese and
    Dutch '9 mai 2022', '9 de mayo de 2022' (day first), a wire item's '20161011T001327+0100'."""
    found = []
    named = find_date(text)
    if named:
        found.append((named[1].start(), named[0], named[1]))
    for match in DOTTED_DAY_DATE.finditer(text):
        word = match.group("month").rstrip(".").lower()
        month = GERMAN_MONTHS.get(word) or MONTHS.get(word)
        day = _safe_date(int(match.group("year")), month or 0, int(match.group("day")))
        if day:
            found.append((match.start(), day, match))
            break
    for match in EUROPEAN_DAY_DATE.finditer(text):
        month = EUROPEAN_MONTHS.get(match.group("month").lower())
        day = _safe_date(int(match.group("year")), month or 0, int(match.group("day"))) if month else None
        if day:
            found.append((match.start(), day, match))
            break
    for match in DOTTED_NUMERIC_DATE.finditer(text):
        day = _safe_date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        if day:
            found.append((match.start(), day, match))
            break
    for match in DASHED_NUMERIC_DATE.finditer(text):
        first, second = int(match.group("first")), int(match.group("second"))
        day = _safe_date(int(match.group("year")), second, first) if first > 12 else _safe_date(int(match.group("year")), first, second)
        if day:
            found.append((match.start(), day, match))
            break
    if "T" in text:
        for match in BASIC_ISO_STAMP.finditer(text):
            day = _safe_date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
            if day:
                found.append((match.start(), day, match))
                break
    if not found:
        return None
    _, day, match = min(found, key=lambda item: item[0])
    return day, match


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    found = find_date(text)
    return found[0] if found else None


MONTH_YEAR_LINE = re.compile(r"^" + _MONTH + r",?\s+" + _YEAR + r"$", re.I)  # "May 2021", "SEPTEMBER 2022" alone on a cover
# a cover's place and month: "Washington, D.C. March 2019", "Northport, March 2024" (a comma after the place's name)
PLACE_MONTH_YEAR_LINE = re.compile(
    r"^(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?),(?:\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?),?)?\s+" + _MONTH + r",?\s+" + _YEAR + r"$",
    re.I,
)
ISO_MONTH = re.compile(r"^(?P<year>\d{4})-(?P<month>\d\d)$")  # the front matter's date = "2021-05": a month, no day


def month_line(text: str) -> dt.date | None:
    """The first day of the month a line names alone ('May 2021'), or after the place ('Washington, D.C. March 2019'): a
    report dated by its month."""
    found = MONTH_YEAR_LINE.match(text.strip()) or PLACE_MONTH_YEAR_LINE.match(text.strip())
    return _safe_date(int(found.group("year")), MONTHS[found.group("month").lower()], 1) if found else None


# a journal's issue line under the title: 'Digital Edition Issue 06, Jun 2020', 'Vol. 12, No. 3 | March 2021', 'Issue 41 -
# Autumn …' is none (a season, no month); the edition's name before it, a few capitalised words
JOURNAL_ISSUE_LINE = re.compile(
    r"^(?:(?-i:[A-Z])[\w&’'.-]*\s+){0,5}(?:issue|vol(?:ume)?\.?|no\.|number)\s*\d{1,4}[a-z]?"
    r"(?:\s*[,/]?\s*(?:issue|no\.|number)\s*\d{1,4})?\s*(?:[,|/–—-]\s*|\s)\s*" + _MONTH + r",?\s+" + _YEAR + r"$",
    re.I,
)


def journal_issue_month(text: str) -> dt.date | None:
    """The first day of the month a journal's issue line names ('Digital Edition Issue 06, Jun 2020'): the report's month."""
    found = JOURNAL_ISSUE_LINE.match(text.strip()) if len(text) <= 120 else None
    return _safe_date(int(found.group("year")), MONTHS[found.group("month").lower()], 1) if found else None


MONTH_AND_YEAR = re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I)  # "…, Seville (Spain), September 2022."


def last_month_named(text: str) -> dt.date | None:
    """The first day of the last month a text names with its year: a citation ends on the month it was published."""
    found = list(MONTH_AND_YEAR.finditer(text))
    return _safe_date(int(found[-1].group("year")), MONTHS[found[-1].group("month").lower()], 1) if found else None


def iso_month(text: str) -> dt.date | None:
    found = ISO_MONTH.match(text.strip())
    return _safe_date(int(found.group("year")), int(found.group("month")), 1) if found else None


# the nouns of a stretch of time ("A year later", "One morning", "the night of"), in the singular
TIME_NOUNS = frozenset(
    "moment minute hour day night morning afternoon evening weekend week fortnight month season spring summer autumn fall winter "
    "year decade century time while".split()
)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
# a month as running text writes it, capitalised: its name or its abbreviation with a stop ("March", "Sept.")
CAPITALISED_MONTH = (
    r"(?:" + "|".join(sorted((name.capitalize() if name.capitalize() in MONTH_NAMES else name.capitalize() + r"\.") for name in MONTHS)) + r")"
)


def format_date(date: dt.date | None) -> str:
    """'October 2, 2021', in English whatever the machine's locale (strftime's %B follows it, and costs more)."""
    return f"{MONTH_NAMES[date.month - 1]} {date.day}, {date.year}" if date else ""


def format_month(date: dt.date | None) -> str:
    """'October 2021': a date known to the month."""
    return f"{MONTH_NAMES[date.month - 1]} {date.year}" if date else ""


_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEARLESS = [
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s+\d{4})", re.I),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?!,?\s+\d{4})", re.I),
]
MONTH_HINT = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
DIGIT = re.compile(r"\d")  # every date has a digit, and all but the ISO form a month's name


# Where a match can start. Every date has a digit after no word character: the day after a month's name and the
# spaces after it, or the day or year a pattern starts with; each pattern that starts with a month's name has it right
# before that digit and the spaces (and the stop) before it. So each pattern is tried only at those places (matching
# case-insensitively at a few places costs less than scanning the whole text, or lowering it first).
SPECIAL_CASE_CHARACTERS = "\u0130\u0131\u017f\u212a"  # İ ı ſ and the Kelvin sign: str.lower and re.I differ on them
IGNORECASE_SPECIAL = re.compile(f"[{SPECIAL_CASE_CHARACTERS}]")
WORD_START_DIGIT = re.compile(r"\d(?<!\w\d)")  # a digit after no word character
MONTH_FIRST = {id(NAMED_DATE_PATTERNS[0]), id(YEARLESS[0])}  # their matches start with a month's name, the others' with a digit


def _month_starts(text: str, digits: list[int]) -> list[int]:
    """Where a month's name may stand before a day: for each digit, the start of the word that ends before the spaces
    (and a stop) before it."""
    starts = []
    for digit in digits:
        end = digit
        while end and text[end - 1].isspace():
            end -= 1
        if end == digit:
            continue  # no space before the digit
        if end and text[end - 1] == ".":
            end -= 1
        start = end
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # re's \w
            start -= 1
        if start < end:
            starts.append(start)
    return sorted(set(starts))


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What pattern.finditer(text) finds, for a pattern that can only match from one of the (sorted) starts."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                yield match
                end = match.end()


_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)"
_MONTH_NAME = r"(?:" + "|".join(sorted((name.title() for name in MONTHS), key=len, reverse=True)) + r")\.?"
_SENTENCE_OPENS = r"(?:^|(?<=[.!?:;]\s)|(?<=[.!?][”\"’)]\s)|(?<=\n))"
# A year the writer sets a narrative in, which the yearless days after it share ("In May 2017, … On May 9, he …"): a
# full date ("On May 5, 2017"), or a year opening a sentence ("In 2016,", "In May 2017,", "By early 2017,"). A month's
# year inside a sentence's course ("escalated in late October 2022") sets only that month's days; a bare year there
# ("annexed Crimea in 2014", "the 2016 election") is background, which dates nothing after it.
TARGET_BEFORE = re.compile(r"\b(?:by|until|till|before|through)\s+\Z", re.I)  # the words before a month that is a target
STATED_YEAR = re.compile(
    r"(?P<full>\b" + _MONTH_NAME + r"\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+"
    r"|\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME + r",?\s+)"
    r"(?P<full_year>(?:1[89]|20)\d\d)\Z"
    r"|(?P<opening>"
    + _SENTENCE_OPENS
    + r"(?:In|By|During|Throughout)\s+(?:(?:early|late|mid)[\s-]+|the\s+(?:"
    + _SEASON
    + r"|end|beginning|start|middle)\s+of\s+)?(?:"
    + _SEASON
    + r"\s+(?:of\s+)?)?)?"
    r"(?:(?<![Ss]ince\s)(?P<month>" + _MONTH_NAME + r")\s+)?(?P<year>(?:1[89]|20)\d\d)\Z",
)
# its look-behind after the first two digits, not before them: re then skips to a "1" or a "2" instead of trying every place
# (the same matches as PLAIN_YEAR_DIGITS, the pattern as first written)
YEAR_DIGITS = re.compile(r"(?:1[89]|20)(?<![\w-]..)\d\d(?!\w|-\d)")  # not "2016-17"
PLAIN_YEAR_DIGITS = r"(?<![\w-])(?:1[89]|20)\d\d(?!\w|-\d)"
STATED_REACH = 60  # characters before a year that STATED_YEAR may take: "during the beginning of the winter of "
# STATED_YEAR's every branch starts with a capital (a month, "In", "By") or a digit (a day, the year): it is tried at
# those places only (a few in a window), not at every character of the window as a search tries it
STATED_YEAR_START = re.compile(r"[A-Z\d]")
ROLLOVER_MONTHS = 6  # "On December 27, 2019, … On January 3": half a year back or more is the next year


class StatedYear(NamedTuple):
    """A year stated in the text (see STATED_YEAR): its month where one is stated, and whether it sets the yearless days
    of that month only. A tuple: a statement's years are part of a cached look-up's key."""

    year: int
    month: int = 0
    month_only: bool = False
    target: bool = False  # "by March 2020", "until June 2030": a time the narrative aims at, not one it has reached


def stated_year_before(text: str, digits: re.Match[str]) -> re.Match[str] | None:
    """`STATED_YEAR.search(text, max(0, digits.start() - STATED_REACH), digits.end())`: the first place of the window a
    match can start at where it does."""
    for start in STATED_YEAR_START.finditer(text, max(0, digits.start() - STATED_REACH), digits.end()):
        match = STATED_YEAR.match(text, start.start(), digits.end())
        if match is not None:
            return match
    return None


def stated_years(text: str) -> list[tuple[int, StatedYear]]:
    """Where the text states a year that governs the yearless days after it (see STATED_YEAR), in order."""
    found: list[tuple[int, StatedYear]] = []
    if "20" not in text and "19" not in text and "18" not in text:  # what a year's digits start with (str's search is cheaper)
        return found
    for digits in YEAR_DIGITS.finditer(text):  # each year, and what stands before it (cheaper than scanning every place)
        match = stated_year_before(text, digits)
        if match is None:
            continue
        if match.group("full"):
            month = match.group("full").strip(" ,").split()
            words = [w.rstrip(".").lower() for w in month]
            number = next((MONTHS[w] for w in words if w in MONTHS), 0)
            found.append((match.start(), StatedYear(int(match.group("full_year")), number)))
            continue
        month = MONTHS.get((match.group("month") or "").rstrip(".").lower(), 0)
        if match.group("opening") is not None:
            found.append((match.start(), StatedYear(int(match.group("year")), month)))
        elif month:
            target = TARGET_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
            found.append((match.start(), StatedYear(int(match.group("year")), month, month_only=True, target=target)))
    return found


def governing_only(stated: Sequence[StatedYear]) -> tuple[StatedYear, ...]:
    """Of the years stated before a passage, those that can still govern its days (what governing_year reads): the last
    that sets every month's, and the later ones that set one month's, the last of each month."""
    kept: list[StatedYear] = []
    for last in reversed(stated):
        if not last.month_only:
            kept.append(last)
            break
        if all(last.month != other.month for other in kept):
            kept.append(last)
    return tuple(reversed(kept))


def governing_year(stated: Sequence[StatedYear], month: int, not_after: dt.date | None = None) -> int | None:
    """The year of a yearless day in the given month, from the years stated before it (nearest last); None if none
    governs it. A narrative runs forward: a day in a month well before the stated one is in the next year ("On December
    27, 2019, … On January 3, …")."""
    later = 0  # the latest year a month-only mention stated after the one that governs ("… to file in September 2016")
    for last in reversed(stated):
        if not last.month_only or last.month == month:
            year = last.year + 1 if last.month and last.month - month >= ROLLOVER_MONTHS else last.year
            if later > year:
                return None  # "In September 2013, …" ¶ "… to file in September 2016 … on June 23": the narrative moved on
            return year
        reached = not last.target and (not_after is None or (last.year, last.month) <= (not_after.year, not_after.month))
        if reached:  # a target ("by June 2030") or a month after the report's own is no time the narrative has reached
            later = max(later, last.year)
    return None


def dates_in(text: str, year_hint: int | None, not_after: dt.date | None, stated_above: tuple[StatedYear, ...] = ()) -> list[tuple[int, dt.date]]:
    """Every date in the text with its position; a date without a year takes the year last stated before it in the text
    ("In May 2017, … On May 9, he …"), else the year the context gives (year_hint)."""
    digits = [m.start() for m in WORD_START_DIGIT.finditer(text)]
    if not digits:
        return []
    months = _month_starts(text, digits)  # where none is, the patterns that need one try nothing

    def matches(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        return _matches_at(pattern, text, months if id(pattern) in MONTH_FIRST else digits)

    found: dict[int, dt.date] = {}
    covered: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for match in matches(pattern):
            month = match.group("month")
            try:
                day = dt.date(int(match.group("year")), int(month) if month.isdigit() else MONTHS[month.lower()], int(match.group("day")))
            except (ValueError, KeyError):
                continue
            found[match.start()] = day
            covered.append((match.start(), match.end()))
    if year_hint:
        stated: list[tuple[int, StatedYear]] | None = None
        for pattern in YEARLESS:
            for match in matches(pattern):
                if any(a <= match.start() < b for a, b in covered):
                    continue
                if stated is None:
                    stated = stated_years(text)
                month = MONTHS.get(match.group("month").lower(), 0)  # 0: 'Aprıl' (a dotless i), which re.IGNORECASE reads as 'April'
                governed = governing_year([*stated_above, *(year for at, year in stated if at < match.start())], month, not_after)
                when = _safe_date(governed or year_hint, month, int(match.group("day")))
                if when is None:
                    continue
                if not_after and when > not_after:
                    when = when.replace(year=when.year - 1) if not (when.month == 2 and when.day == 29) else when
                found[match.start()] = when
    return sorted(found.items())


# "New START, which expires on February 5", "talks scheduled for 3 March": the day something is due, not a day words were said
DUE_BEFORE = re.compile(r"\b(?:expires?|expiring|due|scheduled|slated|set|planned|deadline|until)\s+(?:on\s+|for\s+|of\s+)?(?:the\s+)?$", re.I)


# "the lesson of 11 September", "the attacks on September 11", "since 11 September", "post-11 September": a day that names
# an event, or bounds a span, is not a day words were said on
EVENT_BEFORE = re.compile(
    r"(?:\b(?:since|post|pre|before|after|until)\s*-?\s*(?:the\s+)?"
    r"|\b(?:lessons?|events?|attacks?|bombings?|atrocit(?:y|ies)|aftermath|anniversary|massacre|tragedy)\s+(?:of|on)\s+(?:the\s+)?"
    r"|\bas\s+of\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?)$",  # "As of Monday, May 25, the city"
    re.I,
)


# "the January 25 Revolution", "the April 6 Youth Movement", "the October 7 attacks": a day inside an event's name
EVENT_NAMED_AFTER = re.compile(
    r"\S+(?:\s+\d{1,2}(?:st|nd|rd|th)?|\s+[A-Z][a-z]+)?\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:Revolution|Uprising|Movement|Massacre|Coup|Attacks?|Protests?|Bombings?|Riots?|revolution|uprising|attacks?|bombings?|riots?|massacre|coup)\b"
)


def names_an_event(text: str, at: int) -> bool:
    """Whether the date at `at` is part of an event's name, after "the" ("the April 9 Revolution")."""
    return text[max(0, at - 4) : at].lower() == "the " and EVENT_NAMED_AFTER.match(text, at) is not None


# "free from Nov. 13 through the end of the year", "from 1 May to 3 June": a day that opens a span (its end after
# "through", "to", "until" a few words on), or closes one, is when something ran, not a day words were said on
SPAN_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
SPAN_CLOSED_BEFORE = re.compile(
    r"\bfrom\s+[^,;:!?“”\"]{1,24}?\s(?:through|thru|until|till|to)\s+(?:the\s+)?$|\bfrom\s+[^,;:!?“”\"]{1,24}?[–-]\s?$", re.I
)
# what a span's end after "to", "through" or "until" is ("to Nov. 30", "through the end of the year", "until Friday",
# "until now"), and after a dash ("13-30", "Nov. 13 – Dec. 1"); not a noun phrase ("a letter from Nov. 2 to the mayor")
_MONTH_OR_WEEKDAY = r"(?:" + "|".join(sorted((*MONTHS, *WEEKDAYS), key=len, reverse=True)) + r")\b"
SPAN_END_AFTER = re.compile(
    r"[^,;:!?“”\"]{0,24}?\s(?:through|thru|until|till|to)\s+(?:\d|the\s+(?:end|close|start|beginning|middle)\s+of\b|now\b|today\b|"
    + _MONTH_OR_WEEKDAY
    + r")|[^,;:!?“”\"]{0,24}?\s?[–-]\s?(?:\d|"
    + _MONTH_OR_WEEKDAY
    + r")",
    re.I,
)


def last_said_date(text: str, year_hint: int | None, not_after: dt.date | None, stated_above: tuple[StatedYear, ...] = ()) -> dt.date | None:
    """The last date in the text, less the days something is due ("the treaty expires on February 5"), those that
    name an event ("the lesson of 11 September", "the January 25 Revolution") and those that open a span ("from Nov. 13
    through the end of the year")."""
    found = [
        day
        for at, day in dates_in(text, year_hint, not_after, stated_above)
        if not DUE_BEFORE.search(text, max(0, at - 30), at)
        and not EVENT_BEFORE.search(text, max(0, at - 30), at)
        and not names_an_event(text, at)
        and not (SPAN_FROM_BEFORE.search(text, max(0, at - 12), at) and SPAN_END_AFTER.match(text, at))
        and not SPAN_CLOSED_BEFORE.search(text, max(0, at - 40), at)
    ]
    return found[-1] if found else None


SOURCE_TAG = re.compile(r"\s*[.,]?\s*\[[^\[\]]{1,60}?,\s*(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4}|\d{2})\]")


def numeric_date(first: int, second: int, year: int, day_first: bool) -> dt.date | None:
    """A date written in numbers ("28/11/01", "10/19/23"): a two-digit year is of this century below 50, else of the last."""
    day, month = (first, second) if day_first else (second, first)
    try:
        return dt.date(year + (2000 if year < 50 else 1900) if year < 100 else year, month, day)
    except ValueError:
        return None


def source_tag_date(text: str, at: int) -> dt.date | None:
    """ "“…” [Tweet, 10/19/23]": a quote collection's source-and-date tag right after the quote. The numbers are read
    month first, as the press offices that write such tags do, unless the first cannot be a month (19/10/23)."""
    tag = SOURCE_TAG.match(text, at)
    if tag is None:
        return None
    first, second, year = int(tag.group("first")), int(tag.group("second")), int(tag.group("year"))
    return numeric_date(first, second, year, day_first=first > 12)


# an academic paper's author-date citation of a press source right after the quote: the outlet's name or letters, its
# day, month and year, then its pages ("‘…’ (Courier 23/10/01, 3,2).", "“…” (HW 2/3/2003).")
CITATION_IN_BRACKETS = (
    r"\((?P<source>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s+(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4}|\d{2})"
    r"(?:[,;][^()\n]{0,40})?\)"
)
CITED_SOURCE = re.compile(r"[.,]?\s*" + CITATION_IN_BRACKETS)
CITATION = re.compile(CITATION_IN_BRACKETS)  # searched over a whole text: no leading spaces to try at every position


def cited_day_first(text: str) -> bool | None:
    """Whether a text's press citations write the day first (28/11/01) or the month (11/28/01): decided once for the whole
    text by the citations whose numbers tell it; None where none does, or where they disagree."""
    if "/" not in text:
        return None
    days_first = months_first = False
    for found in CITATION.finditer(text):
        days_first |= int(found.group("first")) > 12
        months_first |= int(found.group("second")) > 12
    return days_first if days_first != months_first else None


def cited_source_date(text: str, at: int, published: dt.date | None, day_first: bool | None) -> dt.date | None:
    """The day of a press source cited in brackets right after the quote ("‘…’ (Courier 23/10/01, 3,2)"): its words were
    printed that day. The order of the numbers is the text's (cited_day_first): none where the text does not tell it;
    a day after the report's is none."""
    tag = CITED_SOURCE.match(text, at) if day_first is not None and "/" in text[at : at + 80] else None
    if tag is None or day_first is None:
        return None
    found = numeric_date(int(tag.group("first")), int(tag.group("second")), int(tag.group("year")), day_first)
    return None if found is None or (published is not None and found > published) else found


# a press digest's tag after the outlet it quotes: the day of the outlet's story, month first, its bylines and audience
# ("Reuters (7/30, Brandt, Okafor) reports", "The Washington Post (7/29, Harlan, 10.52M)")
OUTLET_TAG = re.compile(r"\((?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>\d{2,4}))?(?:,[^()\n]{1,100})?\)")


def outlet_tag_date(clause: str, published: dt.date | None, year_hint: int | None = None) -> dt.date | None:
    """The day of the last press digest's tag in the clause ("The Washington Post (7/29, Harlan, 10.52M) reports"),
    in the digest's year: the year before where that day would fall more than a week after the digest; in an undated
    digest, the year its text gives (year_hint), else none."""
    if (published is None and year_hint is None) or "/" not in clause:
        return None
    # a tag with a year of its own ("(7/30/20, …)") is not read as a day yet
    tag = next(reversed([found for found in OUTLET_TAG.finditer(clause) if found.group("year") is None]), None)
    if tag is None:
        return None
    try:
        found = dt.date(published.year if published else year_hint or 1, int(tag.group("month")), int(tag.group("day")))
    except ValueError:
        return None
    late = published is not None and found > published + dt.timedelta(days=7)
    return found.replace(year=found.year - 1) if late else found


RELATIVE_DAY = re.compile(
    r"\b(?:(?P<near>[Tt]oday|[Yy]esterday|[Tt]onight|[Ll]ast night)|(?<![Nn]ext )(?<![Cc]oming )(?:(?:on|last)\s+)?(?P<weekday>"
    + "|".join(day.title() for day in WEEKDAYS)
    + r"))\b"
)  # "said Saturday", as wire copy writes it, or "on Saturday"; not "next Tuesday", a day ahead, no day of speaking


# What RELATIVE_DAY matches (the same spans, without its groups), written to start with the words' first letters so that
# re skips to them instead of trying the "\b" at every position: the "\b" and the look-behinds for "next " and "coming "
# are tried after the letter, and each branch checks the letter it needs
_WEEKDAY_NAMES = "|".join(day.title() for day in WEEKDAYS)
_WEEKDAY_AFTER_ITS_LETTER = r"(?:(?<=M)onday|(?<=T)uesday|(?<=W)ednesday|(?<=T)hursday|(?<=F)riday|(?<=S)aturday|(?<=S)unday)"
RELATIVE_DAY_SPANS = re.compile(
    r"[TtYyLlMWFSo](?<!\w.)(?:(?<=[Tt])oday|(?<=[Yy])esterday|(?<=[Tt])onight|(?<=[Ll])ast night|(?<![Nn]ext .)(?<![Cc]oming .)"
    r"(?:(?<=o)n\s+(?:" + _WEEKDAY_NAMES + r")|(?<=l)ast\s+(?:" + _WEEKDAY_NAMES + r")|" + _WEEKDAY_AFTER_ITS_LETTER + r"))\b"
)


MONTH_AFTER_WEEKDAY = re.compile(r"\s+(?:in|of)\s+(?:(?:early|late|mid)[\s-]+)?" + CAPITALISED_MONTH + r"(?![\w-])")


def weekday_of_a_month(text: str, end: int) -> bool:
    """Whether the weekday ending at `end` is one of a month the text names right after it ("a Tuesday in December")."""
    return text.startswith((" in ", " of "), end) and MONTH_AFTER_WEEKDAY.match(text, end) is not None


def relative_date(text: str, published: dt.date | None) -> dt.date | None:
    """News counts days from its publication: 'today', 'yesterday', 'last night', 'on Tuesday' (the last Tuesday up to
    the day it was published). The last such word in the text; None without a publication date."""
    if published is None:
        return None
    if "day" not in text and "night" not in text:  # every word RELATIVE_DAY finds holds one of them: no scan where neither is
        return None
    last = next(reversed(list(RELATIVE_DAY_SPANS.finditer(text))), None)
    found = RELATIVE_DAY.match(text, last.start()) if last is not None else None  # its groups: the same match, read again
    if found is None:
        return None
    near = (found.group("near") or "").lower()
    if near:
        return published - dt.timedelta(days=1) if near in ("yesterday", "last night") else published
    if weekday_of_a_month(text, found.end()):
        return None  # "On a chilly Tuesday in December 1999, …": a day of the month named, not one counted from publication
    back = (published.weekday() - WEEKDAYS.index(found.group("weekday").lower())) % 7
    return published - dt.timedelta(days=back)


# "As of Friday, there have been five …": the day a figure stood at, not a day words were said
AS_OF_WEEKDAY = re.compile(r"[Aa](?<!\w[Aa])s of (?:" + "|".join(day.title() for day in WEEKDAYS) + r")\b")  # "\b" as a look-behind


# "supported Friday's march", "criticised Saturday’s vote": a weekday that owns an event names the event, not the day words
# were said on; "At Friday's rally, she told the crowd", "told reporters after Wednesday's talks" is the occasion's day
POSSESSIVE_WEEKDAY = re.compile(r"\b(?:" + "|".join(day.title() for day in WEEKDAYS) + r")(?=[’']s\b)")
OCCASION_BEFORE = re.compile(r"\b(?:[Aa]t|[Dd]uring|[Ii]n|[Oo]n|[Aa]fter|[Ff]ollowing)\s+$")
WEEKDAY_NAMES = frozenset(day.title() for day in WEEKDAYS)
# what a match of AS_OF_WEEKDAY needs, found by str's search before the pattern is tried at every character: "s of "
# and the weekday's name (POSSESSIVE_WEEKDAY's: the "day" every weekday's name ends with, and the possessive's "s")
AS_OF_WEEKDAY_WORDS = tuple("s of " + day.title() for day in WEEKDAYS)


def owns_an_event(text: str, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] owns the event after it ("Friday's march"), not after "at" or "during"."""
    return (
        text[end : end + 2] in ("’s", "'s") and text[start:end] in WEEKDAY_NAMES and OCCASION_BEFORE.search(text, max(0, start - 12), start) is None
    )


# the verbs of saying a clause's time belongs to ("Varga told reporters in 2015", "will retire but warned on Friday")
SAYING = (
    r"(?:said|says|told|wrote|warned|stated|declared|testified|argued|claimed|reported|noted|explained|insisted|remarked|"
    r"assessed|concluded|predicted|promised|admitted|acknowledged|announced|asserted|observed)"
)
# "will meet on Friday", "is due to vote Tuesday", "plans to sail on Sunday", "is set to air on HTV Monday" (a channel's
# or a place's name or two before the day): a weekday in a clause that looks ahead is a day to come, not the day words
# were said on (a few lower-case words between, none a verb of saying: "the crews who will strike said on Friday" said
# it that Friday; nor a coordinator, after which a verb starts a clause of its own: "will retire and announced on Friday")
FUTURE_WEEKDAY = re.compile(
    r"(?:\b(?:will|shall|(?:is|are)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+|going\s+)?to|plans?\s+to|intends?\s+to)|[’']ll)"
    r"\s+(?:(?!(?:and|but|or|"
    + SAYING
    + r")\b)[a-z]+\s+){0,5}?(?:on\s+)?(?:[A-Z][A-Za-z&]*\s+){0,2}?(?P<weekday>"
    + "|".join(day.title() for day in WEEKDAYS)
    + r")\b"
)
FUTURE_WORDS = ("will", "shall", "to", "’ll", "'ll")  # what FUTURE_WEEKDAY needs, found by str's search first


def said_on_day(text: str, published: dt.date | None) -> dt.date | None:
    """relative_date, less a weekday after "as of", which dates a figure, a weekday of a clause looking ahead ("will
    meet on Friday"), and a weekday owning an event where the text gives another day ("Speaking on Saturday, she said
    Friday's march …" was said on Saturday)."""
    if "s of " in text and any(words in text for words in AS_OF_WEEKDAY_WORDS):  # what AS_OF_WEEKDAY needs
        text = AS_OF_WEEKDAY.sub(lambda found: " " * len(found.group(0)), text)
    if "day" in text and any(words in text for words in FUTURE_WORDS):
        text = FUTURE_WEEKDAY.sub(lambda found: found.group(0)[: found.start("weekday") - found.start()] + " " * len(found.group("weekday")), text)
    if "day’s" in text or "day's" in text:  # what POSSESSIVE_WEEKDAY needs
        without = POSSESSIVE_WEEKDAY.sub(
            lambda found: " " * len(found.group(0)) if owns_an_event(text, found.start(), found.end()) else found.group(0), text
        )
        text = without if without != text and relative_date(without, published) is not None else text  # the day it was said, if told
    return relative_date(text, published)
