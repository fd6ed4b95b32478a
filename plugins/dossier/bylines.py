"""Bylines and authors: who wrote the report, as a byline, a wire's or an agency's credit, a line of names or an
author's box or biography, and the header lines that give a name and a date together."""

from __future__ import annotations

import itertools
import re
from datetime import date

from .attribution.given_names import credited_given_name, given_name_sex, listed_given_name
from .datelines import WIRE_AGENCIES, dateline_end
from .dates import find_line_date
from .importunits import QUOTE_CLOSE, SMALL_WORDS, TERMINAL, Meta, Problem, Unit, is_title_case, listed_tags
from .judgment import JUDGE_POST
from .kickers import STORY_KICKERS
from .text import squash_spaces

SERIES = re.compile(r"^(?P<series>.*?\S)\s+(?:No(?![a-z])\.?|Number(?![a-z])|#)\s*(?P<number>[\w.-]+)$", re.I)  # not "… The North"
# a live page's relative stamp ("9 Hrs Ago"): furniture alone on its line, and a date line for the byline above it
# with its label or not ('Posted: 3 years ago', 'Updated 2 weeks ago'): the time since, on the day the page was copied
RELATIVE_STAMP_PATTERN = (
    r"(?:(?:posted|published|updated|last updated)\s*:?\s*)?"
    r"(?:\d{1,2}\s+(?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)|an?\s+(?:minute|hour|day|week|month|year))\s+ago"
)
# words a headline in title case has and a list of topics has not: pronouns, verbs of being and modals, wh-words, prepositions
HEADLINE_WORDS = set(
    "i we you he she it they me us him them my our your his her its their this that these those who what why how when where "
    "which is are was were be been being am has have had do does did can could will would shall should may might must not no "
    "never up out off about after before against amid than says say said if so".split()
)
AUTHOR_ROLE = re.compile(r"^(?P<name>.+?)\s+(?:is|was|serves as)\s+(?:an?\s+|the\s+)?(?P<role>.+?)\.?$")
BYLINE = re.compile(r"^(?:written\s+)?by:?\s+(?P<names>.+)$", re.I)  # "By: Jane Roe, John Doe on May 17, 2013"
# a news portal's byline over a story it runs from another outlet, with how long ago it ran, its reading time or both:
# 'Story by Jane Roe • 2h', 'Story by Jane Roe • 6h • 3 min read', 'Story by Jane Roe • 4 min read'
_PORTAL_READ_TIME = r"\d{1,3}\s*[-–]?\s*min(?:ute)?s?\.?\s+read"
PORTAL_STORY_BY = re.compile(
    r"^Story\s+by\s+(?P<names>[^•]{3,120}?)\s*•\s*"
    rf"(?:\d{{1,2}}\s*(?:m|min|h|hr|d|w|mo|y)(?:\s*•\s*{_PORTAL_READ_TIME})?|{_PORTAL_READ_TIME})$"
)
POSTED_BY = re.compile(r"^(?:posted|published|submitted)\s+(?=by\b)", re.I)  # 'Posted by: Jane Roe': a blog theme's byline
BYLINE_OUTLET = re.compile(r"\s+//\s+(?P<outlet>[A-Z][\w&.’' -]{1,60})$")  # 'By Jane Roe // Chicago Tribune'
# what may follow a date line's date: its hour and zone (an offset from GMT too: "10:15 AM GMT+02:00", "10:42 am (GMT+03:00)")
DATE_TAIL = re.compile(
    r"^(?:(?:,|\s+[-–—])?\s*(?:at\s+|T)?\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?)?(?:\s*\(?(?:(?:utc|gmt)\s*[+−-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|utc|gmt|z|[a-z]{1,4}t)\)?)?"
    r"(?:\s*[•|·]\s*[A-Za-z][\w .,’'-]{1,40})?"  # "21 October 2025 • Duqm, Oman": the story's place after the date
    r"(?:\s*[•|·](?:\s*(?:\d+|no)\s+comments?)?)?"  # "… 12:13 pm · 3 Comments", its count cut off in a PDF: "… 12:13 pm ·"
    r"(?:\s+(?:posted|filed)\s+(?:in|under)\s+[A-Za-z][\w .,&’'-]{1,40})?\s*$",  # a CMS's category: "5 May 2020 Posted in Replies"
    re.I,
)
# a page's labelled day: 'Story date:', 'Release date:' (furniture's 'story date line' too)
STORY_DATE_WORDS = r"(?:publication|release|story|article|news)\s+date"
DATE_LABEL = re.compile(
    rf"^(?:(?:\w[\w&-]*(?:\s+\w[\w&-]*)?\s+news,?\s+)?(?:date\s+)?(?:published|posted|updated|last updated|(?:last\s+)?modified|released|issued)|{STORY_DATE_WORDS}|date|dated|winter|spring|"
    r"summer|autumn|fall|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|(?:mon|tue|wed|thu|fri|sat|sun)\.?,)(?:\s+on)?\s*:?\s*",
    re.I,
)  # "Published: …", "date published: 2024-03-29T00:00:00+00:00" (an RSS archive), "Winter 11-17-2021" (a journal issue's repository date)
AUTHOR_LINE = re.compile(
    r"^\(?\s*(?:authors?|written by)\s*:\s*(?P<names>[^().:]{2,100}?)\s*(?:[.;]\s.*|\.)?\)?$", re.I
)  # "(AUTHOR:  MURRAY.  QUESTIONS …)"
# a library catalogue's or congress.gov's author field: "Fink, Anya L.", "Blanchard, Christopher M.; Katzman, Kenneth"
_SURNAME = r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?"
_GIVEN_NAMES = r"[A-Z][\w’'-]*\.?(?:\s+[A-Z][\w’'-]*\.?){0,2}"
_SURNAME_FIRST = _SURNAME + r",\s*" + _GIVEN_NAMES
CATALOGUE_AUTHORS = re.compile(r"^(?:authors?|by)\s*:\s*(?P<names>" + _SURNAME_FIRST + r"(?:\s*;\s*" + _SURNAME_FIRST + r")*)\s*;?$", re.I)
SURNAME_FIRST = re.compile(r"(" + _SURNAME + r"),\s*(" + _GIVEN_NAMES + ")")
BIO_VERB = r"(?:is|was|has|serves|served|holds|teaches|leads|directs|works)\b"
HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Ms|Mrs|Col|Gen|Amb|Ambassador|Sir|Dame)\.?\s+")
REPORT_NUMBER = re.compile(r"^\(?(?P<number>[A-Z]{1,6}[-\s]?\d{2,}[\w.-]*)\)?$")
_NAME = r"(?:[A-Z][\w’'.-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'.-]+|[A-Z]\.|de|van|von|den|ter|ten|al|bin|da|du|del|der|la|le|el)){0,4}"
NAME_LIST = re.compile(r"^(?P<names>" + _NAME + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)" + _NAME + r")*)\s*\*?$")
TEAM_BYLINE = re.compile(r"^(?:[A-Z][\w&.’'-]*\s+){0,5}(?:Team|Staff|Desk|Editors|Editorial Board|Newsroom|Research Unit)$")


BYLINE_JOINER = re.compile(r"^(?:,|,?\s*(?:and|&))$")  # what is left between a byline's names when each is a link on its own line
BYLINE_LINES_MAX = 9


# the separators of a byline's names: "A, B and C", "A & B", "A, and B"
NAME_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def listed_names(text: str) -> list[str]:
    """The names a byline lists ("Ana Roe, Ben Lutz and Cy Park"), each stripped, none empty."""
    return [name.strip() for name in NAME_SEPARATOR.split(text) if name.strip()]


def _byline_over_lines(units: list[Unit], index: int) -> tuple[str, int] | None:
    """'By' alone on its line, the names on the lines under it, each a link ('By' / 'Jane Roe' / ', and' / 'John Doe'),
    a name's given name and surname each on a line of its own ('Jane' / 'Van Roe'), or the newsroom's name ('Newsroom'):
    the names joined as one byline, and how many lines it takes."""
    if units[index].text.strip().lower() not in ("by", "by:"):
        return None
    pieces: list[str] = []
    lines = 1
    split_name = False  # the given name's line read, its surname's line next
    for at in range(index + 1, min(len(units), index + 1 + BYLINE_LINES_MAX)):
        piece = units[at].text.strip()
        if split_name:
            split_name = False
            lines += 1
            continue
        if not (BYLINE_JOINER.match(piece) or _is_person_name(piece) or TEAM_BYLINE.match(piece)):
            after = units[at + 1].text.strip() if at + 1 < len(units) else ""
            if not (piece.isalpha() and piece[:1].isupper() and len(piece.split()) == 1 and _is_person_name(f"{piece} {after}")):
                break
            if post_alone(piece):
                break  # the writer's post under her name ('Journalist' / 'Updated'), no given name over a surname
            piece, split_name = f"{piece} {after}", True
        lines += 1
        if pieces and piece == pieces[-1]:
            continue  # the name given twice, its link's text and its card's ('Jane Roe' / 'Jane Roe')
        pieces.append(piece)
    while pieces and BYLINE_JOINER.match(pieces[-1]):
        pieces.pop()
        lines -= 1
    if not pieces:
        return None
    return " ".join(pieces).replace(" ,", ","), lines + _source_label_lines(units, index + lines)


SOURCE_LABEL = re.compile(r"^from\s*:$", re.I)  # a news theme's field of the paper the story ran in, under its 'by:' field


def _source_label_lines(units: list[Unit], at: int) -> int:
    """'From:' / 'Harbour Times' under a split byline's names (a news group's mobile template gives the writer and the
    paper each under its label): 2, the lines of the byline they are; else 0."""
    if at + 1 >= len(units) or not SOURCE_LABEL.match(units[at].text.strip()):
        return 0
    outlet = units[at + 1].text.strip()
    return 2 if len(outlet) <= 60 and PIPE_OUTLET.fullmatch(outlet) and not find_line_date(outlet) else 0


# a site's byline field as a label on its line, the name on the next ('WRITER:' / 'Jane Roe', 'Reporter:' / 'Harbour News Agency')
WRITER_LABEL = re.compile(r"^(?:writer|writers|author|authors|reporter|reporters|written by|words)\s*:$", re.I)


def labelled_writer_over_line(units: list[Unit], index: int, meta: Meta) -> bool:
    """'WRITER:' alone on its line over the writer's name, a person's or a newsroom's ('Harbour Morning Post', 'Reuters'):
    the byline, both lines. A label over anything else (a sentence, a heading) is no byline."""
    if index + 1 >= len(units) or meta.get("authors") or not WRITER_LABEL.match(units[index].text.strip()):
        return False
    name = units[index + 1].text.strip()
    names = [n for n in NAME_SEPARATOR.split(name) if n]
    if not names or not all(_is_person_name(n) or NEWSROOM_NAME.fullmatch(n) or n in WIRE_AGENCIES for n in names):
        return False
    meta["authors"] = names
    return True


def _header_goes_on(unit: Unit | None) -> bool:
    """The unit is more of the header: a date line, or a byline ('By Jane Roe', or 'By' alone over the names)."""
    return unit is not None and (
        _is_date_line(unit)
        or unit.text.strip().lower() == "by"
        or BYLINE.match(unit.text.strip()) is not None
        or (_opens_on_writer(unit.text) and _author_with_post_or_day(unit.text.strip(), {}, unit.line))  # 'Jane Roe, Saturday 28 May 2011'
    )


def _author_line(text: str, meta: Meta) -> bool:
    """'AUTHOR: MURRAY.' (a cable's or an FBIS analysis's author line), 'Authors: Jane Roe and John Doe', and a catalogue's
    'Author: Fink, Anya L.' / 'Authors: Blanchard, Christopher M.; Katzman, Kenneth' (surname first, names read in order)."""
    match = CATALOGUE_AUTHORS.match(text.strip()) or AUTHOR_LINE.match(text)
    if not match or meta.get("authors"):
        return False
    if match.re is CATALOGUE_AUTHORS:
        meta["authors"] = [f"{given.strip()} {surname.strip()}" for surname, given in SURNAME_FIRST.findall(match.group("names"))]
        return bool(meta["authors"])
    names = listed_names(match.group("names"))
    if not names or not all(re.fullmatch(_NAME, n) or re.fullmatch(r"[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}", n) for n in names):
        return False
    meta["authors"] = [n.title() if n.isupper() else n for n in names]
    return True


_CAPS_NAME = r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?\s+[A-Z]{2,}(?:[- ][A-Z]{2,})?"  # "Maria KOSTENKO": a wire's byline writes surnames in capitals
AGENCY_BYLINE = re.compile(
    r"^(?P<names>"
    + _CAPS_NAME
    + r"(?:(?:,\s*|\s+(?:with|and)\s+)"
    + _CAPS_NAME
    + r")*)(?:\s+in\s+[A-Z][\w’' -]{1,40}?)?\s+(?:AFP|AP|Reuters|dpa|ANSA)$"
)


# a news site's credit for an agency's story where the byline stands: the dateline's place, a dash, the agency ('OTTAWA —
# The Canadian Press', 'GENEVA, Switzerland -- Reuters')
DATELINE_CREDIT = re.compile(
    r"^(?-i:[A-Z][A-Z.’' -]{1,30}?)(?:,\s+[A-Z][\w.’' -]{1,30}?)?\s+(?:[—–]|--?)\s+"
    r"(?P<agency>(?:The\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})$"
)


def _dateline_credit(text: str, meta: Meta) -> bool:
    """'OTTAWA — The Canadian Press' under the headline: the agency, the story's author, after the place it was filed from."""
    match = DATELINE_CREDIT.match(text.strip()) if "—" in text or "–" in text or "-" in text else None
    if not match or meta.get("authors"):
        return False
    agency = match.group("agency")
    if not (NEWSROOM_NAME.fullmatch(agency) or agency in WIRE_AGENCIES):
        return False
    meta["authors"] = [agency]
    return True


def _agency_byline(text: str, meta: Meta) -> bool:
    """'Maria KOSTENKO with Vadym TOMASHEVSKY in Irpin AFP': a news agency's byline, its reporters, the place, the agency."""
    match = AGENCY_BYLINE.match(text.strip())
    if not match or meta.get("authors"):
        return False
    names = re.split(r",\s*|\s+(?:with|and)\s+", match.group("names"))
    meta["authors"] = [" ".join(w.title() if w.isupper() else w for w in name.split()) for name in names]
    return True


def _author_with_bio(text: str, following: Unit | None, meta: Meta) -> bool:
    """An author's name on its own line above the author's note: 'Robert Blitt' / 'Robert C. Blitt is a professor of law …'."""
    if following is None or len(text) > 60 or not re.fullmatch(_NAME, text.strip()) or not _bio_of(text, following.text):
        return False
    meta.setdefault("authors", [])
    if text.strip() not in meta["authors"]:
        meta["authors"].append(text.strip())
    return True


def _bio_of(name: str, text: str) -> bool:
    """The paragraph opens with the name (its first and last word, a title or middle initial allowed) and a verb of a bio."""
    words = name.split()
    if len(words) < 2:
        return False
    opening = HONORIFIC.sub("", text)
    pattern = re.escape(words[0]) + r"(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){0,3}?\s+" + re.escape(words[-1]) + r",?\s+(?:[\w,. ]{0,40}\s)?" + BIO_VERB
    return bool(re.match(pattern, opening))


