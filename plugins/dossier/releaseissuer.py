"""A media release's masthead as a release prints it over its text: the label ('Campaign Media Release', 'WESTVALE
PARENTS Media Release'; in capitals, furniture.py's "release masthead") and under it the office that issues it, its title and
holder ('Minister for Health Jane Roe', 'Senator Jane Roe', 'Office of the Premier'). The office line is no section
heading over the release: it stays a line of the text, where the release's 'Ms Roe said' finds her whole name."""

from __future__ import annotations

import itertools
import re

from .attribution.given_names import listed_given_name
from .attribution.titles import TITLE_WORDS
from .bylines import given_name_first, is_date_line, listed_person_name, names_a_body, spelt
from .contactlines import CONTACT_LINE, PHONE_NUMBER
from .dates import find_line_date
from .furniture import RELEASE_LABEL_IN_ITS_CASE, furniture_kind
from .importunits import QUOTE_CLOSE, SMALL_WORDS, TERMINAL, Meta, Problem, Unit, is_title_case
from .officeposts import heads_a_post

OFFICE_LINE_KEY = "release office line"
MASTHEAD_KEY = "release masthead"
ISSUER_OVER_LABEL_KEY = "release issuer over its label"
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
        and ((first in TITLE_WORDS and first not in SMALL_WORDS) or OFFICE_OPENING.match(text) is not None)
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


# a contact's line under a release's label, the word and a name or a number ('Contact Jane Roe on 555 0199', 'Contact: …')
CONTACT_OPENING = re.compile(r"^(?:for\s+(?:more\s+|further\s+)?information\b|(?:media\s+|press\s+)?contacts?\b)", re.I)
ISSUER_HEADLINE_WORDS = (3, 25)  # the headline under the masthead: a few words, no sentence's prose
DATE_LINE_WORDS = 6  # the release's date line under its label ('3 May 2001', 'Friday, 3 May 2001')


def _release_label(text: str) -> bool:
    return TITLE_CASE_LABEL.match(text) is not None or furniture_kind(text) == "release masthead"


def _issuers_name(text: str) -> bool:
    """A body's name ('Harbour Traders Guild', 'Department of Moorings') or an office's ('Minister for Moorings Jane Roe'):
    capitalised words and the small words of a name, no stop; a headline in title case ('Quay Board Welcomes Review of
    Mooring Fees', 'Eastport Ferry Timetable') names neither."""
    words = text.split()
    if OFFICE_LINE.match(text) is None or len(words) > OFFICE_WORDS_MAX:
        return False
    return (names_a_body(words) and not _runs_on_past_body_word(words)) or _office_line(text)


def _masthead_line_under_label(unit: Unit) -> bool:
    """A line of the masthead between the label and the headline: its date, an embargo line ('For Immediate Release'), a
    contact's ('Media contact: Jane Roe 555 0199', 'Contact Jane Roe on 555 0199'): never the headline."""
    text = unit.text.strip()
    return (
        (is_date_line(unit) and len(text.split()) <= DATE_LINE_WORDS)
        or bool(furniture_kind(text))
        or CONTACT_LINE.match(text) is not None
        or PHONE_NUMBER.search(text) is not None
        or CONTACT_OPENING.match(text) is not None
    )


def issuer_over_release_label(units: list[Unit], index: int) -> bool:
    """The body or office issuing a release on the line over its label at the top, the headline under the label and its
    date line ('Department of Harbours' / 'Media Release' / '3 May 2001' / 'Harbour Board Welcomes Port Review'): the
    masthead's first line, the release's publisher, never its title. A headline over the label ('Harbour Board Welcomes
    Port Review' / 'Media Release' / the text) is the title."""
    if index >= MASTHEAD_REACH or index + 2 >= len(units):
        return False
    text = units[index].text.strip()
    if not _release_label(units[index + 1].text.strip()) or not _issuers_name(text):
        return False
    below = next((u for u in units[index + 2 : index + 2 + MASTHEAD_REACH] if not _masthead_line_under_label(u)), None)
    if below is None:
        return False
    headline = below.text.strip()
    return ISSUER_HEADLINE_WORDS[0] <= len(headline.split()) <= ISSUER_HEADLINE_WORDS[1] and headline[-1:] not in TERMINAL + ":"


def release_office_line_as_text(body: list[Unit], inferred: list[str]) -> None:
    """The office line marked under the masthead, read as a heading by its shape: a line of the text."""
    for unit in body:
        if unit.data.get(OFFICE_LINE_KEY) and unit.kind in ("heading", "bullet"):
            unit.kind = "paragraph"
            inferred.append(f"line {unit.line}: the office issuing the release, under its masthead, read as a line of the text, no heading")


