"""A news site's page of posts, each under its headline ('Ministry exits the harbour board over its vote' / the post):
where three headlines or more were read as subheads, the others between two posts are headlines too, also those the
subhead rules leave, as news desks write them: opening on a figure with thousands in it ('2,471 people dead as …'),
a topic and a colon ('COVID-19: Agency announces 407 new cases'), or over a post whose first paragraph is short. A site
whose headlines end on a full stop sets each over a wire item's dateline: one sentence there, down the page, is one."""

from __future__ import annotations

import re

from .bylines import MONTH
from .captions import DAY, FULL_DATE
from .dates import find_line_date
from .headings import DANGLING_END, read_as_subheads
from .importunits import QUOTE_CLOSE, TERMINAL, WORD, Unit

POSTS_HEADLINES_MIN = 3  # headlines already read on the page: a page of posts, no story with a subhead or two
POST_HEADLINE = re.compile(r"^[A-Z0-9][^.!?;“”\"‘]{8,98}[^.!?;,:“”\"’]$")
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")  # '5,320 crashes': a figure's comma, no clause's
POST_HEADLINE_WORDS_MIN = 4
PHOTO_DAY = re.compile(rf"\b(?:on|in)\s+(?:{MONTH}\s+{DAY}|{DAY}\s+{MONTH}|{FULL_DATE})$")  # '… in Bamako on August 18': a caption
FINISHED = TERMINAL + QUOTE_CLOSE + "’)"


def _field_line(text: str) -> bool:
    """A label and a name after its colon ('Contributing: Jane Roe', 'Editing: Tomas Velk'): a field, no headline; a
    headline's topic is followed by words of a sentence ('FLU-24: Agency announces 407 new cases')."""
    _, colon, rest = text.partition(":")
    return bool(colon) and not any(word[:1].islower() and len(word) >= 3 for word in WORD.findall(rest))


# a reading list's link closing on its writer and outlet in brackets, a dash or a comma between ('(Ann Lee — Tide News)',
# '(Rui Costa, Harbour Post)'); '(update)', '(video)' close a post's headline
READING_LIST_SOURCE = re.compile(r"\((?-i:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*(?:[—–-]|,)\s*[A-Z][^()]{0,60}\)$")


def post_headlines(body: list[Unit], inferred: list[str]) -> None:
    """On a page of posts, a line with no stop, four words or more and at most one comma (a figure's commas apart),
    between a finished paragraph and the next post's finished first paragraph, longer than it, is that post's headline."""
    if sum(1 for unit in body if unit.kind == "heading") < POSTS_HEADLINES_MIN:
        return
    found: list[Unit] = []
    for index in range(1, len(body) - 1):
        unit, before, after = body[index], body[index - 1], body[index + 1]
        if unit.kind != "paragraph" or before.kind not in ("paragraph", "quote") or after.kind != "paragraph":
            continue
        text = THOUSANDS.sub("", unit.text.strip())
        if not POST_HEADLINE.match(text) or text.count(",") > 1 or len(WORD.findall(text)) < POST_HEADLINE_WORDS_MIN:
            continue
        if DANGLING_END.search(text) or find_line_date(text) or PHOTO_DAY.search(text) or _field_line(text):
            continue  # a sentence going on ('… of the harbour board and'), a date line, a photo's caption, 'Contributing: Jane Roe'
        if READING_LIST_SOURCE.search(text):
            continue  # 'Why bridges rust (Ann Lee — Tide News)': a reading list's link, its writer and outlet in brackets
        finished = before.text.strip()[-1:] in FINISHED and after.text.strip()[-1:] in FINISHED
        if finished and len(after.text) > len(unit.text) and not after.text.strip()[:1].islower():
            found.append(unit)
    read_as_subheads(found, inferred, "short lines with no stop between a page's posts read as their headlines, as the page's others")


# a wire item's dateline opening its first paragraph: 'HARBOURTON, Norland (Reuters) - ', 'VELMOR, 1 NOVEMBER (Bernama) — '
# (its dash read as three characters where the page's UTF-8 was read as cp1252: 'â€”')
WIRE_DATELINE = re.compile(r"^[A-Z][A-Z.’' -]{1,30},\s[^()\n]{1,40}\([A-Z][\w.&’' -]{0,30}\)\s*(?:[-–—:]|â€\S)\s")
STOPPED_HEADLINE_CHARS_MAX = 160
STOPPED_HEADLINE_WORDS_MIN = 6
STOPPED_HEADLINES_MIN = 2  # one sentence over a wire dateline once is a story's short paragraph; down the page, a headline
AGENCY_SIGN_OFF = re.compile(r"[.!?]\s+[A-Z][A-Za-z]{1,15}\s+[-–—]\s*$")  # '… the minister said. Bernama -': the item above, closed
SECOND_SENTENCE = re.compile(r"[.!?][”’\"]?\s+[A-Z“‘\"]")


def stopped_headlines_over_datelines(body: list[Unit], inferred: list[str]) -> None:
    """A site whose every headline ends on a full stop ('Ministry names new harbour chief after long search.'): one
    sentence alone between a finished paragraph and a wire item's first paragraph, opening on its dateline, is that
    item's headline, where the page sets two or more so."""
    found: list[Unit] = []
    for index in range(1, len(body) - 1):
        unit, before, after = body[index], body[index - 1], body[index + 1]
        if unit.kind != "paragraph" or after.kind != "paragraph" or before.kind not in ("paragraph", "quote"):
            continue
        text = unit.text.strip()
        if len(text) > STOPPED_HEADLINE_CHARS_MAX or text[-1:] != "." or text[:1] in QUOTE_CLOSE + "‘'(" or not text[:1].isupper():
            continue
        if len(WORD.findall(text)) < STOPPED_HEADLINE_WORDS_MIN or SECOND_SENTENCE.search(text):
            continue
        closed = before.text.strip()[-1:] in FINISHED or AGENCY_SIGN_OFF.search(before.text) is not None
        if closed and WIRE_DATELINE.match(after.text.strip()):
            found.append(unit)
    if len(found) >= STOPPED_HEADLINES_MIN:
        read_as_subheads(found, inferred, "one-sentence lines over a wire item's dateline read as the items' headlines")
