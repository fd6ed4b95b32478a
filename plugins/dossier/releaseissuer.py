"""A media release's masthead as a release prints it over its text: the label ('Campaign Media Release', 'WESTVALE
PARENTS Media Release'; in capitals, furniture.py's "release masthead") and under it the office that issues it, its title and
holder ('Minister for Health Jane Roe', 'Senator Jane Roe', 'Office of the Premier'). The office line is no section
heading over the release: it stays a line of the text, where the release's 'Ms Roe said' finds her whole name."""

from __future__ import annotations

import re

from .attribution.titles import TITLE_WORDS
from .furniture import RELEASE_LABEL_IN_ITS_CASE, furniture_kind
from .importunits import QUOTE_CLOSE, TERMINAL, Unit, is_title_case

OFFICE_LINE_KEY = "release office line"
MASTHEAD_KEY = "release masthead"
MASTHEAD_REACH = 4  # units from the top of the text where the label stands (under a page's number, an embargo line)
OFFICE_WORDS_MAX = 10
PROSE_WORDS_MIN = 20  # words of a paragraph ending on its stop, more than a headline's or an embargo line's
# capitalised words and the small words of an office's name, no stop: 'Minister for Health Jane Roe', 'Office of the Premier'
OFFICE_LINE = re.compile(r"^[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|for|of|the|and|&))+$")
# a joint release's other issuer, a line each under the label: the name in capitals, the seat's letters, the office
# ('• JANE ROE MP Minister for Ports', 'SENATOR THE HON JANE ROE Minister for Ports')
ISSUER_LINE = re.compile(r"^(?:[•·▪◦-]\s*)?(?:SENATOR\s+)?(?:THE\s+HON\.?\s+)?(?:[A-Z][A-Z’'.-]+\s+){1,3}(?:MP|MLA|MLC|MHR)\b(?:\s+\S.{0,80})?$")
ISSUERS_MAX = 4
TITLE_CASE_LABEL = re.compile(RELEASE_LABEL_IN_ITS_CASE)
OFFICE_OPENING = re.compile(r"^(?:office|department|ministry|minister|senator|the\s+hon)\b", re.I)


def _office_line(text: str) -> bool:
    """A title and a holder's name, or an office's name: its first word a title or an office's word."""
    text = text.strip()
    first = text.split()[0].lower().rstrip(".") if text else ""
    return (
        len(text.split()) <= OFFICE_WORDS_MAX
        and OFFICE_LINE.match(text) is not None
        and (first in TITLE_WORDS - {"the", "of", "and", "for", "to", "in", "on", "at", "a", "an"} or OFFICE_OPENING.match(text) is not None)
    )


def mark_release_office_line(units: list[Unit], start: int) -> None:
    """Mark a release's masthead label in its own case at the text's top, over its prose (lower, the words are a
    heading's), and the office line under the label, before the label is left out as furniture."""
    prose = False  # a paragraph of the text above: a label under it is a heading's words
    for position in range(start, min(len(units) - 1, start + MASTHEAD_REACH)):
        text = units[position].text.strip()
        if not prose and TITLE_CASE_LABEL.match(text):
            units[position].data[MASTHEAD_KEY] = True
        prose = prose or (len(text.split()) > PROSE_WORDS_MIN and text.rstrip(QUOTE_CLOSE)[-1:] in TERMINAL)
        if units[position].data.get(MASTHEAD_KEY) or furniture_kind(text) == "release masthead":
            if _office_line(units[position + 1].text):
                units[position + 1].data[OFFICE_LINE_KEY] = True
            if not text.endswith(":"):
                continue  # a second label under it ('Media Release by …' / 'Joint Media Release with:')
            for issuer in units[position + 1 : position + 1 + ISSUERS_MAX]:  # 'Joint Media Release with:' over a line for each
                if not ISSUER_LINE.match(issuer.text.strip()):
                    break
                issuer.data[OFFICE_LINE_KEY] = True
            return


def release_office_line_as_text(body: list[Unit], inferred: list[str]) -> None:
    """The office line marked under the masthead, read as a heading by its shape: a line of the text."""
    for unit in body:
        if unit.data.get(OFFICE_LINE_KEY) and unit.kind in ("heading", "bullet"):
            unit.kind = "paragraph"
            inferred.append(f"line {unit.line}: the office issuing the release, under its masthead, read as a line of the text, no heading")


# a portal's line naming the kind of item and who issued it, over the release it runs ('Press Release: Island Ferry
# Crews Union', 'Media Statement: Office of the Mayor'): the issuer's name, capitalised, no sentence
ISSUER_LABEL = re.compile(
    r"^(?:Press|Media|News)\s+(?:Release|Statement|Advisory)\s*:\s*(?P<issuer>[A-Z][\w&.’'()-]*(?:\s+(?:[-–—]\s+)?[\w&.’'()-]+){0,11})$"
)


def release_issuer(text: str) -> str | None:
    """The issuer named on a portal's 'Press Release: <issuer>' line over a release it runs, shaped like a name (its words
    in capitals outside the small words); None for any other line ('Media Statement: Board welcomes the vote', a headline)."""
    found = ISSUER_LABEL.match(text.strip())
    if found is None or found.group("issuer")[-1:] in TERMINAL or not is_title_case(found.group("issuer")):
        return None
    return found.group("issuer")