# a person's name: a given name (or an initial), up to two more, then the surname; an initial may close it where the
# given name and the surname are written out ('Selay Marius K.', 'Ana Lutz K.', as francophone and South Asian bylines set it)
# a name's word: 'Nora', 'Tallis', and one whose prefix's apostrophe stands before a capital ('O'Dell', 'D'Arcy')
_NAME_WORD = r"(?:[A-Z][’'])?[A-Z][a-zà-ÿ’'-]+"
# a surname whose prefix runs on into a capital ('McAdam', 'MacLeod', 'DeVane', 'DiMarco', 'LeVine', 'LaRue', 'VanDyke'):
# a brand's or a place's word too ('MacBook', 'LaGuardia'), so a name's only as its last word, after a given name the
# lists hold
_PREFIXED_SURNAME = r"(?:Ma?c|D[aeiu]|L[ae]|Van)[A-Z][a-zà-ÿ’'-]+"
PREFIXED_SURNAME_LAST = re.compile(rf"\s{_PREFIXED_SURNAME}$")
# initials, one or run together ('J.', 'J.R.', 'A.B.C.'); run together, they may be a place's short name instead
# ('U.S. Navy', 'D.C. Harbour Police'), which _is_person_name tells by the body's word after them
_INITIALS = r"[A-Z]\.(?:[A-Z]\.){0,2}"
RUN_TOGETHER_INITIALS = re.compile(r"^[A-Z]\.[A-Z]\.")
# a surname's particles ('Pieter van der Berg', 'Ana Van Der Fort', 'Luis de la Vega'), in small letters or capitals
SURNAME_PARTICLES = frozenset("de des van von der den al bin da du del la le el".split())
PERSON_NAME = re.compile(
    rf"^(?:{_NAME_WORD}|{_INITIALS})(?:\s+(?:{_NAME_WORD}|{_INITIALS}|{'|'.join(sorted(SURNAME_PARTICLES))})){{0,2}}"
    rf"\s+(?:{_NAME_WORD}(?:-{_NAME_WORD})?(?:\s+[A-Z]\.)?|{_PREFIXED_SURNAME})$"
)
# the nouns a letter follows as a label, not as a name's initial: 'Plan B.', 'Option C.', 'Vitamin D.', 'Terminal E.'
LETTERED_LABELS = frozenset(
    """plan option type part phase section grade class group vitamin schedule annex appendix exhibit figure table category
    level stage unit block wing ward zone area team row gate terminal platform line route pier hall building tier""".split()
)
TRAILING_INITIAL = re.compile(r"[a-zà-ÿ]\s+[A-Z]\.$")  # 'Ana Lutz K.': the initial after the surname, its stop no sentence's


def without_particles(name: str) -> str:
    """'Nandi van der Berg' → 'Nandi Berg': the given name and the surname's main word, to count and test as a name's; a
    particle inside the name only, never its first or last word."""
    words = name.split()
    if len(words) < 3:
        return name
    return " ".join([words[0], *[word for word in words[1:-1] if word.lower() not in SURNAME_PARTICLES], words[-1]])


# the last word of a place's, a prize's or a venue's name that has a particle inside ('Omar bin Laden Road', 'Jan Van Eyck
# Prize', 'Hotel de la Plage')
NAMED_THING_LAST_WORDS = frozenset(
    """road street avenue lane way drive square plaza bridge quay beach coast prize award medal trophy cup lecture fellowship
    hotel hall house museum gallery school college institute centre center foundation club""".split()
)
# words a given names' list may hold that open a place's or a venue's name ('Santa Rosa', 'Casa de la Luz'), and the
# words in '-a' towns open on ('Kuala Lumpur', 'Kota Bharu', 'Costa Mesa', 'Punta Arenas'), whose shape is a given name's
PLACE_OPENING_WORDS = frozenset(
    "san santa santo sao são saint sainte st st. ste port fort mount lake cape villa puerto casa kuala kota bandar costa punta "
    "playa vila bahia nueva ciudad".split()
)
PARTICLE_NAME_MAX_WORDS = 5  # 'Fouzia Van Der Fort', 'Ana María de la Vega': more is a title's line


def particle_name_holds(name: str) -> bool:
    """'Fouzia Van Der Fort': a name with particles inside is a person's where it opens on a given name the lists hold
    (no place's opening word: 'Casa de la Luz'), ends on no place's, road's, prize's or venue's word ('Omar bin Laden
    Road') and runs to five words at most; a line of three words or fewer, or without particles, is left to the other tests ('Notes de la Semaine',
    'Vie de la Cité', 'Hotel de la Plage' are none)."""
    words = name.split()
    if len(words) <= 3 or without_particles(name) == name:
        return True  # 'Joost de Wit': as many words as a plain name, left to the tests a plain name has
    last = words[-1].lower()
    if len(words) > PARTICLE_NAME_MAX_WORDS or last in NAMED_THING_LAST_WORDS:  # 'Fort' ends a surname ('Van Der Fort')
        return False
    return words[0].lower() not in PLACE_OPENING_WORDS and given_name_sex(words[0]) is not None and not names_a_body(words[-1:])


def without_trailing_initial(name: str) -> str:
    """'Selay Marius K.' → 'Selay Marius': the name's written-out words, to test as a given name and a surname."""
    return name[:-2].rstrip() if TRAILING_INITIAL.search(name) else name


def _is_person_name(text: str) -> bool:
    """'Ariana Yekrangi', 'Thomas des Garets Geddes': two to four words shaped as a person's name, in mixed case, none of
    them a word a kicker or a title has ('The', 'Of', 'Its' …)."""
    words = text.split()
    if TRAILING_INITIAL.search(text.strip()) and words[-2].lower() in LETTERED_LABELS:
        return False  # 'Council Picks Plan B.': a headline's lettered option, no initial
    if not PERSON_NAME.match(text.strip()) or any(w.lower() in SMALL_WORDS or w.lower() in HEADLINE_WORDS for w in words):
        return False
    if PREFIXED_SURNAME_LAST.search(text.strip()) and not credited_given_name(words[0]):
        return False  # 'Apple MacBook', 'Delta LaGuardia': a brand's or a place's words, no given name before the surname
    return not RUN_TOGETHER_INITIALS.match(text.strip()) or not names_a_body(words[1:])


CLOSING_NOTE_REACH = 3  # the last paragraphs, where a writer's note stands


def named_by_closing_note(name: str, paragraphs: list[str]) -> bool:
    """'Lachlan MacKenzie' over the date line, its given name in no list: a prefixed surname is a person's where the
    text's closing writer's note opens on the whole name ('Lachlan MacKenzie is a research assistant …')."""
    name = name.strip()
    if PERSON_NAME.match(name) is None or PREFIXED_SURNAME_LAST.search(name) is None:
        return False
    return any(text.strip().startswith(f"{name} is ") for text in paragraphs[-CLOSING_NOTE_REACH:])


def names_a_body(words: list[str]) -> bool:
    """'Navy', 'Harbour Police', 'Border Force': words after a place's short name that end on a body's word."""
    from .attribution.names import LOWER_BODY_WORD, ORGANIZATION_WORDS  # the engine's lists; imported only for this rare shape

    folded = [word.lower().strip(".,") for word in words]
    return any(word in ORGANIZATION_WORDS for word in folded) or LOWER_BODY_WORD.search(" ".join(folded)) is not None


STORY_OPENING_WORDS = 8  # a sentence, not a heading or a caption


def _name_under_date_line(text: str, above: Unit | None, following: Unit | None, story: str = "") -> bool:
    """'Lena Moor' alone on the line under the date line ('2026-03-02'), the story's first sentence under it: a blog's or
    a repost's byline, where its first word is a given name ('Harbour Board' is none), or its words are shaped as a
    name's and the story never writes them in lower case ('Zikomo Nyirenda'). A name with no sentence under it may be a
    section's or a caption's."""
    if not _is_person_name(text) or not _is_date_line(above) or not _opens_story(following) or _names_a_place(text):
        return False
    if names_a_dateline_place(text):
        return False  # 'Addis Ababa' under the date line: the dateline's place
    if not particle_name_holds(without_trailing_initial(text.strip())):
        return False
    return given_name_sex(text.split()[0]) is not None or _unlisted_name(without_particles(without_trailing_initial(text.strip())), story)


GIVEN_NAME_FORM = re.compile(r"[A-Z][a-z’'-]+")  # a given name written out: no initial, no number


def _bare_name_under_title(text: str, following: Unit | None, story: str) -> bool:
    """'Grace Kamwendo' alone on the line under the headline, no date anywhere near, the story's first sentence under it: a
    regional paper's byline, where its first word is a given name, the story never names it (a case's subject does:
    'Edith Marlow' over 'Edith Marlow, 81, …') and writes none of its words in lower case (a subhead's: 'Dredging
    Contract' over '… a dredging contract …'); a given name no list holds ('Zikomo Nyirenda') where the words are shaped
    as a name's, no heading's."""
    if not _is_person_name(text) or not particle_name_holds(without_trailing_initial(text.strip())) or names_a_dateline_place(text):
        return False  # 'Addis Ababa', 'Rio de Janeiro', 'Juba, South Sudan': the dateline's place
    text = without_particles(without_trailing_initial(text.strip()))  # 'Selay Marius K.', 'Nandi van der Berg': given name, surname
    if len(text.split()) > 3 or not GIVEN_NAME_FORM.fullmatch(text.split()[0]):
        return False  # not 'I. Introduction', a section's number and title
    if not _opens_story(following) or _names_a_place(text):
        return False
    words = text.split()
    if " ".join(words) in story or any(re.search(rf"\b{re.escape(word.lower())}\b", story) for word in words):
        return False  # a case's subject the story goes on to name ('Edith Marlow' over 'Edith Marlow, 81, …'); a subhead's words
    return given_name_sex(words[0]) is not None or _unlisted_name(text, story)  # 'Navigating Without Maps' is neither


CLOSING_NOTE_NUMBER = re.compile(r"(?<=[.!?”’\"')])(?:\d{1,3}|\[\d{1,3}\])$")


def story_sentence(text: str) -> bool:
    """A sentence of prose, no heading or caption: eight words or more, closed by its stop (a closing quotation mark or
    bracket may follow it)."""
    text = CLOSING_NOTE_NUMBER.sub("", text.strip())  # '… clear by May.2': a note's number glued after the stop
    return len(text.split()) >= STORY_OPENING_WORDS and text.rstrip("”’\"')")[-1:] in TERMINAL


def _opens_story(following: Unit | None) -> bool:
    """The unit is the story's first sentence."""
    return following is not None and story_sentence(following.text)


# the endings of the abstract nouns a heading is made of ('Border Tensions', 'Community Relations'), which no name has
HEADING_NOUN_ENDING = re.compile(r"(?:tions?|sions?|ments?|ness|ities|ity|isms?|ships?|ics|ogy|ogies)$")
# a site's section labels, a place's words and the prepositions a heading has: a line with one is no byline
LABEL_OR_PLACE_WORDS = frozenset(
    """news opinion analysis business sport sports world africa asia europe americas health features feature editorial
    local national international latest breaking top stories video photos live update updates special report reports
    comment lifestyle entertainment culture science technology environment economy markets investigations investigation
    city town district province region county state village island islands street road valley river bay hills park square
    new los las fort port mount cape lake north south east west central upper lower greater
    without within beyond across behind between under against toward towards through around inside outside amid among
    upon despite""".split()
)
PLACE_NOUNS = frozenset("district province region county city municipality village valley islands".split())


def _names_a_place(text: str) -> bool:
    """'Karonga District', 'Nkhata City': a place's line (a dateline's, a label's), whatever its first word is."""
    return text.split()[-1].lower() in PLACE_NOUNS


# the cities of two words or more a story's dateline names most, each shaped as a person's name ('Addis Ababa', 'Tel
# Aviv'); with a state's name last ('Juba, South Sudan', 'Kampala Uganda') or a place's first word ('Sao Paulo') any
# other place's line is told by its words
DATELINE_CITIES = frozenset(
    city.strip()
    for city in """addis ababa|buenos aires|phnom penh|tel aviv|hong kong|rio de janeiro|mexico city|new york|los angeles|
    ho chi minh city|ho chi minh|dar es salaam|port moresby|la paz|panama city|guatemala city|kuwait city|cape town|gaza city|
    las vegas|belo horizonte|porto alegre|port harcourt|port sudan|el fasher|ras al khaimah|new orleans|salt lake city|
    baton rouge|des moines|el paso|bandar seri begawan|kota kinabalu|nizhny novgorod|le havre|rostov-on-don|sharm el-sheikh|
    ulan bator|ciudad juarez|hai phong|da nang|chiang mai|kuala lumpur|sao paulo|são paulo|santo domingo|san salvador|
    san jose|san juan|st petersburg|saint petersburg|new delhi|abu dhabi|dera ismail khan|mazar-i-sharif|port louis|
    banda aceh""".split("|")
)


PLACE_LINE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:,\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?")


def place_line(text: str, story: str = "") -> bool:
    """'Nairobi', 'Juba, South Sudan', 'Addis Ababa' alone on the line under a bare byline, over the story: where the
    writer files from, a place the lists know (a town and its country after a comma, a dateline city, a state or a
    region), or one capitalised word, no given name, that the story names in its own text ('… the port of Harbourton …');
    never a name of two words ('Jane Roe' / 'Tom Bell' are two writers), a label ('Opinion', 'Background') nor a line
    with a stop."""
    from .attribution.names import STATE_NAMES  # the engine's list of states and countries
    from .regions import REGIONS

    text = text.strip()
    if len(text) > 40 or not PLACE_LINE.fullmatch(text):
        return False
    if len(text.split()) > 1:
        return names_a_dateline_place(text)
    if text.lower() in STATE_NAMES or text.lower() in REGIONS:
        return True
    if given_name_sex(text) is not None or listed_given_name(text) or credited_given_name(text):
        return False  # 'Tom', 'Lima': a given name, or a second writer's, never taken for a town
    return re.search(rf"(?<=[a-z,] ){re.escape(text)}\b", story) is not None  # named inside a sentence, not opening it


def names_a_dateline_place(text: str) -> bool:
    """'Addis Ababa', 'Juba, South Sudan', 'Sao Paulo' alone on a line under the headline: the story's dateline or the
    writer's place, no writer, though shaped as a name, where the words give positive evidence of a place: a city the
    list holds, a place's opening word first, or a town of one word no list holds as a given name, a comma, and a
    state's name (the engine's list of states and countries). A state's name after a name with no comma is a person's
    ('Kim Jordan', 'Amara Georgia', 'Victoria Chad'): a surname may be a country's."""
    from .attribution.names import STATE_NAMES  # the engine's list; imported only for a line shaped as a name

    folded = " ".join(text.replace(",", " ").split()).lower()
    words = folded.split()
    if not words:
        return False
    if folded in DATELINE_CITIES or words[0] in PLACE_OPENING_WORDS:
        return True
    if "," not in text:
        return False
    town, state = (" ".join(piece.split()) for piece in text.rsplit(",", 1))
    if state.lower() not in STATE_NAMES:
        return False  # 'Jane Roe, Tom Jordan' names two writers
    if town.lower() in DATELINE_CITIES or town.lower() in STATE_NAMES:
        return True
    # 'Juba, South Sudan': a town of one word; a name the lists hold first is a person's ('Jane Roe, Georgia')
    return len(town.split()) == 1 and not listed_given_name(town) and not credited_given_name(town)


# the jobs a writer's note gives the story's writers ('… is a senior reporter at …'): a person's, never a paper's
WRITERS_JOB = r"(?:reporter|writer|correspondent|journalist|editor|contributor|fellow|freelancer|producer|researcher|columnist|analyst)s?"


# where a name stands as its sentence's subject: the paragraph's or sentence's opening, or after another writer ('Ana Lutz
# and Jane Roe contributed'); 'The Mekong Eye contributed', 'Journalists from Mekong Eye contributed' name a paper
SUBJECT_PLACE = r"(?:^|(?<=[.!?]\s)|(?<=\band\s)|(?<=,\s))"
# a newsroom after the credited name: 'Additional reporting by Mekong Eye staff' credits the paper's people, not a person
NEWSROOM_AFTER = r"(?!\s+(?:staff|journalists|reporters|correspondents|team|newsroom)\b)"


