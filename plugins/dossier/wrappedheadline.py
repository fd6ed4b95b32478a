"""A headline a page printed to PDF broke over lines, right over its byline: 'Mayor Denies Pledge He Made If' / 'The
Council Publishes Its Audit And It’s All On' / 'Video' / 'By Jane Roe on October 15, 2018 12:13 pm ·'."""

from __future__ import annotations

from .bylines import is_byline_line
from .furniture import HEADER_WINDOW, furniture_kind
from .importunits import HEADLINE_GOES_ON_WORDS, TERMINAL, WORD, Unit

HEADLINE_LINE_MAX = 80
WRAPPED_BYLINE_MAX = 120  # a PDF's byline line with its date and time ('By Jane Roe on October 15, 2018 12:13 pm ·')
HEADLINE_LINES_MAX = 4


def headline_wrapped_over_byline(units: list[Unit], inferred: list[str]) -> list[Unit]:
    """The lines right over the first byline ('By …'), one after the other with no blank line between, each short, in
    title case and with no stop, every one but the last ending on a word no headline ends on ('If', 'On', 'The'): one
    headline. A kicker over a headline, or a headline over its subtitle, ends on a word of its own and stays apart."""
    byline = next((at for at, u in enumerate(units[: HEADER_WINDOW * 2]) if _is_byline(u.text)), None)
    if byline is None or byline < 2:
        return units
    first = byline - 1
    if not _headline_line(units[first].text):
        return units
    while (
        first > 0
        and byline - first < HEADLINE_LINES_MAX
        and _headline_line(units[first - 1].text)
        and _ends_on_wrap_word(units[first - 1].text)
        and units[first - 1].data.get("end", units[first - 1].line) + 1 == units[first].line
    ):
        first -= 1
    if byline - first < 2:
        return units
    lines = [u.text.strip() for u in units[first:byline]]
    joined = Unit(units[first].line, " ".join(lines), units[first].kind, data=dict(units[first].data))
    joined.data["end"] = units[byline - 1].data.get("end", units[byline - 1].line)
    inferred.append(f"line {units[first].line}: a headline broken over {len(lines)} lines over the byline read as one: {joined.text!r}")
    return [*units[:first], joined, *units[byline:]]


def _is_byline(text: str) -> bool:
    return is_byline_line(text, WRAPPED_BYLINE_MAX)


def _headline_line(text: str) -> bool:
    text = text.strip()
    words = WORD.findall(text)
    return (
        0 < len(text) <= HEADLINE_LINE_MAX
        and text[-1:] not in TERMINAL
        and not furniture_kind(text)
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in HEADLINE_GOES_ON_WORDS for w in words)
    )


def _ends_on_wrap_word(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].lower() in HEADLINE_GOES_ON_WORDS