# the release's label in any case ('Press Release', 'Media statement', 'NEWS ADVISORY') and its colon
RELEASE_LABEL = r"^(?i:(?:press|media|news)\s+(?:release|statement|advisory))\s*:\s*"
# the name after a portal's label, to the line's end: a capital, then up to eleven more words ('Island Ferry Crews Union')
LABELLED_NAME = r"(?P<issuer>[A-Z][\w&.’'()-]*(?:\s+(?:[-–—]\s+)?[\w&.’'()-]+){0,11})$"
# a portal's line naming the kind of item and who issued it, over the release it runs ('Press Release: Island Ferry
# Crews Union', 'Media Statement: Office of the Mayor'): the issuer's name, capitalised, no sentence
ISSUER_LABEL = re.compile(RELEASE_LABEL + LABELLED_NAME)


# the kinds of item a syndicating portal names over what it runs, on that line or after its stamp (importer's
# SYNDICATED_KIND), and who it came from ('Article: Harbour Media Trust', 'Opinion: Velden Institute', 'Speech: Office
# of the Mayor'), as 'Press Release: …' names the issuer (ISSUER_LABEL's)
PORTAL_ITEM_KINDS = ("Article", "Opinion", "Speech", "Column", "Op-Ed", "Editorial", "Feature", "Commentary", "Analysis", "Statement", "Report")
PORTAL_ITEM_LABEL = re.compile(rf"^(?:{'|'.join(PORTAL_ITEM_KINDS)})\s*:\s*" + LABELLED_NAME)
PORTAL_SOURCE_WORDS = 6  # 'Association of University Staff'; a headline runs longer
# words a headline has and a body's or a person's name does not: question words, pronouns, auxiliaries and modals
_HEADLINE_WORDS = frozenset(
    "why how what when where who whom whose which is are was were be been do does did has have had can could will would "
    "shall should may might must it its this these those they we you he she our your their".split()
)


def portal_item_issuer(text: str) -> str | None:
    """The source named on a portal's 'Article: <source>' line, shaped like a name; None for any other line. A headline
    opens so too ('Analysis: Why The Harbour Vote Matters', in title case): the source must read as a body's name or a
    person's, short and with no question word or verb, and the caller takes it only under the portal's date stamp."""
    found = PORTAL_ITEM_LABEL.match(text.strip())
    source = found.group("issuer") if found else ""
    words = source.split()
    if not source or source[-1:] in TERMINAL or not is_title_case(source) or len(words) > PORTAL_SOURCE_WORDS:
        return None
    if any(word.lower() in _HEADLINE_WORDS for word in words):
        return None
    return source if names_a_body(words) or listed_person_name(source) else None


def release_issuer(text: str) -> str | None:
    """The issuer named on a portal's 'Press Release: <issuer>' line over a release it runs, shaped like a name (its words
    in capitals outside the small words); None for any other line ('Media Statement: Board welcomes the vote', a headline)."""
    found = ISSUER_LABEL.match(text.strip())
    issuer = found.group("issuer") if found else ""
    if not issuer or issuer[-1:] in TERMINAL or not is_title_case(issuer) or issuer.isupper():
        return None  # a name in capitals after the label is as often a headline's ('MEDIA STATEMENT: BOARD WELCOMES REVIEW')
    return issuer


RELEASE_LABEL_HEAD = re.compile(rf"{RELEASE_LABEL}(?=\S)")
LABELLED_HEADLINE_WORDS_MIN = 3


def headline_after_release_label(title: str) -> str | None:
    """The headline a portal's line gives after the release's label, where no issuer's name follows the label ('Press
    Release: Harbour Board Welcomes Port Review', its words running on past a body's word): the title without its label;
    None for any other title. Under a title the same line names the issuer, however its name goes on (importmeta)."""
    found = RELEASE_LABEL_HEAD.match(title)
    if found is None:
        return None
    headline = title[found.end() :].strip()
    named = release_issuer(title) is not None or headline.isupper()  # a name, or words in capitals that may be one
    if named and not _runs_on_past_body_word(headline.split()):
        return None
    return headline if len(headline.split()) >= LABELLED_HEADLINE_WORDS_MIN and find_line_date(headline) is None else None


def _runs_on_past_body_word(words: list[str]) -> bool:
    """A headline in title case after the label, not a name: the words run on past a body's word with a verb's
    ('Harbour Board Welcomes Port Review'), where a body's name goes on only by a small word ('Office of the Premier',
    'Union for Ferry Crews'), another body's word ('Harbour Workers Union Council'), a post's ('Harbour Board Chair Jane
    Roe', 'Port Authority Chief Executive') or a holder's given name ('Harbour Board Jane Roe')."""
    return any(names_a_body([word]) and not _goes_on_as_a_name(following) for word, following in itertools.pairwise(words))