def _named_as_writer(name: str, text: str) -> bool:
    """The text names `name` as one of its writers, in a person's form: its writer's note ('Oluwaseun Adeyemi is a
    reporter at …'; no 'is a network of journalists'), a contribution line with the name as its subject ('Oluwaseun
    Adeyemi in Lagos contributed to this report.', 'Adeyemi contributed'; no 'The …' or 'Journalists from … contributed'),
    a credit ('Additional reporting by Oluwaseun Adeyemi', 'Reporting by …'; no '… by Mekong Eye staff')."""
    full, surname = re.escape(name), re.escape(name.split()[-1])
    return (
        re.search(
            rf"{SUBJECT_PLACE}{full}\s+(?:is|was)\s+(?:an?|the)\s+(?:(?!of\b)[\w-]+\s+){{0,3}}?{WRITERS_JOB}\b"
            rf"|{SUBJECT_PLACE}(?:{full}|{surname})(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+contributed\b"
            rf"|\b(?i:reporting)\s+by\s+(?:[A-Z][\w'’-]*\s+){{0,8}}?(?:and\s+)?{full}\b{NEWSROOM_AFTER}",
            text,
            re.M,
        )
        is not None
    )


# the word a paper's name ends on, after a town's or a given name's word ('Victoria Advocate', 'Eugene Weekly', 'Savannah
# Now'), beyond the newsroom's words NEWSROOM_NAME reads; none a surname often is
MASTHEAD_END = re.compile(
    r"\s(?:Weekly|Daily|Beacon|Sentinel|Advocate|Dispatch|Examiner|Courier|Bulletin|Register|Inquirer|Enquirer|Monitor|"
    r"Mirror|Express|Now|Today|Online|Voice)$"
)


def _masthead_name(name: str) -> bool:
    return NEWSROOM_NAME.fullmatch(name) is not None or MASTHEAD_END.search(name) is not None


def third_writer_after_pair(meta: Meta, text: str, inferred: list[str]) -> None:
    """'Jane Roe and John Doe, Oluwaseun Adeyemi': what a bare byline names after its pair of writers, read as their paper
    where its first word is no listed given name, is a third writer where it is shaped as a person's name (no body's or
    outlet's word) and either opens on a given name a credit may open on ('Ivo Marsh') or the text names that person as
    its writer (a writer's note, a contribution line, 'Additional reporting by …'). Shape alone tells no paper from a
    person ('Al Jazeera', 'Kyiv Independent', 'Mekong Eye' are shaped as names): the paper stays the paper."""
    named = meta.pop("named_after_pair", "")
    if not named or not _is_person_name(named) or names_a_body(named.split()) or _masthead_name(named):
        return
    if not (credited_given_name(named.split()[0]) or _named_as_writer(named, text)):
        return
    meta["authors"] = [*meta.get("authors", []), named]
    inferred.append(f"the name after the byline's pair of writers read as a third writer, no paper: {named!r}")


def _unlisted_name(text: str, story: str) -> bool:
    """'Collins Mtika', 'Chikondi Mphatso Banda': two or three words alone under the headline or its date line, shaped as a
    person's name though no list holds the given name: no verb opening it ('Navigating Without Maps'), no abstract
    noun's ending, no section label's, place's or preposition's word, and no word the story writes in lower case,
    singular or plural ('Border Tensions' over '… the tension at the border …')."""
    words = text.split()
    if not 2 <= len(words) <= 3:
        return False
    if not GIVEN_NAME_FORM.fullmatch(words[0]) or any(len(word.rstrip(".")) < 2 for word in words):
        return False  # 'A. Background': a lettered section's title; a given name is written out
    if len(words[0]) >= 7 and words[0].endswith("ing"):
        return False  # a heading opening on its verb ('Navigating Without Maps', 'Rethinking Ports'); a surname may end so
    for word in words:
        lower = word.lower()
        if lower in LABEL_OR_PLACE_WORDS or (len(lower) >= 6 and HEADING_NOUN_ENDING.search(lower)):
            return False
        stem = lower[:-2] if lower.endswith("es") and len(lower) > 4 else lower[:-1] if lower.endswith("s") else lower
        if re.search(rf"\b{re.escape(stem)}(?:s|es)?\b", story):
            return False
    return True


NAME_OF_OUTLET = re.compile(r"^(?P<name>" + _NAME + r")\s+of\s+(?P<outlet>(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})$")


def name_of_outlet(text: str) -> tuple[str, str] | None:
    """'Jane Roe of Harbor Ledger', 'Jane Roe of the Associated Press': a republished story's byline, the writer and the
    newsroom the story came from; (name, outlet) where the name is a person's."""
    match = NAME_OF_OUTLET.match(text.strip())
    return (match.group("name"), match.group("outlet")) if match and _is_person_name(match.group("name")) else None


OUTLET_CREDIT = re.compile(r"^\((?:The\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4}\)$")  # "(The Jakarta Post)", "(Reuters)"


def _byline_over_outlet(text: str, following: list[Unit]) -> bool:
    """An op-ed's byline under its headline: the writer's name, a title before it allowed ('Ambassador Jane Roe'), over the
    outlet's name in brackets and the date line ('(The Jakarta Post)' / 'Sat, May 5, 2018'). A name with no outlet under
    it is a caption's or a kicker's."""
    name = HONORIFIC.sub("", text.strip())
    return (
        len(following) == 2 and _is_person_name(name) and OUTLET_CREDIT.match(following[0].text.strip()) is not None and _is_date_line(following[1])
    )


def is_date_line(unit: Unit | None) -> bool:
    """The unit is a date line of the header ('2022-02-06T06:50:00+02:00', 'Published: March 9, 2023')."""
    if unit is None or len(unit.text) > 80:
        return False
    text = DATE_LABEL.sub("", unit.text) if DATE_LABEL.match(unit.text) else unit.text
    if not find_line_date(text) or _opens_on_writer(text):
        return False  # 'Jane Roe, Saturday 28 May 2011': a byline with its day, read as one, no date line under a headline
    return _parse_header_part(unit.text if STAMP_CLOCK.match(text) else text, {}, False)


_is_date_line = is_date_line  # its older private name, which the header modules written before it was public import


def _opens_on_writer(text: str) -> bool:
    """The line opens on a person's name and a comma ('Jane Roe, Saturday 28 May 2011')."""
    name = text.split(",", 1)[0].strip() if "," in text else ""
    return bool(name) and given_name_first(name)


def given_name_first(name: str) -> bool:
    """A person's name as it is spelt ('Jane Roe'), opening on a given name: 'Harbour Board' names nobody."""
    return _is_person_name(name) and given_name_sex(name.split()[0]) is not None


def listed_person_name(name: str) -> bool:
    """A person's name as it is spelt, opening on a given name the lists hold ('Jane Roe'; not 'New York', nor a name
    whose first word is a name only by its ending): where a line is a contact only if it names a person."""
    return _is_person_name(name) and listed_given_name(name.split()[0])


def credited_person_name(name: str) -> bool:
    """A photo credit's person ('Lena Brandt/Harbour Wire'): a listed person's name, or one opening on a given name only a
    credit is read under (credited_given_name) whose last word is no body's, business's or place's ('Anna University',
    'Rosa Group', 'Tina County' name no photographer)."""
    if listed_person_name(name):
        return True
    words = name.split()
    if not (_is_person_name(name) and credited_given_name(words[0])):
        return False
    return not _ends_on_place_or_body_word(name)


def _ends_on_place_or_body_word(name: str) -> bool:
    """The name's last word is a body's, a business's or a place's ('Anna University', 'Rosa Group', 'Tina County')."""
    from .attribution.names import AREA_WORDS, BODY_OR_BUSINESS_WORDS  # the engine's lists; imported only for these rare shapes

    last = name.split()[-1].lower().strip(".,")
    return last in BODY_OR_BUSINESS_WORDS or last in AREA_WORDS or last in PLACE_NOUNS


TOWN_WORDS = frozenset({"town", "borough", "island"})


def place_or_body_name(name: str) -> bool:
    """A name shaped as a person's that ends on a place's or a body's word ('Harbour Town', 'New York City', 'Kelby
    Times'): no writer's or photographer's."""
    return names_a_body(name.split()) or _ends_on_place_or_body_word(name) or name.split()[-1].lower().strip(".,") in TOWN_WORDS


RELATIVE_STAMP = re.compile(RELATIVE_STAMP_PATTERN, re.I)


def _is_time_ago(unit: Unit | None) -> bool:
    """The unit is a live page's relative stamp ('9 Hrs Ago', '2 hours ago'): a date line with no date in it."""
    return unit is not None and RELATIVE_STAMP.fullmatch(unit.text.strip()) is not None


def _is_lone_author(text: str) -> bool:
    """'Arthur I. Cyr' below the title and the date line: one name with a middle initial is a byline."""
    words = text.split()
    return 3 <= len(words) <= 4 and bool(re.fullmatch(_NAME, text)) and any(re.fullmatch(r"[A-Z]\.", w) for w in words[1:-1])


PROSE_WORDS = 20  # a paragraph this long ending on a sentence's end is the text itself, no header line


def _prose_paragraph(text: str) -> bool:
    return len(text.split()) >= PROSE_WORDS and text.rstrip().rstrip("”’\"')")[-1:] in TERMINAL


SPEAKER_AND_DATE = re.compile(r"^(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep)\.\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s+[—–]\s+(?P<date>\S.{5,40})$")


def _speaker_and_date(text: str, meta: Meta, line: int) -> bool:
    """'Mr. WOLF — 23 September 2009': the Congressional Record's speaker and day over a floor statement."""
    speaker = SPEAKER_AND_DATE.match(text)
    if not speaker or not _parse_header_part(speaker.group("date"), meta, False, True, line):
        return False
    if not meta.get("authors"):
        meta["authors"] = [re.sub(r"\b([A-Z])([A-Z’'-]+)\b", lambda m: m.group(1) + m.group(2).lower(), speaker.group("name"))]
    return True


def _parse_header_line(text: str, meta: Meta, after_title: bool = True, line: int = 1) -> bool:
    text = _byline_given_twice(text)
    parts = [p.strip() for p in text.split("|")] if "|" in text else [text]
    if not after_title and len(parts) > 1 and _headline_with_site(parts):
        return False  # a page's title, 'Russian Offensive Campaign Assessment, February 2, 2026 | Critical Threats': no tags
    if after_title and not meta.get("authors") and _writer_then_outlet(parts, line):
        meta["authors"] = [parts[0]]  # 'Jane Roe | Harbour Ledger' under the headline: the writer, then the paper
        meta.setdefault("affiliation", parts[1])
        return all(_parse_header_part(part, meta, allow_tags=False, after_title=True, line=line) for part in parts[2:])
    recognised = []
    for at, part in enumerate(parts):
        found = _parse_header_part(part, meta, allow_tags=len(parts) > 1, after_title=after_title, line=line)
        if not found and at == 1 and meta.get("authors") and BYLINE.match(parts[0]) and PIPE_OUTLET.fullmatch(part):
            meta.setdefault("affiliation", part)  # 'By Jane Roe | Example Media for example.com': the writer, then the outlet
            found = True
        recognised.append(found)
    return all(recognised)


# a news site's desk or a topic after a pipe: 'Jane Roe | Politics' may be a list of topics, no writer and paper
DESK_WORDS = STORY_KICKERS | set(
    "news politics business world sport sports economy markets tech technology science health culture opinion climate "
    "environment education life lifestyle local national international us uk europe asia africa".split()
)


def _writer_then_outlet(parts: list[str], line: int) -> bool:
    """'Jane Roe | Harbour Ledger': a person's name, then a paper's or an agency's name, then at most a date line's part
    ('Jane Roe | Harbour Ledger | June 6, 2024'). Both sides need their own evidence, with no 'By' to say it is a byline:
    the first a credited person's name no place's or thing's word ends ('Hope Street', 'Georgia Tech', 'Grace Notes'
    name nobody), the second a paper's name by its word or a known outlet ('Jane Roe | Middle East', '… | Brazil',
    '… | Property' name a topic, a line of tags)."""
    return (
        len(parts) in (2, 3)
        and all(_parse_header_part(part, {}, allow_tags=False, after_title=True, line=line) for part in parts[2:])
        and _writer_name(parts[0])
        and PIPE_OUTLET.fullmatch(parts[1]) is not None
        and not given_name_first(parts[1])
        and _outlet_name(parts[1])
    )


# the last words of a place's, a site's or a thing's name that opens on a given name ('Hope Street', 'Rose Garden',
# 'Jordan River', 'Grace Notes', 'Georgia Tech', 'Chelsea Barracks'): none a surname often is ('Park', 'Lane', 'Hall',
# 'Church', 'Bridge' are, and stay names)
NOT_SURNAME_ENDINGS = frozenset(
    """street road avenue square roundabout junction crossing station stadium building tower camp school mosque temple
    garden gardens notes tech college academy centre center barracks desk team river valley city county district region
    province village island islands""".split()
)


def _ends_on_thing_word(name: str) -> bool:
    from .attribution.names import LANDFORMS  # the engine's list of a landform's nouns ('Jordan River', 'Bengal Bay')

    last = name.split()[-1].lower().strip(".,")
    return last in NOT_SURNAME_ENDINGS or last in LANDFORMS


def _writer_name(name: str) -> bool:
    return (given_name_first(name) or credited_person_name(name)) and not place_or_body_name(name) and not _ends_on_thing_word(name)


def writer_not_paper(name: str) -> bool:
    """A second writer's name in a byline element's bulleted run ('Jane Roe • Anna Holm'), no paper's ('Eugene Weekly',
    'Harbour Ledger') nor a place's."""
    return _writer_name(name) and not _masthead_name(name) and not _outlet_name(name)


def _newsroom_writer(name: str) -> bool:
    """A name beside a newsroom's post ('Siddharth Rao, Health Correspondent', 'Aoife Byrne' / 'Digital Journalist'): the
    post says a writer stands there, so the given name need be in no list; a desk's, a body's or a place's name ('Climate
    Desk', 'Harbour Board', 'Chelsea Barracks') is none."""
    return _is_person_name(name) and not (place_or_body_name(name) or _ends_on_thing_word(name) or TEAM_BYLINE.fullmatch(name))


# the words a paper's or a magazine's name is made of ('The Globe and Mail', 'The Times of Vells', 'The Harbour Star'):
# the last word of a paper's name after a headline (importmeta.PAPER_WORD)
PAPER_WORDS = (
    "News Press Times Post Herald Journal Tribune Guardian Telegraph Observer Gazette Chronicle Ledger Standard Independent "
    "Magazine Mail Globe Star Sun Express Mirror Examiner Courier Record Bulletin Dispatch Enquirer Inquirer"
).split()
# the words a paper's or an agency's name is known by anywhere in it ('Vell Courier', 'BBC News', 'Harbour Insider')
PAPER_NAME_WORDS = frozenset(word.lower() for word in PAPER_WORDS) | frozenset(
    "insider illustrated weekly daily sentinel advocate beacon wire".split()
)
# topics that share a word with a known outlet's name ('Foreign Affairs'): a desk's label after a writer's name
_DESK_NAMES_LIKE_OUTLETS = frozenset({"foreign affairs", "foreign policy", "defense news"})


def _outlet_name(part: str) -> bool:
    """A paper's or an agency's name: a known outlet or wire ('Reuters', 'BBC'), a site's address ('example.com'), or a
    name with a paper's word in it ('Vell Courier', 'BBC News', 'Business Insider') whose words are not all a desk's or
    a topic's ('World News', 'Business News' label a desk)."""
    from .attribution.names import KNOWN_OUTLETS  # the engine's list

    folded = " ".join(part.lower().split())
    bare = folded.removeprefix("the ")
    if bare in _DESK_NAMES_LIKE_OUTLETS:
        return False
    if bare in KNOWN_OUTLETS or part in WIRE_AGENCIES or re.search(r"\.(?:com|org|net|co\.uk)$", folded):
        return True
    words = bare.split()
    return any(word in PAPER_NAME_WORDS for word in words) and not all(word in DESK_WORDS for word in words)


_OUTLET_WORD = r"(?:[A-Z][\w&.’'/-]*|[a-z][\w-]*\.(?:com|org|net|co\.uk))"  # 'Advance', 'NJ.com', 'example.com'
PIPE_OUTLET = re.compile(r"(?:The\s+)?" + _OUTLET_WORD + r"(?:\s+(?:for|of|and|" + _OUTLET_WORD + r")){0,6}")  # 'Example Media for example.com'
BYLINE_TWICE = re.compile(r"(?P<byline>.{5,100}?)\s+By\s+(?P=byline)")


