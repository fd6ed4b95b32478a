"""A note on the piece's version over its headline, as a journal's or a repository's site prints it on the HTML copy of
an article it also holds as a PDF: 'This is the mobile-friendly web version of the [original article](….pdf).' over
'# Title'. The note is the editors' (set apart, never the summary), and the headline under it is the title given again,
no section: its words win over a front matter's title that a site's theme marks ('title: § Title')."""

from __future__ import annotations

import re

from .importunits import Unit
from .text import squash_spaces

_PIECE = r"(?:article|report|paper|brief|chapter|essay|issue|publication|document|pdf|print edition|journal article)"
WEB_VERSION_NOTE = re.compile(
    r"^This is (?:the|an?) (?:[\w-]+ ){0,3}(?:web|online|html|digital|mobile|accessible|text)(?:[\w-]*) version of "
    r"(?:the|an?|our|this) \[?(?:[\w-]+ ){0,2}" + _PIECE + r"\b",
    re.I,
)
# a site theme's mark before a page's title in its navigation: '§ Title', '¶ Title', '» Title'
TITLE_MARK = re.compile(r"^[§¶»›]+\s*")
NOTE_REACH = 2  # units from the top: the note stands first, under the front matter, or under a line of the site's


def version_note(text: str) -> bool:
    """The note saying the page is the web version of a piece published otherwise."""
    return bool(WEB_VERSION_NOTE.match(text.strip()))


def unmarked_title(title: str) -> str:
    return TITLE_MARK.sub("", title).strip()


def _same_title(shown: str, title: str) -> bool:
    return squash_spaces(unmarked_title(shown)).casefold() == squash_spaces(unmarked_title(title)).casefold()


def headline_under_version_note(units: list[Unit], title: str, inferred: list[str]) -> str | None:
    """The headline given again as a heading right under a note on the piece's version: taken out of the text (no
    section holds the report). Gives the title as the heading spells it, else None."""
    for index, unit in enumerate(units[:NOTE_REACH]):
        if not version_note(unit.text):
            continue
        under = units[index + 1] if index + 1 < len(units) else None
        if under is None or not under.data.get("heading") or not _same_title(under.text, title):
            return None
        del units[index + 1]
        inferred.append(f"line {under.line}: the headline given again under the note on the web version (line {unit.line}), no section")
        return unmarked_title(squash_spaces(under.text))
    return None