def _goes_on_as_a_name(word: str) -> bool:
    folded = word.lower().strip(".,")
    return (
        folded in SMALL_WORDS or names_a_body([word]) or word[:1] in "(-–—&" or folded in TITLE_WORDS or heads_a_post(word) or listed_given_name(word)
    )


# the label naming who issues the release ('Media Release by The Hon Jane Roe MP'); 'Joint Media Release with:' names others
ISSUED_BY = re.compile(r"^(?:joint\s+)?(?:press|media|news)\s+(?:release|statement)\s+(?:by|from)\s+(?P<holder>\S.*)$", re.I)
HOLDER_COURTESY = re.compile(r"^(?:[•·▪◦-]\s*)?(?P<courtesy>(?:senator\s+)?(?:the\s+)?(?:hon\.?\s+)?)", re.I)
# 'JANE ROE MP Minister for Ports': the office after the seat; one space before the letters keeps the search linear
SEAT_LETTERS = re.compile(r"\s(?:MP|MLA|MLC|MHR)\b(?P<office>.*)$")
HOLDER_NAME_WORDS = (2, 3)


def _person(words: list[str]) -> str | None:
    """The words as a person's name, spelt ('JANE ROE' is 'Jane Roe'), the first a given name; None for others and for a
    body named after a person or a place ('Victoria Police', 'Grace Hospital': its last word a body's)."""
    if not HOLDER_NAME_WORDS[0] <= len(words) <= HOLDER_NAME_WORDS[1] or names_a_body(words[-1:]):
        return None
    name = spelt(" ".join(words))
    return name if given_name_first(name) else None


def office_holder(text: str) -> tuple[str, str] | None:
    """The person a release's masthead names as its issuer and the office the line gives ('Minister for Health Jane Roe',
    'Media Release by The Hon Jane Roe MP', '• JANE ROE MP Minister for Ports', 'Senator Jane Roe'); None where the line
    names an office alone ('Office of the Premier') or a body ('Media Release by Victoria Police'): a name needs a
    courtesy ('The Hon', 'Senator'), the seat's letters or an office before it."""
    text = text.strip()
    issued = ISSUED_BY.match(text)
    text = issued.group("holder").strip() if issued else text
    courtesy = HOLDER_COURTESY.match(text)
    titled = courtesy is not None and any(w in courtesy.group("courtesy").lower().split() for w in ("senator", "hon", "hon."))
    text = text[courtesy.end() :] if courtesy else text
    seat = SEAT_LETTERS.search(text)
    if seat:  # the name before the seat's letters, the office after them
        name = _person(text[: seat.start()].split())
        return (name, seat.group("office").strip()) if name else None
    words = text.split()
    for cut in range(len(words) - HOLDER_NAME_WORDS[1], len(words) - HOLDER_NAME_WORDS[0] + 1):  # the office, then the name
        office = words[: max(cut, 0)]
        name = _person(words[max(cut, 0) :])
        if name and (heads_a_post(" ".join(office)) if office else titled):
            return name, " ".join(office)
    return None


def _masthead_at_top(units: list[Unit], start: int) -> bool:
    return any(u.data.get(MASTHEAD_KEY) or furniture_kind(u.text) == "release masthead" for u in units[: start + MASTHEAD_REACH])


def release_author(units: list[Unit], start: int, meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """A release whose masthead names the minister or official issuing it ('Media Release by The Hon Jane Roe MP', the
    office line 'Minister for Health Jane Roe' under the label, or such a line under the headline of a release whose
    label is over it): that person is its author, the office the role (the line under 'The Hon Jane Roe MP' where it
    names the office alone, 'Minister for Ports'). A release issued by a body or an office alone ('Department of
    Harbours', 'Office of the Premier') names no author: the body is its publisher."""
    if meta.get("authors"):
        return
    header = units[:start] if _masthead_at_top(units, start) else []
    for at, unit in enumerate(units[: start + MASTHEAD_REACH + 1]):
        if at < start and unit not in header:
            continue
        text = unit.text.strip()
        named = ISSUED_BY.match(text) is not None or bool(unit.data.get(OFFICE_LINE_KEY)) or (at < start and _office_line(text))
        holder = office_holder(text) if named or (at < start and SEAT_LETTERS.search(text)) else None
        if holder is None:
            continue
        name, office = holder
        below = units[at + 1].text.strip() if at + 1 < len(units) else ""
        if not office and _office_line(below) and office_holder(below) is None:
            office = below  # 'The Hon Jane Roe MP' / 'Minister for Ports'
        meta["authors"] = [name]
        if office:
            meta.setdefault("author_roles", {})[name] = office
        problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
        inferred[:] = [line for line in inferred if not (line.startswith(f"line {unit.line}: ") and "kicker or short title" in line)]
        inferred.append(f"line {unit.line}: {name!r}, named by the release's masthead as its issuer, read as its author")
        return
