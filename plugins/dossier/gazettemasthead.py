"""A gazette's or an official journal's masthead over the document it prints, as the PDF's text gives it.

An issue's part opens on the gazette's masthead, its lines one under the other: the part's name run into the gazette's
('Proposed Orders Harbour Gazette'), the page's number alone, the issue line ('Vol. 12, No. 3') and the day; a
paragraph saying what the part holds may stand over it. Under the masthead the issuing body is named in capitals
('HARBOUR BOARD OF MARROW BAY') over the document's own title ('Permit Orders; Dredging Barges in Marrow Bay'). The
masthead is no title: the day it prints dates the document, the title is the line under the body's name, and the
body's name is no section of it.
"""

from __future__ import annotations

import re

from .dates import find_line_date
from .importunits import TERMINAL, Meta, Problem, Unit
from .mastheads import ISSUE_LINE

# the word a gazette's or an official journal's name ends on ('Harbour Gazette', 'Federal Register', 'Journal officiel'), or
# an official journal's name ('Official Journal of the …'); a newsletter ('Marrow Bay Bulletin') or a body's
# minutes ('Minutes of the Harbour Register Committee') has no gazette's masthead
GAZETTE_NAME = re.compile(
    r"\b(?:gazette|register|journal officiel|moniteur(?: belge)?|bulletin officiel|official bulletin|boletín oficial"
    r"|diario oficial|gaceta(?: oficial)?)$|^(?:the\s+)?official journal\b",
    re.I,
)
NO_GAZETTE_NAME = re.compile(r"^(?:minutes|agenda|report|notes)\s+of\b", re.I)
# a newsletter's or minutes' first lines under the masthead: no document's title
NO_TITLE = re.compile(r"^(?:in this issue|contents|table of contents|inside|present|attendees|apologies)\b", re.I)
GAZETTE_NAME_WORDS = 8
PAGE_NUMBER = re.compile(r"^\d{1,6}$")
DATE_LINE_WORDS = 5
MASTHEAD_REACH = 2  # units over the masthead's first line: the part's note may stand there
TITLE_WORDS_MAX = 30


def _gazette_name(text: str) -> bool:
    if NO_GAZETTE_NAME.match(text):
        return False
    return bool(GAZETTE_NAME.search(text)) and len(text.split()) <= GAZETTE_NAME_WORDS and text[-1:] not in TERMINAL + ":,"


def _issuer(text: str) -> bool:
    """The issuing body's name in capitals ('DEPARTMENT OF THE HARBOUR', 'HARBOUR BOARD OF MARROW BAY')."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 2 and text.upper() == text and text[-1:] not in TERMINAL + ":"


def _title_line(text: str) -> bool:
    return 0 < len(text.split()) <= TITLE_WORDS_MAX and text[-1:] not in ".:," and not text.isupper() and not NO_TITLE.match(text)


def gazette_masthead(units: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]]) -> list[Unit]:
    """The units with a gazette's masthead over the document taken out: its name line, its page number, its issue line
    and its day (the report's date), and the issuing body's line in capitals under it; the document's title moved to
    the top, over any note on the part that stood over the masthead. Units without such a masthead come back as they
    are: the issue line and the day under the name are both needed, and the title under the body's name."""
    for start in range(min(MASTHEAD_REACH, len(units))):
        if _gazette_name(units[start].text.strip()):
            break
    else:
        return units
    at = start + 1
    taken = [start]
    if at < len(units) and PAGE_NUMBER.match(units[at].text.strip()):
        taken.append(at)
        at += 1
    if at + 1 >= len(units) or not ISSUE_LINE.match(units[at].text.strip()):
        return units
    dated = find_line_date(units[at + 1].text.strip())
    if dated is None or len(units[at + 1].text.split()) > DATE_LINE_WORDS:
        return units
    issue, day = at, at + 1
    at = day + 1
    issuer = at if at < len(units) and _issuer(units[at].text.strip()) else None
    title = (issuer + 1) if issuer is not None else at
    if title >= len(units) or not _title_line(units[title].text.strip()):
        return units
    dropped.setdefault("gazette's masthead", []).extend(units[index].text.strip() for index in [*taken, issue, day])
    if issuer is not None:
        dropped.setdefault("the issuing body's name over the title", []).append(units[issuer].text.strip())
    if not meta.get("date"):
        meta["date"], meta["date_basis"] = dated[0], f"the day the gazette's masthead prints, line {units[day].line}"
        problems[:] = [p for p in problems if not p.message.startswith("no publication date found")]
    inferred.append(
        f"line {units[start].line}: the gazette's masthead (its name, page number, issue line and day) read as front matter;"
        f" the title is the line under it, line {units[title].line}"
    )
    gone = {*taken, issue, day, *([issuer] if issuer is not None else [])}
    return [units[title], *units[:start], *(unit for index, unit in enumerate(units[start:], start=start) if index not in gone and index != title)]
