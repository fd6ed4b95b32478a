"""Lines a page sets between its parts that are no section headings. A news item's pull line: a short sentence of the story's own words set between two of its paragraphs ('Elders at
the harbour meeting threaten to go to court'), the paragraph under it going on with the speaker of the paragraph above
('“…,” he pointed out.'). It is the page's furniture, never a section heading: a heading there would cut the story, and
the 'he' under it from the name above it. Over the story: a breadcrumb's links a line each under 'Home', and a date alone
on its line."""

from __future__ import annotations

import re

from .bylines import BYLINE
from .dates import find_line_date
from .importunits import TERMINAL, Unit

PULL_LINE_WORDS = (5, 24)  # a sentence, not a label ('Background'), not a paragraph
SHARED_STEMS_MIN = 2  # words of the line the story above gives too ('Kohat', 'meeting', 'threatened', 'court')
HEADLINE_WORDS = 14
HEADLINE_BREAKS = re.compile(r"[,;:\"“”()]|\b(?:said|says)\b")
STEM = 5  # letters compared: 'threaten' / 'threatened', 'convention' / 'conventions'
_PRONOUN = r"(?:he|she|they)"
_SPEECH = r"(?:said|says|added|adds|told|tells|pointed|points|noted|notes|stressed|argued|asked|explained|warned|recalled|insisted|demanded|concluded|maintained|claimed|continued|went)"
# the paragraph under it goes on with the speaker above: '“…,” he pointed out.', 'He said the board …'
GOES_ON = re.compile(rf"^(?:[\"“‘'][^\"”]{{3,}}?[,.?!—–-][\"”’']\s+{_PRONOUN}\s+{_SPEECH}\b|(?:He|She|They)\s+(?:also\s+)?{_SPEECH}\b)")
_CONTENT_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w’'-]{3,}")


def pull_lines(body: list[Unit], inferred: list[str], dropped: dict[str, list[str]]) -> None:
    """Leave out each heading (or line read as a paragraph) that is a pull line: a sentence-case line of five words or more, no stop, between a finished
    paragraph and one that goes on with the speaker above, two of its words or more given by the story above it. A real
    item's headline over its dateline paragraph, or a subhead over a paragraph that names its own subject, stays."""
    for index in range(len(body) - 2, 0, -1):
        unit, before, after = body[index], body[index - 1], body[index + 1]
        if unit.kind not in ("heading", "paragraph") or unit.data.get("heading") or before.kind != "paragraph" or after.kind != "paragraph":
            continue
        if unit.kind == "paragraph" and not _headline_shape(unit.text):
            continue  # a sentence of the story that lost its stop ('Hamas also condemned the attack, calling it a “…”')
        if _pull_line(unit.text, before.text, after.text) and _told_above(unit.text, body, index):
            dropped.setdefault("pull line between paragraphs", []).append(unit.text)
            inferred.append(f"line {unit.line}: {unit.text.strip()[:60]!r}, a pull line between the story's paragraphs, not a heading")
            del body[index]


def _pull_line(text: str, before: str, after: str) -> bool:
    text = text.strip()
    words = text.split()
    if not PULL_LINE_WORDS[0] <= len(words) <= PULL_LINE_WORDS[1] or text[-1:] in TERMINAL + ":":
        return False
    lower = sum(1 for word in words[1:] if word[:1].islower())
    return lower * 2 >= len(words) - 1 and before.rstrip()[-1:] in TERMINAL + '”’")' and GOES_ON.match(after.strip()) is not None


def _headline_shape(text: str) -> bool:
    """A line read as a paragraph is a pull line only in a headline's shape: a few words, no comma, no quotation."""
    return len(text.split()) <= HEADLINE_WORDS and HEADLINE_BREAKS.search(text) is None


def _told_above(text: str, body: list[Unit], index: int) -> bool:
    """Two words of the line or more are the story's, in the paragraphs above it since the heading before."""
    stems = {word[:STEM].casefold() for word in _CONTENT_WORD.findall(text)}
    seen: set[str] = set()
    for unit in reversed(body[:index]):
        if unit.kind == "heading":
            break
        seen.update(word[:STEM].casefold() for word in _CONTENT_WORD.findall(unit.text))
        if len(stems & seen) >= SHARED_STEMS_MIN:
            return True
    return False


CRUMB_WORDS = 3
CRUMBS_MAX = 3  # links under 'Home': 'World' / 'Europe' / 'Ukraine'; a fourth short line is the page's own
CRUMB_MAX = 30


def breadcrumb_link(text: str) -> bool:
    """A breadcrumb's link on a line of its own ('Tunisie', 'Blogs', 'Health Policy'): a few words, no sentence, no
    byline ('By Jane Roe') and no date ('March 4, 2026')."""
    text = text.strip()
    if not (0 < len(text) <= CRUMB_MAX and len(text.split()) <= CRUMB_WORDS and text[:1].isupper() and text[-1:] not in TERMINAL + ":"):
        return False
    return BYLINE.match(text) is None and find_line_date(text) is None


def bare_date_line(text: str) -> bool:
    """A date alone on its line ('AUGUST 10, 2021', '9 mai 2022'): the page's date line, never a section's heading."""
    text = text.strip()
    if len(text) > 40 or not any(c.isdigit() for c in text):
        return False
    day = find_line_date(text)
    return day is not None and day[1].start() == 0 and not text[day[1].end() :].strip(" .,")