def _byline_given_twice(text: str) -> str:
    """A browser copy of a news site's byline gives it twice, the name's link text and then the byline itself ('Jane Roe |
    Example Media for example.com By Jane Roe | Example Media for example.com'): the byline once."""
    if " By " not in text:
        return text
    twice = BYLINE_TWICE.fullmatch(text)
    return f"By {twice.group('byline')}" if twice else text


def _headline_with_site(parts: list[str]) -> bool:
    """A headline of four words or more, then the site's name in one to three words; the headline is no date, byline
    or series ('Published 12 May 2024 | By Jane Roe' is metadata)."""
    return (
        len(parts[0].split()) >= 4
        and all(1 <= len(part.split()) <= 3 for part in parts[1:])
        and not _parse_header_part(parts[0], {}, allow_tags=False, after_title=True)
    )


# a theme that prints the published and the updated date side by side, the second hidden by its stylesheet (Newspack,
# many WordPress themes): a copy of the page runs them together, 'August 25, 2025August 29, 2025'
GLUED_SECOND_DATE = re.compile(r"(\d{4})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")


def _without_updated_date(rest: str) -> str:
    """What follows a stamp's date ('… 2025August 29, 2025'), the updated date after it left out: the published date
    is the report's."""
    second = find_line_date(rest) if rest[:1] == " " else None
    if not second or rest[: second[1].start()].strip():
        return rest
    return rest[second[1].end() :]


HOUR_AHEAD = re.compile(r"^,?\s*at\s+\d{1,2}:\d\d\s*(?:[aApP]\.?[mM]\.?)?")  # '… at 2:30 PM, updated March 3, 2016 at 3:55 PM'
ON_DATE = re.compile(r"^[Oo]n\s+(?=\S)")  # 'on March 3, 2016 at 2:30 PM, updated …': a news site's date line under its byline
WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", re.I)
STAMP_CLOCK = re.compile(r"\d{1,2}:\d{2}\s*(?:[aApP]\.?[mM]\.?\s*)?(?:(?:[A-Z]{1,3}T|UTC),?\s+)?,?\s*(?=[A-Z])")  # "5:00 a.m. ET ", "10:42 AM, "


BYLINE_LINE_MAX = 80  # a byline's line in a page's header ('By Jane Roe and John Doe, Example News')


def byline_shaped(text: str, limit: int = BYLINE_LINE_MAX) -> bool:
    """A short line opening on 'By ' in a byline's shape (its names not yet read)."""
    return text[:3].lower() == "by " and len(text) <= limit and BYLINE.match(text) is not None


def is_byline_line(text: str, limit: int = BYLINE_LINE_MAX) -> bool:
    """A line that is a byline alone: 'By ' and the names, read as a header's byline (no sentence)."""
    text = text.strip()
    return byline_shaped(text, limit) and _parse_header_part(text, {}, False)


def _parse_header_part(part: str, meta: Meta, allow_tags: bool, after_title: bool = True, line: int = 1) -> bool:
    labelled = DATE_LABEL.match(part) or ON_DATE.match(part)
    dated = part[labelled.end() :] if labelled else part
    weekday = WEEKDAY.match(dated) if labelled else None
    dated = dated[weekday.end() :] if weekday else dated  # "Published Wednesday, May 18, 2016 6:25PM EDT"
    clock = STAMP_CLOCK.match(dated) if labelled else None
    dated = dated[clock.end() :] if clock else dated  # "Published 5:00 a.m. ET Oct. 17, 2019": the hour before the day
    after_clock = WEEKDAY.match(dated) if clock and not weekday else None
    dated = dated[after_clock.end() :] if after_clock else dated  # "Updated 5:27 am CST, Wednesday, November 20, 2019"
    dated = GLUED_SECOND_DATE.sub(r"\1 \2", dated)
    found = find_line_date(dated)
    if found and found[1].start() == 0:
        rest = _without_updated_date(dated[found[1].end() :])
        if DATE_TAIL.match(rest) or _parse_header_part(HOUR_AHEAD.sub("", rest).strip(" ,–-|"), meta, allow_tags, after_title, line):
            meta.setdefault("date", found[0])
            meta.setdefault("date_basis", f"the date line at the top, line {line}")
            return True
        return False
    if after_title and _credit_block_line(part, meta):
        return True
    portal = PORTAL_STORY_BY.match(part) if after_title else None
    if portal:  # 'Story by Jane Roe • 2h': a portal's byline, its relative stamp dating nothing
        read = _parse_header_part(f"By {portal.group('names')}", meta, allow_tags, after_title, line)
        meta["portal_byline"] = read  # the portal's own header: the outlet's headline may follow (importer._reprint_headline)
        return read
    posted = POSTED_BY.match(part) if after_title else None
    if posted:  # a blog theme's byline, 'Posted by: Jane Roe', read as 'by: Jane Roe'
        return _parse_header_part(part[posted.end() :], meta, allow_tags, after_title, line)
    byline = BYLINE.match(part)
    if byline and run_in_lead(part):
        return False  # 'By Jane Roe The ministry said …': the story's first paragraph, its byline run in (lead_byline)
    outlet = (BYLINE_OUTLET.search(byline.group("names")) or byline_run_in_outlet(byline.group("names"))) if byline else None
    if byline and outlet:  # 'By Jane Roe // Chicago Tribune': the writer, then the paper the story ran in
        found_people = _parse_header_part(part[: len(part) - len(outlet.group("outlet"))].rstrip(" /"), meta, allow_tags, after_title, line)
        if found_people:
            meta.setdefault("affiliation", outlet.group("outlet").strip())
        return found_people
    stamp_free, stamped = _byline_stamp(byline.group("names")) if byline else ("", None)
    people = byline_people(stamp_free) if byline else []
    if byline and people and all(re.fullmatch(_NAME, name) or TEAM_BYLINE.match(name) for name, _ in people):
        people = [(spelt(name), role) for name, role in people]  # 'BY JOHN ROE.': a wire's byline in capitals
        meta["authors"] = [name for name, _ in people]
        if stamped:
            meta.setdefault("date", stamped)
            meta.setdefault("date_basis", f"the byline's time stamp, line {line}")
        meta["author_roles"] = {name: role for name, role in people if role}
        meta["author_note_marked"] = "*" in byline.group("names")
        return True
    if after_title and not meta.get("authors") and _author_with_post_or_day(part, meta, line):
        return True
    wire = wire_byline(part) if after_title and not meta.get("authors") else None
    if wire:  # 'Jane Roe, John Doe, The Associated Press': the writers, then the agency the story is credited to
        meta["authors"] = wire[0]
        meta["author_roles"] = dict.fromkeys(wire[0], wire[1])
        meta.setdefault("affiliation", wire[1])
        return True
    if after_title and not meta.get("authors") and _is_bare_byline(part):
        if ET_AL.search(part):
            part, meta["authors_et_al"] = ET_AL.sub("", part), True  # 'Bonny Lin, et al.': the others are in the notes at the end
        outlet = OUTLET_AFTER_PAIR.match(part.strip())
        if outlet and (not given_name_first(outlet.group("outlet")) or _masthead_name(outlet.group("outlet").strip())):
            part = outlet.group("names")  # 'Jane Roe and John Doe, Harbour Days': the paper after the pair, no third writer
            meta["named_after_pair"] = outlet.group("outlet").strip()  # a writer after all where the story tells (third_writer_after_pair)
        names = NAME_SEPARATOR.split(part.strip())
        named = [n.strip().rstrip("*").strip() for n in names if n.strip(" *") and not JUDGE_POST.fullmatch(n.strip())]
        meta["authors"], roles = _posts_to_roles(named)
        if roles:
            meta["author_roles"] = roles
        meta["author_note_marked"] = part.rstrip().endswith("*")
        return True
    series = SERIES.match(part)
    if series and len(part) <= 120 and is_title_case(series.group("series")):
        meta.setdefault("series", series.group("series"))
        meta.setdefault("number", series.group("number"))
        meta.setdefault("series_text", part)
        return True
    number = REPORT_NUMBER.match(part)
    if number and after_title and "number" not in meta:
        meta["number"] = number.group("number")
        return True
    if allow_tags and len(part) <= 160 and is_title_case(part):
        meta.setdefault("tags", listed_tags(part))
        return True
    return False


def _posts_to_roles(named: list[str]) -> tuple[list[str], dict[str, str]]:
    """A bare byline's pieces with a post among them ('Tomas Berg, Science Editor, and Ana Lutz', 'Climate Desk, Digital
    Journalist'): the post is no author; it is the person's before it, a desk's or a team's taking none."""
    authors: list[str] = []
    roles: dict[str, str] = {}
    for piece in named:
        if not post_alone(piece):
            authors.append(piece)
        elif authors and authors[-1] not in roles and _newsroom_writer(authors[-1]) and post_of_line(piece):
            roles[authors[-1]] = post_of_line(piece)
    return authors, roles


# an investigation's credit block under its headline, a line a job: 'Reporting: Jane Roe and John Doe', 'Research: Ann Lee,
# Tom Bell', 'Forensic Investigation Jon Varga, Harbour Lab', 'Editing: Paul Dane'
_CREDIT_JOB = (
    r"(?:reporting|research|editing|writing|words|text|graphics|design|photography|photos|video|"
    r"data(?:\s+analysis)?|illustrations?|production|fact-checking|translation|(?:forensic\s+|open-source\s+)?investigation|"
    r"visuals|visuali[sz]ations?|maps?|development|copy-?editing)"
)
# two jobs in one credit: 'Visualisation and Map: Jane Roe', 'Graphics & Design: Jane Roe'
CREDIT_BLOCK_LINE = re.compile(
    rf"^(?P<label>(?:additional\s+)?{_CREDIT_JOB}(?:\s*(?:,|and|&)\s*{_CREDIT_JOB})?(?:\s+by)?)\s*(?::\s*|\s+(?-i:(?=[A-Z])))(?P<names>\S.{{2,150}})$",
    re.I,
)
# the credits that name the story's writers, first or second of a label's two jobs ('Research and Reporting: Jane Roe')
WRITERS_CREDIT = re.compile(r"\b(?:reporting|writing|words|text)\b", re.I)


def _credit_block_line(part: str, meta: Meta) -> bool:
    """A line of an investigation's credit block under its headline ('Reporting: Jane Roe and John Doe', 'Research: Ann
    Lee, Tom Bell', 'Editing: Paul Dane'): read as the header's, never a title or a byline naming a job ('Forensic
    Investigation Jon Varga'). Its reporters and writers are the authors; the others' credits are not."""
    found = CREDIT_BLOCK_LINE.match(part.strip())
    if found is None:
        return False
    names = listed_names(found.group("names"))
    while (len(names) > 1 and INSTITUTION.match(names[-1])) or (len(names) > 1 and not _is_person_name(names[-1]) and names[-1][:1].isupper()):
        names.pop()  # the lab or the newsroom after the names: 'Jon Varga and Ines Reyes, Harbour Lab'
    if not names or not all(_is_person_name(name) for name in names):
        return False
    if WRITERS_CREDIT.search(found.group("label")) and not found.group("label").lower().startswith("additional"):
        meta["authors"] = [*meta.get("authors", []), *(n for n in names if n not in meta.get("authors", []))]
    return True


# the body a think tank's author line names after the post: 'Institute for Coastal Policy', 'National Intelligence University'
INSTITUTION_WORD = (
    r"(?:Institute|Institution|University|College|School|Center|Centre|Council|Foundation|Forum|Program|Programme|Initiative|"
    r"Society|Academy|Department|Ministry|Commission|Office|Group|Fund|Endowment|Laboratory|Project|Trust|Network)"
)
LINK_WORDS = r"(?:(?:for|of|on|and|&|the|in|at)\s+)*"
INSTITUTION = re.compile(rf"^(?:The\s+)?(?:[A-Z][\w&.’'-]*\s+{LINK_WORDS}){{0,6}}{INSTITUTION_WORD}(?:\s+{LINK_WORDS}[A-Z][\w&.’'-]*){{0,6}}$")


# a student's post an academic paper's author line gives after the name, with no comma ('Jane Roe Ph.D. Candidate, …')
STUDENT_POST = re.compile(
    r"(?:Ph\.?\s?D\.?|D\.?\s?Phil\.?|M\.?\s?Phil\.?|Doctoral|Postgraduate|Graduate|Masters?)\s+(?:Candidate|Student|Researcher)", re.I
)
# the name's note marker glued to it, then a post ('Jane Roe1 Ph.D. Candidate', 'Jane Roe* Research Fellow')
MARKED_NAME = re.compile(r"^(?P<name>.*?[a-zà-ÿ])(?P<marker>\d{1,2}|\*)(?:\s+(?P<post>\S.*))?$")
UNIT_WORDS_MAX = 6  # a department's or a discipline's name between the post and the body ('Political Science')
# a word that makes a piece a department or a discipline: a unit of a body, or a field ('Maritime History', 'Sociology')
ACADEMIC_UNIT_WORD = re.compile(
    rf"\b(?:{INSTITUTION_WORD}|Faculty|Division|Unit|Chair|Lab|Studies|Sciences?|Arts|Humanities|Law|History|Politics|"
    r"Economics|Relations|Affairs|Policy|Management|Business|Education|Medicine|Engineering|Philosophy|Languages?|"
    r"Literature|Theology|Mathematics|Physics|Chemistry|Biology|Geography|Finance|Accounting|Nursing|Health|"
    r"[A-Z][a-z]+(?:ology|onomy|ography|istics))\b"
)


def _name_marker_post(text: str) -> tuple[str, str, str]:
    """An academic author line's first part: the name without its title ('Dr', 'Ms'), the note marker glued to it, and
    a post written after it with no comma ('Ms Jane Roe1 Ph.D. Candidate' -> 'Jane Roe', '1', 'Ph.D. Candidate')."""
    text = spelt(HONORIFIC.sub("", text.strip()))  # 'JANE ROE, Director, …': a name set in capitals
    marked = MARKED_NAME.match(text)
    if marked:
        return marked.group("name"), marked.group("marker"), marked.group("post") or ""
    student = re.search(r"\s(?=" + STUDENT_POST.pattern + ")", text, re.I)
    if student:
        return text[: student.start()], "", text[student.end() :]
    return text, "", ""


def _academic_unit(piece: str) -> bool:
    """A department, school or discipline between an author's post and the body it is at ('Political Science', 'School
    of Social Sciences'): a few words in title case holding a unit's or a field's word, never a pair ('Ivo Reed and Ana
    Lutz, Harbour University' are two more authors) nor a person's name ('Jane Roe, Ivo Reed, Harbour University')."""
    return (
        0 < len(piece.split()) <= UNIT_WORDS_MAX
        and is_title_case(piece)
        and not any(mark in piece for mark in ".:;!?&")
        and re.search(r"\band\b", piece) is None
        and ACADEMIC_UNIT_WORD.search(piece) is not None
        and not (_is_person_name(piece) and credited_given_name(piece.split()[0]))
    )


def _author_with_post_or_day(part: str, meta: Meta, line: int) -> bool:
    """A paper's author line under its title without 'By': the writer's name, then the post and the body it is held at
    ('Jane Roe, Senior Fellow, Institute for Coastal Policy', 'Jane Roe, Harbour University'), or the day it was
    published ('Jane Roe, Saturday 28 May 2011'): the author, with that post or that date. The name must open on a
    given name: 'Harbour Board, Annual Report' names nobody. An academic paper writes the author's title, a note marker
    and a student's post on the name ('Ms Jane Roe1 Ph.D. Candidate, Political Science, Harbour University', 'Dr Jane
    Roe, School of Law, University of Orvia'): the title goes, the marker's note is the author's note, and between the
    post and the body named last the department's or discipline's words may stand."""
    if len(part) > 200 or "," not in part:
        return False
    first, rest = (piece.strip() for piece in part.split(",", 1))
    name, marker, post_on_name = _name_marker_post(first)
    titled = HONORIFIC.match(first) is not None  # 'Dr Tove Brekke': a title names a person whatever the given name
    newsroom_post = JOB_TITLE.fullmatch(" " + rest) is not None  # 'Siddharth Rao, Health Correspondent'
    if newsroom_post and not _newsroom_writer(name):
        return False  # 'Chelsea Barracks, Video Journalist', 'Climate Desk, Digital Journalist': no writer with a post
    if not (given_name_first(name) or (titled and _is_person_name(name)) or newsroom_post) or (
        post_on_name and not (STUDENT_POST.fullmatch(post_on_name) or JOB_TITLE.match(" " + post_on_name))
    ):
        return False
    dated = DATE_LABEL.sub("", rest) if WEEKDAY.match(rest) else rest
    found = find_line_date(dated)
    if found and found[1].start() == 0 and DATE_TAIL.match(dated[found[1].end() :]):
        meta["authors"] = [name]
        meta.setdefault("date", found[0])
        meta.setdefault("date_basis", f"the date line at the top, line {line}")
        return True
    posts = [piece.strip() for piece in rest.split(",")]
    academic = len(posts) > 1 and INSTITUTION.match(posts[-1]) is not None
    if not all(
        JOB_TITLE.match(" " + post) or POST_OF.match(post) or INSTITUTION.match(post) or (academic and _academic_unit(post)) for post in posts
    ) or (not INSTITUTION.match(posts[-1]) and len(posts) > 1):
        return False
    role = ", ".join(piece for piece in (post_on_name, rest) if piece)
    meta["authors"], meta["author_roles"] = [name], {name: role}
    if marker == "*":
        meta["author_note_marked"] = True
    elif marker:
        meta["author_note_key"] = marker  # finish_import makes that note the author's note
    return True


def spelt(name: str) -> str:
    """A person's name in capitals ('JOHN ROE', 'JEAN-PAUL O'NEIL') as it is spelt ('John Roe', 'Jean-Paul O'Neil'); an
    outlet's initials, one word ('CNN'), stay."""
    return name.title() if name.isupper() and " " in name.strip() else name


# the job title a byline may give after a name ("By Howard Blume Staff Writer", "By Jane Roe, an editorial fellow at …"):
# words of newsroom and think-tank posts, ending on the post itself
JOB_WORDS = (
    r"(?:senior|junior|chief|deputy|managing|executive|contributing|special|staff|foreign|political|national|international|"
    r"economics|economic|diplomatic|defen[cs]e|security|investigations?|data|research|visiting|non-?resident|associate|"
    r"assistant|bureau|news|editorial|programme|program|principal|distinguished|global|regional|white house|washington|"
    r"europe|asia|middle east|africa|china|russia|u\.?s\.?|uk|senior fellow|ap|afp|reuters|and|"
    # a newsroom's desk or medium before the post: 'Digital Journalist', 'Multimedia Reporter', 'Health Correspondent'
    r"digital|online|multimedia|video|audio|web|social media|investigative|freelance|general assignment|breaking news|"
    r"business|health|science|climate|environment(?:al)?|tech(?:nology)?|education|culture|arts|sports?|energy|legal)"
)
JOB_HEAD = (
    r"(?:writer|reporter|correspondent|editor|contributor|columnist|fellow|chief|analyst|director|researcher|professor|"
    r"associate|photographer|producer|host|anchor|manager|intern|head|lead|scholar|journalist|commentator|technologist|"
    r"counsel|attorney|strategist|economist|adviser|advisor|specialist|officer)s?"
)
JOB_TITLE = re.compile(rf"\s+(?P<role>(?:{JOB_WORDS}\s+){{0,4}}{JOB_HEAD})$", re.I)
STAFF_WORD = r"staff"  # the label a newsroom sets by its writer's name, no post ('Jane Roe' / 'Staff')
STAFF_LABEL = re.compile(STAFF_WORD, re.I)


def post_alone(line: str) -> bool:
    """A line that is a byline's post or label alone, over or under the name ('Staff Reporter', 'Reporter', 'Staff')."""
    line = line.strip()
    return bool(JOB_TITLE.fullmatch(" " + line) or STAFF_LABEL.fullmatch(line))


def post_under_byline(line: str, above: str, author: str) -> bool:
    """A post or label alone right under the byline that gave the writer ('By Jane Roe' / 'Staff Reporter', 'Jane Roe' /
    'Staff'): never under a date line, never a plural (one writer has one post: 'Directors' is a heading), and a bare
    'Staff' only under a name the line 'By …' does not give (under it, 'Staff' is the text's heading)."""
    line = line.strip()
    if author.casefold() not in above.casefold() or not post_alone(line) or TEAM_BYLINE.fullmatch(author):
        return False  # 'Climate Desk' / 'Digital Journalist': one person's post is no desk's
    if STAFF_LABEL.fullmatch(line):
        return BYLINE.match(above.strip()) is None
    return not (line[-1:] in "sS" and JOB_TITLE.fullmatch(" " + line[:-1]))


def post_of_line(line: str) -> str:
    """The post such a line gives the writer: none for a bare label ('Staff'), in title case where set in capitals."""
    line = line.strip()
    return "" if STAFF_LABEL.fullmatch(line) else line.title() if line.isupper() else line


def name_and_post_lines(units: list[Unit], index: int) -> tuple[str, str] | None:
    """A writer's name and a post or label alone on the line over or under it ('Jane Roe' / 'Staff Reporter', 'Staff
    Reporter' / 'Jane Roe', 'Jane Roe' / 'Staff'): the name and the post, where the name opens on a given name (one
    only a credit is read under: 'Tomas Berg' / 'Staff')."""
    if index + 1 >= len(units):
        return None
    first, second = units[index].text.strip(), units[index + 1].text.strip()
    name, post = (second, first) if post_alone(first) else (first, second)
    if not post_alone(post) or post_alone(name) or not _is_person_name(name):
        return None
    if TEAM_BYLINE.fullmatch(name) or _ends_on_thing_word(name):
        return None  # 'Climate Desk' / 'Digital Journalist', 'Chelsea Barracks' / 'Video Journalist'
    if given_name_sex(name.split()[0]) is None and not credited_person_name(name):
        return None  # a given name in no list ('Aoife Byrne') may open a paper's or a place's name ('Paris Match', 'Sydney Morning')
    return name, post_of_line(post)


POST_OF = re.compile(rf"^(?:{JOB_WORDS}\s+){{0,4}}{JOB_HEAD}\s+(?:of|for|on|at|in)\s+(?-i:[A-Z])[\w&.’' -]{{1,60}}$", re.I)  # 'Professor of Practice'
ROLE_CLAUSE = re.compile(r"^(?:an?|the|is|who is)\s+\S|^[a-z]")  # ", an editorial fellow at Foreign Policy.": said of the name before it
# the newsroom a byline names before the writer's post ('By Jane Roe, Harbour News Agency Political Correspondent', 'By
# Jane Roe, PA Chief Reporter'): an agency's or a paper's name, by the word it ends on, or its initials
_NEWSROOM_NAME = (
    r"(?:The\s+)?(?:[A-Z][\w&.’'-]*\s+){0,4}(?:News|Press|Association|Agency|Newswires?|Wire|Service|Media|Times|Post|Herald|"
    r"Journal|Tribune|Guardian|Telegraph|Observer|Gazette|Chronicle|Ledger|Standard|Independent|Magazine|Radio|Television|TV)"
)
NEWSROOM_NAME = re.compile(_NEWSROOM_NAME)
NEWSROOM_BEFORE_POST = re.compile(rf"(?:{_NEWSROOM_NAME}|[A-Z]{{2,5}})$")
# a news service's or a paper's name run into its writer's byline with no mark between, two words or more after a
# two-word name ('By Jim Roe American Forces Press Service', 'By Lena Marsh Coastal News Service')
BYLINE_RUN_IN_OUTLET = re.compile(rf"^[A-Z][a-z’'-]+\s+(?P<second>[A-Z][\w’'-]+)(?P<outlet>\s+(?=\S+\s)(?-i:{_NEWSROOM_NAME}))$")


def byline_run_in_outlet(names: str) -> re.Match[str] | None:
    """The outlet run into a byline, where the name before it is plainly two words: where its second word is a given
    name too ('By Mary Ann Lee Coastal News Service') the name may hold three, and the byline is left whole."""
    found = BYLINE_RUN_IN_OUTLET.match(names)
    return found if found is not None and given_name_sex(found.group("second")) is None else None


def byline_people(names: str) -> list[tuple[str, str]]:
    """The people of a byline and the post each is given: 'Howard Blume Staff Writer' is Howard Blume, staff writer;
    'Maxine Davey, an editorial fellow at Foreign Policy.' is Maxine Davey with that post. A post stays with its name
    only where what is left is a person's name (two to four capitalised words): 'Mail On Sunday Reporter' stays whole.
    A newsroom and a post after a name ('Jane Roe, PA Chief Reporter') are that writer's post."""
    people: list[tuple[str, str]] = []
    clause = re.search(r",\s+(?:an?|the)\s+[a-z]", names)
    role_clause = names[clause.start() + 1 :].strip() if clause else ""
    names = names[: clause.start()] if clause else names
    for piece in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+\|\s+", names.strip()):
        piece = piece.strip().rstrip("*").strip()
        if not piece.strip(" *") or (people and JUDGE_POST.fullmatch(piece)):
            continue  # 'Jane Roe, J.': a judge's post, no second name
        if people and (ROLE_CLAUSE.match(piece) or JOB_TITLE.match(" " + piece)):
            name, role = people[-1]
            people[-1] = (name, (role + ", " if role else "") + piece.rstrip("."))
            continue
        title = JOB_TITLE.search(piece)
        name = piece[: title.start()] if title else piece
        if people and title and NEWSROOM_BEFORE_POST.fullmatch(name.strip()):
            name, role = people[-1]  # the newsroom and the post of the writer named before, no second writer
            people[-1] = (name, (role + ", " if role else "") + piece.rstrip("."))
            continue
        if (
            title
            and re.fullmatch(r"(?:[A-Z][\w’'.-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'.-]+|[A-Z]\.|de|van|von|al|bin|da|du|del|der|la|le|el)){1,3}", name)
            and not any(word.lower() in SMALL_WORDS for word in name.split() if word[0].isupper())
        ):
            people.append((name, title.group("role")))
        else:
            people.append((piece if TRAILING_INITIAL.search(piece) else piece.rstrip("."), ""))
    if people and role_clause:
        people[-1] = (people[-1][0], role_clause.rstrip("."))
    return people


STAMP_TIME = re.compile(r"(?:,|\s[|•·–—-])?\s*(?:at\s+)?\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*,?\s*(?:on\s+)?$", re.I)


def _byline_stamp(names: str) -> tuple[str, date | None]:
    """'Katarzyna Szalajko 10:41 AM February 5, 2026': a byline's names, and the time stamp a news site sets after them
    (a time, a date, or both). What stands before the date is the names only if it ends on a name."""
    names = GLUED_SECOND_DATE.sub(r"\1 \2", names)
    found = find_line_date(names)
    if not found or not DATE_TAIL.match(_without_updated_date(names[found[1].end() :])):
        return names, None
    head = names[: found[1].start()]
    head = STAMP_TIME.sub("", head) if STAMP_TIME.search(head) else re.sub(r"(?:,|\s[|•·–—-])?\s*(?:on\s+)?$", "", head)
    if not head.strip() or not head.strip()[-1:].isalpha():
        return names, None
    return head.strip(), found[0]


STAMPED_BYLINE_MAX = 120


def stamped_byline(line: str) -> bool:
    """'by JANE ROE August 25, 2025': a byline and its date stamp on one line, a line of its own whatever its case ('…
    was written' / 'by Jane Roe on August 25, 2025.' ends on a stop: the sentence's)."""
    byline = BYLINE.match(line) if len(line) <= STAMPED_BYLINE_MAX else None
    return bool(byline and _byline_stamp(byline.group("names"))[1] and _parse_header_part(line, {}, False))


def _repeated_byline(text: str, meta: Meta) -> bool:
    """'written by Katarzyna Szalajko 10:41 AM February 5, 2026' under the byline 'by Katarzyna Szalajko …': a site's
    byline given again, naming the same people."""
    if not BYLINE.match(text) or not meta.get("authors") or len(text) > 200:
        return False
    again: Meta = {}
    return _parse_header_part(text, again, False) and again.get("authors") == meta["authors"]


GLUED_BYLINE_MAX = 160


def glued_byline_again(text: str, meta: Meta) -> bool:
    """'Jane RoeJohn Doe, The Harbour Post' under the story's header: the page's author box, its names run together by a
    select-all copy, naming the writers the byline named, in its order, and no more than the newsroom after a comma."""
    authors = [str(author) for author in meta.get("authors") or []]
    names, _, post = text.strip().partition(",")
    if len(authors) < 2 or len(text) > GLUED_BYLINE_MAX or post.strip()[-1:] in TERMINAL or len(post.split()) > 6:
        return False
    return re.sub(r"\s+", "", names).casefold() == "".join(authors).replace(" ", "").casefold()


def _magazine_issue(text: str, dated: object) -> bool:
    """A month and year alone ('February 2017') under the date line: the print issue it appears in, that month or the next two."""
    if not ISSUE_MONTH.match(text.strip()) or not isinstance(dated, date):
        return False
    month = "jan feb mar apr may jun jul aug sep oct nov dec".split().index(text.strip()[:3].lower()) + 1
    gap = int(re.findall(r"\d{4}", text)[-1]) * 12 + month - (dated.year * 12 + dated.month)
    return 0 <= gap <= 2


def _body_byline(text: str, meta: Meta) -> bool:
    """'By Maxine Davey, an editorial fellow at Foreign Policy.' a few lines under the header, below page furniture or a
    newsletter's promotion: the byline, if every name in it is a name ('By the end of the week, …' is not)."""
    if not BYLINE.match(text) or meta.get("authors") or len(text) > 200:
        return False
    return _parse_header_part(text, meta, False)


CAPITALS_BYLINE_MAX = 80


def _capitals_byline(text: str, meta: Meta) -> bool:
    """'FABRIZIO GUZZO AND CARLO GIANELLE' under a brief's title and date, above its first paragraph: two names or more
    in capitals, each of two or three words ('PORTS AND HARBOURS' and 'EXECUTIVE SUMMARY' are headings, 'POLICY
    PROGRAM STAFF' an organisation's, 'END SUMMARY' under the summary a marker)."""
    text = text.strip()
    if not text.isupper() or len(text) > CAPITALS_BYLINE_MAX or ORGANISATION_IN_CAPITALS.search(text):
        return False
    names = [n.strip() for n in re.split(r"\s*,\s*(?:AND\s+)?|\s+AND\s+|\s*&\s*", text) if n.strip()]
    spelt = [" ".join(word.capitalize() for word in name.split()) for name in names]
    if len(spelt) < 2 or not all(2 <= len(name.split()) <= 3 and _is_person_name(name) for name in spelt):
        return False  # one line in capitals alone ('EXECUTIVE SUMMARY') is a heading
    meta["authors"] = spelt
    return True


ET_AL = re.compile(r",?\s+et\s+al\.?$")


ORGANISATION_IN_CAPITALS = re.compile(
    r"\b(?:PROGRAMS?|PROGRAMMES?|CENTER|CENTRE|INSTITUTE|TECHNOLOGY|STRATEGY|SECURITY|POLICY|STUDIES|AFFAIRS|DEPARTMENT|OFFICE"
    r"|DIVISION|COUNCIL|FOUNDATION|UNIVERSITY|SCHOOL|INITIATIVE|PROJECT|COMMITTEE|ACADEMY)\b"
)


# a list of names puts 'and' before its last: a comma after a pair joined so sets off what the names are at ('Jane Roe
# and John Doe, Harbour Days')
OUTLET_AFTER_PAIR = re.compile(r"^(?P<names>[^,]{1,80}\s(?:and|&)\s[^,]{1,80}),\s*(?P<outlet>[A-Z][^,]{0,80})$")  # runs bounded: linear


def _is_bare_byline(text: str) -> bool:
    """'Saskia Zandstra and Tom Keatinge', 'ISW Russia Team': names without 'By', under the title."""
    if len(text) > 120 or ":" in text:
        return False
    if TEAM_BYLINE.match(text):
        return True
    if ET_AL.search(text):
        return bool(NAME_LIST.match(ET_AL.sub("", text))) and not any(w.lower() in SMALL_WORDS for w in ET_AL.sub("", text).split())
    match = NAME_LIST.match(text)
    if not match or (text.isupper() and ORGANISATION_IN_CAPITALS.search(text)):
        return False  # a cover's 'DEFENSE, EMERGING TECHNOLOGY, AND STRATEGY PROGRAM' names a programme, not its authors
    if any(w.lower() in SMALL_WORDS - {"and"} for w in text.split()) or names_a_dateline_place(text):
        return False  # 'Juba, South Sudan': the dateline's place and its state, no two writers
    names = [n.strip(" *") for n in NAME_SEPARATOR.split(text) if n.strip(" *") and not JUDGE_POST.fullmatch(n.strip())]
    return bool(re.search(r"\s(?:and|&)\s|,", text)) and _names_people(names)  # a judge's post ('Ines Varga, J.') is no name


def wire_byline(text: str) -> tuple[list[str], str] | None:
    """'Jane Roe, John Doe, The Associated Press', 'Jane Roe, Reuters': a wire story's byline as a paper reprinting it sets
    it, no 'By', the writers and then the agency after a comma: the writers (each a person's name by the lists or by its
    shape, as a bare byline's, no place's or heading's words) and the agency ('Harbour Days' after a name is none)."""
    pieces = [piece.strip() for piece in text.strip().split(",")]
    if len(text) > 120 or len(pieces) < 2 or not pieces[-1]:
        return None
    agency = pieces[-1]
    if agency not in WIRE_AGENCIES and not (agency.startswith("The ") and NEWSROOM_NAME.fullmatch(agency)) and not WIRE_NEWSROOM.fullmatch(agency):
        return None
    names: list[str] = []
    for piece in pieces[:-1]:  # the writers first; a dateline may stand between them and the agency ('Hong Kong')
        if not _wire_writer(piece):
            break
        names.append(piece)
    if not any(_listed_writer(name) for name in names):
        return None  # 'Kuala Lumpur, Bernama': a name read off its '-a' alone; with a listed writer beside it, a writer's
    if any(_wire_writer(piece) or WIRE_DESK_WORD.search(piece) for piece in pieces[len(names) : -1]):
        return None  # 'Hong Kong, Reuters', 'Foreign Desk, Reuters': a dateline or a desk, no writer
    return names, agency


def unlisted_wire_byline(text: str, story: str) -> tuple[list[str], str] | None:
    """'Marta Kowalski, Reuters' alone on the line under the headline: a wire byline whose writers' given names no list
    holds but their ending tells ('Marta', as wire_byline reads a writer beside a listed one), read as the writers and
    their agency where each is shaped as a bare byline's name (_unlisted_name: two or three words, no place's, label's or
    heading's word, none the story writes in lower case), opens on no town's word ('Kuala Lumpur', 'Costa Mesa') and the
    story never names the writer or the surname, as it names a dateline's town or the story's subject. A given name
    neither listed nor read off its ending ('Zikomo Banda, Reuters') may be a town's: no writer by shape alone."""
    pieces = [piece.strip() for piece in text.strip().split(",")]
    if len(text) > 120 or len(pieces) < 2 or pieces[-1] not in WIRE_AGENCIES:
        return None
    names = pieces[:-1]
    for name in names:
        if not _wire_writer(name) or not _unlisted_name(name, story) or names_a_dateline_place(name) or _names_a_state_or_region(name):
            return None
        if re.search(rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])})\b", story):
            return None  # the story names it: its subject or the dateline's town, no writer
    return names, pieces[-1]


# the words a place's name of two words opens on that end in '-a' as a woman's given name may ('Sierra Leone', 'Riviera
# Maya', 'Nova Scotia'): in a wire byline read off the ending, never a writer's given name
WIRE_PLACE_OPENINGS = frozenset({"sierra", "riviera", "nova", "costa", "santa", "punta", "playa", "villa", "casa", "bahia", "kota"})


def _names_a_state_or_region(name: str) -> bool:
    """'Sierra Leone', 'Nova Scotia', 'Riviera Maya': a country, a region or a place opening on a place's word in '-a'."""
    from .attribution.names import STATE_NAMES  # the engine's list of states and countries
    from .regions import REGIONS

    folded = " ".join(name.split()).lower()
    return folded in STATE_NAMES or folded in REGIONS or folded.split()[0] in WIRE_PLACE_OPENINGS


# a desk's, a post's or a release's words: 'Foreign Desk', 'Staff Reporter', 'Lagos Bureau', 'Fact Check', 'Press Release'
WIRE_DESK_WORD = re.compile(r"\b(?:staff|desk|bureau|team|reporters?|writers?|editors?|correspondents?|check|release|news|service|newsroom)\b", re.I)
INITIAL = re.compile(r"[A-Z]\.?")


def _ends_on_a_state(name: str) -> bool:
    from .attribution.names import STATES  # the engine's list; imported only for this rare shape

    return name.split()[-1].lower() in STATES


def _wire_writer(piece: str) -> bool:
    """A wire byline's writer: a person's name opening on a given name (the lists' or read off its ending) or an initial
    ('Anna Lutz', 'J. Roe'), no desk's or post's word; one writer at least must open on a listed name (_listed_writer). A dateline's words ('Hong Kong', 'Marrow Point') or a desk's ('Foreign Desk') are
    none, whatever their shape."""
    if WIRE_DESK_WORD.search(piece) or not _is_person_name(piece) or _names_a_place(piece):
        return False
    first = piece.split()[0]
    if first.lower() in PLACE_OPENING_WORDS or (without_particles(piece) != piece and _ends_on_a_state(piece)):
        return False  # 'Santiago de Chile': a city named for its country, a particle before the state's name
    return given_name_sex(first) is not None or INITIAL.fullmatch(first) is not None


def _listed_writer(name: str) -> bool:
    """A writer's given name the lists hold, not one read off its ending: 'Kuala Lumpur' opens on an '-a' as 'Fatima' does."""
    first = name.split()[0]
    return listed_given_name(first) or credited_given_name(first) or INITIAL.fullmatch(first) is not None


# an agency's name by the words it ends on ('Canadian Press', 'Harbour News Agency', 'Pacific Newswire'): not 'Daily Post'
WIRE_NEWSROOM = re.compile(r"(?:The\s+)?(?:[A-Z][\w&.’'-]*\s+){0,4}(?:Press|Agency|Newswires?|Wire|News Service|Press Association)")


def _names_people(names: list[str]) -> bool:
    """A bare byline's names are people's: the last a given name and a surname or more ('Tom Keatinge'), a name of one
    word before it a given name sharing that surname ('Jane and John Doe'). A menu's item read as a list ('Farming and
    Fishing', 'Culture, Coffee & Health') names none."""
    if not names or len(names[-1].split()) < 2:
        return False
    return all(len(name.split()) >= 2 or given_name_sex(name) is not None for name in names)


# a byline inside the text, over a box's or a part's story: "By Jane Roe and John Doe", "Words and photos by Jane Roe"
BODY_BYLINE = re.compile(
    r"^(?P<credit>(?:words|text|story|reporting)(?:\s+and\s+(?:photos?|pictures?|images?|video|photography))?\s+)?"
    r"(?P<by>by)\s+(?P<names>[^:;!?,]{3,80}?(?:,\s*[^:;!?,]{3,80}?){0,3})\.?$",
    re.I,
)


def byline_in_body(text: str) -> list[str]:
    """The names of a byline line, [] if it is none: each name a person's, in mixed case or capitals, none of its words a
    determiner or a noun a subhead after 'By' has ('By Any Means Necessary', 'By Design Alone')."""
    match = BODY_BYLINE.match(text.strip())
    if not match:
        return []
    names = listed_names(match.group("names"))
    names = [HONORIFIC.sub("", spelt(n)) for n in names]  # a name of one word is no person's below, whatever its case
    if not names or not all(_is_person_name(n) and not any(w.lower() in NOT_NAME_AFTER_BY for w in n.split()) for n in names):
        return []
    return names


NOT_NAME_AFTER_BY = set(
    "any all every each some other more most many few means design default force hand land sea air night day way chance "
    "choice law numbers contrast comparison proxy example stealth consensus decree invitation appointment request".split()
)
MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
ISSUE_MONTH = re.compile(rf"^(?:{MONTH}\s+\d{{4}}|{MONTH}/{MONTH}\s+\d{{4}})(?:\s+issue)?$", re.I)  # a magazine's issue


def split_author_note(note: str, authors: list[str]) -> list[dict[str, str]]:
    entries = []
    roles: dict[str, str] = {}
    for sentence in re.split(r";\s*|\.\s+(?=[A-Z])", note):
        match = AUTHOR_ROLE.match(sentence.strip())
        if match:
            roles[match.group("name").strip()] = match.group("role").strip().rstrip(".")
    for name in authors:
        entry = {"name": name}
        role = roles.get(name) or next((r for n, r in roles.items() if name in n or n in name), "")
        if role:
            entry["role"] = role
        entries.append(entry)
    return entries


# a heading run into the prose of a page flattened into one paragraph, with no contents list naming it: after a sentence's
# end, words in title case (small words between them, a colon after a label), then a new sentence's usual first word and
# a word in lower case ("… affect the debate globally. Background: From Nascent Industry to Headline News While the …"),
# or a question set as a heading ("How Did We Get Here? The reason …"), or a section name every report uses
KNOWN_SECTION_NAMES = (
    "Introduction", "Conclusions", "Conclusion", "Background", "Overview", "Executive Summary", "Summary", "Key Takeaways",
    "Recommendations", "Analysis", "Findings", "Methodology", "Discussion", "Acknowledgements", "Acknowledgments",
)  # fmt: skip


_CLOSING_BIO_OPENING = (
    r"^(?P<name>(?:[A-Z][a-zà-ÿ’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zà-ÿ’'-]+|[A-Z]\.|de|des|van|von|der|al|bin|da|du|del|la|le|el)){1,3})"
    r",?\s+(?:is|was|serves as)\s+(?:an?\s+|the\s+)?(?:[\w()-]+\s+){0,4}?"
)
CLOSING_BIO = re.compile(
    _CLOSING_BIO_OPENING
    + r"(?:fellow|professor|director|editor|analyst|researcher|scholar|chair|president|head|lead|journalist|correspondent|writer|"
    r"associate|assistant|intern|lecturer|manager|officer|advis[eo]r|founder|partner|reporter|columnist|contributor)s?\b"
)
# the label over the authors' notes closing a syndicated piece, on its line or run into the first note: 'Author Bios:',
# 'About the authors:', 'Author bio:'
# the words of that label; importnotes' headings after a paper's notes know them too
AUTHOR_BIOS_WORDS = r"author(?:s|[’']s|s[’'])?\s+bios?|about\s+the\s+authors?"
BIOS_LABEL = re.compile(rf"^(?:{AUTHOR_BIOS_WORDS}|contributors?)\s*:\s*", re.I)
# the label of the authors' notes alone: 'Contributors:' also heads a credit for reporting ('Contributors: Jane Roe and
# Ivo Renk contributed reporting'), no note on the byline's writer
AUTHOR_BIOS_LABEL = re.compile(rf"^(?:{AUTHOR_BIOS_WORDS})\s*:\s*", re.I)


# a note on a contributor in a run of them closing the text, whatever the work: 'Ida Brun is an archivist and filmmaker
# based in Northport.', 'Tomas Wren is a conservator at the harbour museum.'
CLOSING_RUN_BIO = re.compile(_CLOSING_BIO_OPENING + r"[a-z]+(?:ist|er|or|ian|ant|ent)s?\b")
CLOSING_RUN_MIN = 2
# a word that marks a writer in one of the notes: the run is its contributors', not a notice's line-up of singers
WRITER_WORD = re.compile(
    r"\b(?:writers?|journalists?|reporters?|photographers?|photojournalists?|editors?|authors?|columnists?|correspondents?"
    r"|filmmakers?|researchers?|(?:her|his|their)\s+(?:latest\s+|new\s+|first\s+)?book|reported|contributed)\b"
)


def _closing_bio_run(body: list[Unit], labelled: int | None) -> set[int]:
    """The places of the notes on contributors closing the text one after another, two or more, nothing after them,
    under their label ('Contributors', 'About the authors') or one of them naming a writer's work."""
    run: list[int] = []
    for index in range(len(body) - 1, -1, -1):
        if body[index].kind != "paragraph" or not CLOSING_RUN_BIO.match(body[index].text.strip()):
            break
        run.append(index)
    if len(run) < CLOSING_RUN_MIN:
        return set()
    if labelled is None and not any(WRITER_WORD.search(body[index].text) for index in run):
        return set()
    return set(run)


# a book excerpt's credit closing the text: 'Excerpted from Quay Streets: How We Lost the Harbour by Jane Roe. Copyright © …'
EXCERPT_CREDIT = re.compile(
    r"^(?:Excerpted|Adapted|Extracted|Reprinted)\s+(?:with\s+permission\s+)?from\s+\S.{0,200}?"
    r"(?<!published)(?<!edited)(?<!translated)(?<!illustrated)\s+by\s+"
    r"(?P<names>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}(?:(?:,\s*|\s+and\s+)[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})*)[.,;]"
)
# a publisher's name, no author ('Harbour Press', 'Quay Books', 'Northport University', 'Tidewater Ltd.')
PUBLISHER_END = re.compile(r"\b(?:Press|Books|Publishing|Publishers|House|University|Inc|Ltd|LLC|Media)\.?$")
EXCERPT_CREDIT_REACH = 3  # paragraphs from the text's end


def excerpt_credit_authors(body: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """A book excerpt closed by its credit ('Excerpted from TITLE by Jane Roe. Copyright © 2024 Jane Roe. …') and with no
    byline at the top: the book's authors are the text's."""
    if meta.get("authors"):
        return
    for unit in [u for u in body if u.kind == "paragraph"][-EXCERPT_CREDIT_REACH:]:
        credit = EXCERPT_CREDIT.match(unit.text.strip())
        names = [n.strip() for n in NAME_SEPARATOR.split(credit.group("names"))] if credit else []
        if names and all(_is_person_name(name) and not PUBLISHER_END.search(name) for name in names):
            meta["authors"] = names
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(f"line {unit.line}: no byline at the top; the excerpt's credit at the end names {', '.join(names)}, read as the authors")
            return


def closing_bios(body: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """A page with no byline at the top (or one that ends 'et al.') whose last part holds its authors' notes ('Donald N.
    Jensen is an adjunct professor at …', 'Peter Dickinson is editor of …'): each name opening a note in the body's last
    quarter (of its units, or of its words: a site's list of other stories' headlines after the note weighs little), a
    person the text has not named before, is an author ('Jason Ma is the weekend editor at Fortune, …' over twelve
    headlines). A person the story describes at its end ('… said Jane Roe. Roe is a senior fellow') is named above the
    note, and is no author."""
    labelled = _bios_label(body)
    issuer_byline = "issuer_line" in meta  # 'Article: Harbour Media Trust': the portal's source, no writer of the piece
    if meta.get("authors") and not meta.get("authors_et_al") and not (labelled and issuer_byline):
        return
    paragraphs = [(index, unit) for index, unit in enumerate(body) if unit.kind == "paragraph"]
    if len(paragraphs) < 4:
        return
    found: list[tuple[int, str]] = []
    sizes = [len(unit.text.split()) for unit in body]
    total = sum(sizes)
    closing_run = _closing_bio_run(body, labelled)
    for index, unit in (pair for pair in paragraphs if pair[0] >= len(body) * 3 // 4 or sum(sizes[: pair[0]]) >= total * 3 // 4):
        text = BIOS_LABEL.sub("", unit.text.strip(), count=1)  # run into its label or not
        bio = CLOSING_BIO.match(text) or (CLOSING_RUN_BIO.match(text) if index in closing_run else None)
        if not bio:
            continue
        name = bio.group("name")
        surname = name.split()[-1]
        earlier = "\n".join(u.text for u in body[:index])
        if name in meta.get("authors", []) or name in (n for _, n in found):
            continue
        if re.search(rf"\b{re.escape(surname)}\b", earlier):
            continue
        found.append((unit.line, name))
    if not found:
        return
    names = ", ".join(repr(name) for _, name in found)
    if labelled is not None:
        _without_bios_label(body, labelled)
    if labelled is not None and issuer_byline and meta.get("authors"):
        inferred.append(f"line {found[0][0]}: the authors' notes under their label name {names}, the writers; the portal's source line names none")
        meta["authors"] = []
    elif meta.get("authors"):
        inferred.append(f"line {found[0][0]}: the byline's 'et al.' completed from the authors' notes at the end: {names}")
    else:
        problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
        inferred.append(f"line {found[0][0]}: no byline at the top; the authors' notes at the end name {names}, read as the authors")
    meta["authors"] = meta.get("authors", []) + [name for _, name in found]


def _bios_label(body: list[Unit]) -> int | None:
    """Where the authors' notes' label stands in the body's second half ('Author Bios:' as a line or run into the first
    note), or None."""
    for index in range(len(body) // 2, len(body)):
        unit = body[index]
        label = BIOS_LABEL.match(unit.text.strip()) if unit.kind in ("heading", "paragraph") else None
        if label is not None and (unit.kind == "heading" or label.end() < len(unit.text.strip())):
            return index
    return None


def _without_bios_label(body: list[Unit], index: int) -> None:
    """The label over the authors' notes left out: its heading, or its words run into the first note."""
    unit = body[index]
    label = BIOS_LABEL.match(unit.text.strip())
    if unit.kind == "heading" or label is None:
        del body[index]
    else:
        unit.text = unit.text.strip()[label.end() :]


AUTHORS_LABEL = re.compile(
    r"^(?:the\s+)?authors?(?:\s+of\s+this\s+(?:brief|report|paper|publication|study|note))?\s*:?$|^about\s+the\s+authors?$", re.I
)


def authors_section(body: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """A brief with no byline at the top may name its authors in a labelled box after the text ('AUTHORS OF THIS BRIEF' /
    'Jane Roe and John Doe (Harbour Institute).'): the names before the affiliation are the authors."""
    if meta.get("authors"):
        return
    for unit, below in itertools.pairwise(body):
        if unit.kind != "heading" or not AUTHORS_LABEL.match(unit.text.strip()) or below.kind != "paragraph":
            continue
        names = re.split(r"\s*[(,]|\s+(?:is|are|was|were)\s", below.text.strip(), maxsplit=1)[0].rstrip(".")
        if _is_bare_byline(names) or _is_person_name(names):
            meta["authors"] = listed_names(names)
            problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
            inferred.append(f"line {below.line}: the authors read from the {unit.text.strip()!r} box after the text")
            return


CONTACT_LABEL = re.compile(r"^(?:(?:media|press)\s+)?contacts?(?:\s+(?:information|details|us|point))?\s*:?$", re.I)
PRESS_CONTACT = re.compile(r"^(?:media|press)\s", re.I)  # a release's contact for journalists: the site's, never the report's
CONTACT_LINES_MAX = 12
CONTACT_LINE = 120  # characters: a name, a unit, an address, a telephone number, a link
# any detail of an address (a telephone's label, an e-mail, a link, an international number): a box of an address, not
# of headings; reportcover.PHONE_LINE is narrower, a telephone or fax number under its label
CONTACT_DETAIL = re.compile(r"\btel\b|\bphone\b|@|https?://|www\.|\+\d", re.I)
WEB_ADDRESS_START = r"(?:https?://|www\.)"  # how a web address opens, with its scheme or not
ADDRESS_WORD = re.compile(WEB_ADDRESS_START + r"\S+")  # a web address, however long, is one of the box's details
NEXT_PART = re.compile(r"^(?:annex|appendix|annexes|appendices)\b", re.I)


def contact_box(body: list[Unit], dropped: dict[str, list[str]]) -> None:
    """A brief's contact box at its end ('CONTACT INFORMATION' / a name / the unit / the street / 'Tel.: …' / a link):
    the short lines under the label, down to the next part ('Annex') or a paragraph of prose, are an address, no headings."""
    for index, unit in enumerate(body):
        if unit.kind not in ("heading", "paragraph", "bullet") or not CONTACT_LABEL.match(unit.text.strip()):
            continue
        end = index + 1
        while end < min(len(body), index + 1 + CONTACT_LINES_MAX):
            text = body[end].text.strip()
            if (
                body[end].kind not in ("heading", "paragraph", "bullet")
                or len(ADDRESS_WORD.sub("", text)) > CONTACT_LINE
                or NEXT_PART.match(text)
                or text in KNOWN_SECTION_NAMES
            ):
                break
            end += 1
        if end > index + 1 and any(CONTACT_DETAIL.search(u.text) for u in body[index + 1 : end]):
            if PRESS_CONTACT.match(unit.text) and end == len(body) and not any(story_sentence(u.text) for u in body[index + 1 : end]):
                # 'Media Contact' closing a release, the site's links under it ('Explore Latest Articles'), no sentence
                dropped.setdefault("contact box", []).extend(u.text.strip() for u in body[index:end])
                del body[index:end]
                return
            if (end == len(body) or body[end].kind == "heading") and not any(story_sentence(u.text) for u in body[index + 1 : end]):
                # the label heads the box alone, the next heading or the end under it: left out with it, no section emptied
                dropped.setdefault("contact box", []).extend(u.text.strip() for u in body[index:end])
                del body[index:end]
                return
            unit.kind, unit.level = "heading", unit.level or 2  # the box's label, read as a list's first line where the lines are short
            dropped.setdefault("contact box", []).extend(u.text.strip() for u in body[index + 1 : end])
            del body[index + 1 : end]
        return


BOX_BIO = re.compile(r"^(?:is|was|serves as|leads|directs|works|holds|has)\s+\S")  # the bio under a name set as a link
# or the bio opening on the author's post, no verb: 'Editor at the Harbour Institute. He worked …', 'Senior fellow of …'
ROLE_BIO = re.compile(r"^[A-Z][a-z-]+(?:\s+[a-z-]+){0,3}\s+(?:at|of|with|for)\s+(?:the\s+)?[A-Z]")


def author_boxes(body: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> None:
    """The author's box after a page's text, copied with the name (a link) on a line of its own and the note under it
    ('Jane Roe' / 'is a senior fellow at …'): the byline's author and the author's note, no heading and no paragraph. The
    byline's name alone closing the text is such a box with no note, and a paragraph about her closing it, opening on her
    name ('Jane Roe is a specialist in … She joined the Ledger in 2011.'), is her note run in the text."""
    authors = set(meta.get("authors", []))
    index = 0
    while index + 1 < len(body):
        unit, below = body[index], body[index + 1]
        name = unit.text.strip()
        named = name in authors or HONORIFIC.sub("", name) in authors  # 'Dr Jane Roe' over her note, 'Jane Roe' the byline
        if named and unit.kind in ("heading", "paragraph") and below.kind == "paragraph" and _box_bio(below.text.strip()):
            bio = below.text.strip()
            note = f"{name} {bio}" if BOX_BIO.match(bio) else f"{name}, {bio[0].lower()}{bio[1:]}"  # 'Jane Roe, editor at …'
            meta["author_note"] = f"{meta['author_note']} {note}" if meta.get("author_note") else note
            dropped.setdefault("author's box after the text", []).append(name)
            inferred.append(f"line {unit.line}: {name!r} over {below.text.strip()[:40]!r}, the author's box, read as the author's note")
            del body[index : index + 2]
            meta["author_box_at"] = index  # where the text's own paragraphs end: notes may follow (see notes_after_author_box)
            continue
        index += 1
    if body and HONORIFIC.sub("", body[-1].text.strip()) in authors and body[-1].kind in ("heading", "paragraph"):
        dropped.setdefault("author's box after the text", []).append(body[-1].text.strip())  # the name alone, its note absent
        del body[-1]
    bios = _closing_author_bios(body, authors)
    if bios:
        note = " ".join(unit.text.strip() for unit in bios)  # 'Jane Roe is a specialist in … She joined the Ledger in 2011'
        meta["author_note"] = f"{meta['author_note']} {note}" if meta.get("author_note") else note
        inferred.append(f"line {bios[0].line}: {note[:40]!r}, the byline's writers' bios closing the text, read as the author's note")
        del body[-len(bios) :]
    card = AUTHOR_CARD.match(body[-1].text.strip()) if body and body[-1].kind in ("heading", "paragraph") else None
    if card is not None and card.group("role").casefold() in CARD_ROLES and not CREDITS_SEVERAL.search(card.group("name")):
        dropped.setdefault("author's box after the text", []).append(body[-1].text.strip())
        inferred.append(f"line {body[-1].line}: {body[-1].text.strip()!r}, the closing author's card, left out")
        del body[-1]


# a blog's or a paper's card closing the page: the writer's kind, a bar or a colon, the name ('Blogger | CityLedger',
# 'Columnist: Jane Roe', '博客 | …'); the kind is one of CARD_ROLES, so that a closing 'Update: …' or 'Source | …' stays
AUTHOR_CARD = re.compile(r"^(?P<role>[^\s|:]{1,16})\s*[|:｜]\s*(?P<name>[^\s|:].{0,48})$")
# a card names its one writer: 'Author: Jane Roe and Tom Doe' closing a report is its credit line
CREDITS_SEVERAL = re.compile(r"\sand\s|&|,")
CARD_ROLES = frozenset("blogger columnist contributor author writer 博客 作者 專欄 专栏".split())


def _closing_author_bios(body: list[Unit], authors: set[str]) -> list[Unit]:
    """The paragraphs closing the text that each open on a byline's writer's name and say who she is ('Jane Roe is a
    specialist in …', 'John Doe joined the Ledger in 2011 …'), under the text's own paragraphs: under a heading ('About
    the author') the box is about_the_author's."""
    at = len(body)
    while at - 1 >= 1 and body[at - 1].kind == "paragraph":
        text = body[at - 1].text.strip()
        bio = BIO_OPENING.match(text)
        if bio is None or not bio.group("name") or HONORIFIC.sub("", bio.group("name")) not in authors:
            break
        if not _bio_shaped(bio, text):
            break  # an issuer's boilerplate ('Quay Watch is a non-governmental organization …') or the story's own news
        at -= 1
    return body[at:] if at < len(body) and body[at - 1].kind != "heading" else []


# what a writer's bio says of her: her role now ('is a fellow', 'covers the port', 'joined the Ledger in 2011') or a post
# she held ('was National Security Advisor', 'worked as an analyst'), never the story's news of its subject ('Jane Roe was
# joined at the opening by …', '… received the award')
BIO_ROLE_VERBS = frozenset(
    "is serves works covers writes teaches leads heads chairs directs edits hosts reports researches specializes specialises focuses".split()
)
PAST_POST = {
    "was": re.compile(r"\s+(?:an?\s|the\s|(?-i:[A-Z]))"),
    "worked": re.compile(r"\s+(?:as|at|for|with)\s"),
    "served": re.compile(r"\s+(?:as|on)\s"),
}
JOINED_AN_EMPLOYER = re.compile(r"\s+(?:the\s+)?[A-Z][^.,;]{0,80}?\s+in\s+(?:19|20)\d\d\b")  # 'joined the Quay Ledger in 2011'
# someone's words quoted in the paragraph ('… who said the clinic had been "a long time coming"'), not a scare-quoted
# term ('"grey zone"') nor a work's title in title case ('her report "Harbours in and After the War"')
QUOTED_WORDS = re.compile(r"[\"“«„](?P<words>[^\"“”«»„]{0,300}?\s\S+\s[^\"“”«»„]{0,300}?)[\"”»]")


def _bio_shaped(bio: re.Match[str], text: str) -> bool:
    """A writer's bio closing the text: a person's ('Jane M. Roe', not an issuer's 'QUAYWATCH'), no one quoted in it,
    and the verb after her name one that says who she is."""
    name = HONORIFIC.sub("", bio.group("name"))
    person = _is_person_name(name) or listed_given_name(name.split()[0]) or named_by_closing_note(name, [text])  # 'Ewan MacAlder is …'
    if not person or len(name.split()) < 2:
        return False
    if any(not is_title_case(quoted.group("words")) for quoted in QUOTED_WORDS.finditer(text)):
        return False
    *_, auxiliary, verb = ["", *bio.group(0).split()]
    if verb == "joined":
        return JOINED_AN_EMPLOYER.match(text, bio.end()) is not None
    if verb in PAST_POST:
        return PAST_POST[verb].match(text, bio.end()) is not None
    return verb in BIO_ROLE_VERBS or auxiliary == "has"  # 'has covered the port since 2010'


def _box_bio(text: str) -> bool:
    return bool(BOX_BIO.match(text) or ROLE_BIO.match(text))


# a site's author box heading anywhere after the text: 'About the author', 'ABOUT THE AUTHORS', 'About the writer'
ABOUT_THE_AUTHOR = re.compile(r"^about\s+the\s+(?:authors?|writers?|contributors?|columnist|blogger)\s*:?$", re.I)
# a paragraph about a person: 'Jane Roe is a reporter …', 'Jane Roe, a reporter at …, writes about …', 'She covers …'
BIO_OPENING = re.compile(
    r"^(?:(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})(?:\s*\([^)]{1,80}\))?(?:,[^,.]{3,120},)?"
    r"|She|He|They)\s+(?:(?:also|currently|previously|now)\s+)?"
    r"(?:is|was|has\s+(?:been|written|worked|covered|reported|taught|served)|serves|served|works|worked|leads|directs|joined|holds|"
    r"teaches|taught|writes|wrote|studies|studied|researches|heads|chairs|covers|reports|graduated|earned|received|edits|hosts|"
    r"lives|specializes|specialises|focuses|founded|co-founded)\b"
)
BOX_LIST_LINE_WORDS = 14  # a line of the box's list of the author's other posts: a headline, no sentence


def about_the_author(body: list[Unit], meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]]) -> None:
    """'About the author' after the text, as a site's author box sets it: the paragraphs under it that are about a person
    ('Jane Roe is a reporter at …', 'Jane Roe writes about …') are the author's note, no section, and on a page with no
    byline the person it names is the author (a paper's cover page sets its box so); a list of the author's
    other posts under it (headlines, no sentence) is the site's; prose that is no one's bio stays the text's, under its
    heading (a report's own section so named, or the story going on under a box the copy set in its middle)."""
    index = 0
    while index < len(body):
        unit = body[index]
        if unit.kind not in ("heading", "paragraph") or not ABOUT_THE_AUTHOR.match(unit.text.strip()):
            index += 1
            continue
        end = index + 1
        while end < len(body) and body[end].kind != "heading":
            end += 1
        under = body[index + 1 : end]
        bio = list(itertools.takewhile(lambda u: u.kind == "paragraph" and BIO_OPENING.match(u.text.strip()) is not None, under))
        rest = under[len(bio) :]
        listed = list(itertools.takewhile(lambda u: len(u.text.split()) <= BOX_LIST_LINE_WORDS and u.text.rstrip()[-1:] not in TERMINAL, rest))
        if not bio and not listed:
            index += 1  # 'ABOUT THE AUTHORS' over prose that is no one's bio: the report's own section, its prose the text's
            continue
        if bio:
            note = " ".join(u.text.strip() for u in bio)
            named = [
                m.group("name") for u in bio if (m := BIO_OPENING.match(u.text.strip())) and m.group("name") and _is_person_name(m.group("name"))
            ]
            if named and not meta.get("authors"):
                meta["authors"] = list(dict.fromkeys(named))
                problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
                inferred.append(f"line {unit.line}: the authors read from the bios under {unit.text.strip()!r}")
            if not meta.get("author_note"):
                meta["author_note"] = note
                inferred.append(f"line {unit.line}: {unit.text.strip()!r} over a bio: the author's note, no section")
            else:
                dropped.setdefault("the author's box after the text", []).append(note)
        if listed and (len(listed) >= 2 or not bio):
            dropped.setdefault("the author's other posts", []).extend(u.text for u in listed)
            inferred.append(f"line {unit.line}: the {len(listed)} headlines under {unit.text.strip()!r}, the author's other posts, left out")
        else:
            listed = []
        dropped.setdefault("the author's box heading", []).append(unit.text)
        del body[index : index + 1 + len(bio) + len(listed)]


LEADING_BOLD_LABEL = re.compile(r"^(?:\*\*|__)(?P<label>[^*_]{1,40})(?:\*\*|__)\s*")  # '**Author Bio:** …'


def labelled_author_bio(body: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> None:
    """A note in the text's second half under the authors' notes' label run into it, in bold or not ('**Author Bio:** This
    article was produced by Our Harbour. Jane Roe is chief correspondent for Our Harbour.'), that names a writer the
    byline gave: the author's note, no paragraph of the text. A note naming no writer of the byline stays, and so does a
    'Contributors:' credit. The label on a line of its own over the note ('**Author Bio:**' / 'Jane Roe is …') is not
    read here."""
    authors = meta.get("authors") or []
    if not authors:
        return  # closing_bios reads the names from the notes
    for index in range(len(body) - 1, len(body) // 2 - 1, -1):
        unit = body[index]
        text = LEADING_BOLD_LABEL.sub(lambda bold: bold.group("label") + " ", unit.text.strip(), count=1)
        label = AUTHOR_BIOS_LABEL.match(text) if unit.kind == "paragraph" else None
        if label is None:
            continue
        note = text[label.end() :].strip()
        if not any(re.search(rf"\b{re.escape(str(name))}\b", note) for name in authors):
            return
        if meta.get("author_note"):
            dropped.setdefault("the author's box after the text", []).append(note)
        else:
            meta["author_note"] = note
            inferred.append(
                f"line {unit.line}: the note under its label {text[: label.end()].strip()!r}, about the byline's writer: the author's note"
            )
        del body[index]
        return


WRITER_NOTE = re.compile(r"^(?:The|This) (?:writer|author|columnist) (?:is|was|serves as) (?:an?\s+|the\s+)?(?P<role>[^.!?]{3,200})\.?$")


def writer_note(body: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> None:
    """An op-ed closes on its writer's note ('The writer is the ambassador of … to Indonesia.'): the one author's role.
    What follows it with no finished paragraph among it (lists of headlines: 'Popular', 'Related Articles') is the site's.
    A note that names its writer ('Jane Roe is a fellow at …') is read by closing_bios; with two authors or more the
    note does not say whose it is."""
    if len(meta.get("authors", [])) != 1 or meta.get("author_roles", {}).get(meta["authors"][0]):
        return
    sizes = [len(unit.text.split()) for unit in body]
    for index in range(len(body) - 1, -1, -1):
        unit = body[index]
        note = WRITER_NOTE.match(unit.text.strip()) if unit.kind == "paragraph" else None
        if not note or sum(sizes[:index]) < sum(sizes) * 3 // 4:  # in the text's last quarter, by its words
            continue
        meta.setdefault("author_roles", {})[meta["authors"][0]] = note.group("role").strip()
        inferred.append(f"line {unit.line}: the writer's note at the end read as {meta['authors'][0]}'s role")
        rest = body[index + 1 :]
        if rest and not any(len(u.text) >= 100 and u.text.rstrip()[-1:] in TERMINAL + QUOTE_CLOSE for u in rest):
            dropped.setdefault("site's lists after the writer's note", []).extend(u.text for u in rest)
            del body[index + 1 :]
        return


# the writer named in bold at the head of a magazine's standfirst: '**Jane Roe** shares some of her favourite stories …',
# '<b>Jane Roe</b> looks back at …', '**Jane Roe** is a senior librarian at …'; the bold holds the name alone
BOLD_NAME_OPENING = re.compile(
    r"^(?:#{1,6}\s+)?(?:\*\*|__|<b>|<strong>)(?P<name>[^*_<>]{3,60}?)(?:\*\*|__|</b>|</strong>)\s+(?P<verb>is\s+(?:an?|the)|[a-z]{3,}s)\s+\S"
)


def bold_name_standfirst(units: list[Unit], start: int, meta: Meta, inferred: list[str], problems: list[Problem]) -> list[Unit]:
    """A standfirst under the headline opening on the writer's name in bold and a verb ('**Jane Roe** shares …'): its
    author; one saying who she is ('**Jane Roe** is a senior librarian at …') is the author's note, no line of the text.
    Never a sentence wholly in bold (a testimony's '**Tomas Berg, 70, was in and out of work …**' names who speaks in
    it), nor an organisation's name."""
    unit = units[start] if start < len(units) else None
    if unit is None or meta.get("authors"):
        return units
    match = BOLD_NAME_OPENING.match(unit.data.get("first", unit.text).strip())
    name = HONORIFIC.sub("", match.group("name").strip()) if match else ""
    if not match or not PERSON_NAME.match(name) or ORGANISATION_IN_CAPITALS.search(name.upper()):
        return units
    meta["authors"] = [name]
    problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
    if match.group("verb").startswith("is") and not meta.get("author_note"):
        meta["author_note"] = unit.text.strip()
        inferred.append(f"line {unit.line}: {name!r}, the name in bold opening a note on the author under the headline, read as its author")
        return [*units[:start], *units[start + 1 :]]
    inferred.append(f"line {unit.line}: {name!r}, the name in bold opening the standfirst, read as its author")
    return units


# a byline run into the story's first sentence, as news feeds and aggregators give a wire story: 'By Jane Roe The
# ministry said …', 'By Jane Roe Kano State Governor, Ivo Bell has …'; the name ends where a sentence's usual first word
# begins (the name's first word a given name we know: 'By Popular Demand The …' is none), or, a name of two words, where
# a state's office does ('<Place> State Governor')
_LEAD_OPENER = (
    r"The|A|An|In|On|At|As|After|Following|Despite|Amid|Over|Under|With|For|During|Before|While|Since|It|This|There|Some|"
    r"Many|Several|Two|Three|Four|Five|Police|Residents|Members|Officials|Authorities|Government"
)
LEAD_BYLINE = re.compile(
    rf"^By\s+(?:(?P<name>[A-Z][\w’'-]+(?:\s+(?!(?:{_LEAD_OPENER})\s)[A-Z][\w’'-]+){{1,2}})\s+(?=(?:{_LEAD_OPENER})\s+\S)"
    r"|(?P<pair>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+(?=[A-Z][\w’'-]+\s+State\s+[A-Z][a-z]+))"
)
LEAD_WORDS_MIN = 12  # the first sentence after the name: the story's, no subhead 'By The Numbers'
LEAD_SENTENCE_END = re.compile(r"[.!?][”’\"]?(?:\s|$)")  # any sentence's end, the lead's last too (captions.SENTENCE_BOUNDARY needs the next)


# a byline run into the dateline after a comma, as a feed joins them: 'By Jane Roe, NAIROBI, Kenya — …'
RUN_IN_PLACE_WORDS = frozenset("station park airport harbour harbor port terminal market stadium palace castle tower".split())
BYLINE_BEFORE_DATELINE = re.compile(r"^By\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?=[A-Z(])")


def _byline_run_into_dateline(text: str) -> tuple[str, str] | None:
    """'By Jane Roe, NAIROBI, Kenya — Harbour pilots …': the name (a person's, opening on a given name) and the paragraph
    from its dateline on, where a dateline follows the comma and a sentence of the story follows the dateline; 'By Jane
    Roe, Staff Writer' or a comma before the story's words ('By Monday, the quays …') is none."""
    match = BYLINE_BEFORE_DATELINE.match(text)
    if match is None:
        return None
    name, rest = match.group("name"), text[match.end() :]
    agency = re.match(r"(?P<agency>[^,]{2,40}),\s+(?=[A-Z])", rest)
    if agency is not None and agency.group("agency") in WIRE_AGENCIES:
        rest = rest[agency.end() :]  # 'By Jane Roe, Reuters, NAIROBI, Kenya — …': the agency the byline's, not the text's
    after = dateline_end(rest)
    if not after or not _is_person_name(name) or given_name_sex(name.split()[0]) is None:
        return None
    last = name.split()[-1].lower()
    if last in NAMED_THING_LAST_WORDS or last in RUN_IN_PLACE_WORDS or _names_a_place(name) or _names_a_state_or_region(name):
        return None  # 'By Victoria Station, LONDON — …': the whole name a place's, whatever its given name
    if len(rest[after:].split()) < LEAD_WORDS_MIN or not LEAD_SENTENCE_END.search(rest[after:]):
        return None
    return name, rest


def run_in_lead(text: str) -> tuple[str, str] | None:
    """The name and the story's sentence of a byline run into the lead (see LEAD_BYLINE), or into its dateline after a
    comma (the dateline kept opening the paragraph), None where it is none."""
    match = LEAD_BYLINE.match(text) if text[:3] == "By " else None
    if match is None:
        return _byline_run_into_dateline(text) if text[:3] == "By " else None
    name, lead = match.group("name") or match.group("pair"), text[match.end() :]
    if not _is_person_name(name) or len(lead.split()) < LEAD_WORDS_MIN or not LEAD_SENTENCE_END.search(lead):
        return None
    if match.group("name") and given_name_sex(name.split()[0]) is None:  # 'By Popular Demand The festival returns …'
        return None
    return name, lead


def lead_byline(units: list[Unit], start: int, meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """The story's first paragraph opening on a byline run into its first sentence: the name is an author (after the one
    the header gave, if any), and the paragraph starts at its sentence. Only where the name is a person's and a sentence
    of the story follows it."""
    found = run_in_lead(units[start].text) if start < len(units) else None
    if found is None:
        return
    name, units[start].text = found
    authors = meta.setdefault("authors", [])
    if name not in authors:
        authors.append(name)
    problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
    inferred.append(f"line {units[start].line}: 'By {name}', a byline run into the first sentence, read as an author")


# an agency's, an NGO's or a company's blog gives its writer in a block under the date: a label alone on its line, the
# name (often in capitals), the writer's post: 'Author' / 'JANE ROE' / 'Head of Experiments, Harbour Lab'
AUTHOR_BLOCK_LABEL = re.compile(r"^(?:authors?|writers?)\s*:?$", re.I)  # 'By' / names over lines has its own rule
AUTHOR_BLOCK_NAMES = 4
AUTHOR_BLOCK_ROLE_MAX = 100


def author_label_block(texts: list[str], meta: Meta) -> int:
    """How many of the lines (from the label on) are an author block: the label, a name a line ('JANE ROE'; four at
    most), and a post under each name that has one; 0 where the lines are none. The names are the authors, their
    posts their roles."""
    if len(texts) < 2 or not AUTHOR_BLOCK_LABEL.match(texts[0].strip()):
        return 0
    names: list[str] = []
    roles: dict[str, str] = {}
    used = 1
    in_capitals = texts[1].strip().isupper()  # 'JANE ROE': the block sets every name so
    for text in texts[1 : 1 + 2 * AUTHOR_BLOCK_NAMES]:
        text = text.strip()
        name = spelt(text)
        if names and names[-1] not in roles and _author_post(text):  # 'Research Fellow' reads as a name too
            roles[names[-1]] = text
        elif names and in_capitals and not text.isupper():  # 'Harbour Lab' under the post: where the writer holds it
            held_at = INSTITUTION.match(text) or text.endswith((" Lab", " Labs"))
            if names[-1] not in roles or "," in roles[names[-1]] or not held_at or not _author_post(f"{roles[names[-1]]}, {text}"):
                break
            roles[names[-1]] = f"{roles[names[-1]]}, {text}"
        elif len(names) < AUTHOR_BLOCK_NAMES and 2 <= len(name.split()) <= 4 and _is_person_name(name):
            names.append(name)
        else:
            break
        used += 1
    if not names:
        return 0
    meta["authors"] = names
    meta["author_roles"] = {**meta.get("author_roles", {}), **roles}
    return used


def _author_post(text: str) -> bool:
    """A writer's post under the name: a short line, no sentence ('Head of Experiments, Harbour Lab', 'Research Fellow')."""
    short = 0 < len(text) <= AUTHOR_BLOCK_ROLE_MAX and text[-1:] not in TERMINAL and text[:1].isupper()
    return short and POST_WORD.search(text) is not None


# the words a writer's post is named by, in any field: 'Head of Solutions Mapping', 'Policy Specialist', 'Research Fellow'
POST_WORD = re.compile(
    r"\b(?i:head|director|officer|fellow|manager|specialist|analyst|co-?ordinator|advis[eo]r|lead|professor|lecturer|researcher|"
    r"editor|writer|reporter|correspondent|consultant|chief|expert|associate|economist|scientist|representative|president|"
    r"chair(?:man|woman|person)?|founder|partner|intern|strategist|adviser|explorer)s?\b"
)


# a CMS that gives the headline again over the body, the writer run onto it: '<title> Written by : Jane Roe'. The cue is
# looked for only after a word's end, and the names read from the cue's end, so that a line of spaces is read once
WRITTEN_BY_CUE = re.compile(r"(?<!\s)(?P<gap>\s+)(?i:written|posted|published)\s+by")
WRITTEN_BY_NAMES = re.compile(r"\s*(?::\s*)?(?P<names>\S.{2,80})")
RUN_ON_TITLE_MIN = 4  # characters of the headline before the cue


def title_written_by(text: str) -> tuple[str, str] | None:
    """The headline and the names of '<title> Written by : Jane Roe' (a stripped line), or None: the first cue with a
    headline of four characters or more before it and one to three names' worth of words after it."""
    if not text[:1] or text[0].isspace():
        return None
    first_break = text.find("\n")  # found once: a slice per cue would make a line of many cues quadratic
    for cue in WRITTEN_BY_CUE.finditer(text):
        end = max(cue.start("gap"), RUN_ON_TITLE_MIN)
        if end >= cue.end("gap"):
            continue
        if 0 <= first_break < end:
            return None
        names = WRITTEN_BY_NAMES.fullmatch(text, cue.end())
        if names is not None:
            return text[:end], names.group("names")
    return None


def title_run_into_byline(meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """A title read from '<headline> Written by : Jane Roe': the headline is the title, the name (or names) the authors."""
    found = title_written_by(meta.get("title", "").strip())
    if found is None or not meta.get("title_basis", "").startswith("the headline"):
        return
    names = listed_names(found[1])
    if not names or not all(_is_person_name(name) for name in names):
        return
    meta["title"] = found[0].strip()
    if not meta.get("authors"):
        meta["authors"] = names
        problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
    inferred.append(f"line {meta.get('title_line', 1)}: the byline run onto the headline set apart: title {meta['title']!r}, by {', '.join(names)}")


def standfirst_with_byline(meta: Meta, inferred: list[str], problems: list[Problem]) -> None:
    """A standfirst that is the headline given again with the byline run onto it ('<title> Written by : Jane Roe', read
    under the site's menus): the byline, no standfirst."""
    writers = headline_again_with_byline(meta.get("standfirst", ""), meta)
    if not writers:
        return
    meta.pop("standfirst")
    if not meta.get("authors"):
        meta["authors"] = writers
        problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
    inferred.append(f"the headline given again with the byline run onto it: by {', '.join(writers)}")


def headline_again_with_byline(text: str, meta: Meta) -> list[str]:
    """The writers of a line that gives the title again with the byline run onto it ('<title> Written by : Jane Roe'),
    or none."""
    found = title_written_by(text.strip())
    if found is None or squash_spaces(found[0]).casefold() != squash_spaces(meta.get("title", "")).casefold():
        return []
    names = listed_names(found[1])
    return names if names and all(_is_person_name(name) for name in names) else []
