"""A politician's speech or address as its PDF prints it: a header over the title, the party's or the office's name,
the speaker's line ('Senator Jane Roe', 'The Hon Jane Roe MP', 'Jane Roe MLA'), the office held and the date, in any
order, then the speech's title and under it, maybe, its occasion ('Address to the Harbour Forum, Eastport'). The
speaker's line is the byline, never the title; the title is the line under the header. A catalogue's title line over
the header (a record's one line ending on its stop) is the summary. A header is a politician's only where it says so: a
parliament's mark on the speaker's line (Senator, Hon, a seat's letters) or a party's or an office's name over it; a
report's author block ('Dr Jane Roe' under the report's title) is no speech's. A speech's text may instead open on its
title over the line naming the talk and its speaker ('Address by Jane Roe, Director of …, to …', delivered_by_header)."""

from __future__ import annotations

import re

from .attribution.names import COURTESY_TITLES, STYLE_OF_ADDRESS
from .attribution.titles import TITLE_WORDS
from .bylines import INSTITUTION, KNOWN_SECTION_NAMES, LEAD_SENTENCE_END, _is_date_line, _is_person_name
from .dates import find_date
from .importunits import QUOTE_CLOSE, SMALL_WORDS, TERMINAL, Meta, Unit

HEADER_REACH = 8  # units from the top: a party line, a page number, the speaker, the office, the date, a catalogue line
TITLE_WORDS_MAX = 20
PARTY_WORDS_MAX = 10
OFFICE_WORDS_MAX = 40  # an office line may run on into the occasion, the hall and the date on one line
CATALOGUE_WORDS_MAX = 30
PAGE_NUMBER = re.compile(r"\d{1,3}")
# a senator's title, and the bare 'Hon' of a parliament's own papers (names.STYLE_OF_ADDRESS reads 'Hon.', 'Honourable')
PARLIAMENT_TITLE = re.compile(r"(?:Sen(?:ator|\.)|(?:[Tt]he\s+)?Hon)\s+(?=[A-Z])")
SEAT_LETTERS = frozenset({"MP", "MLA", "MLC", "MHR", "MSP", "MEP", "MS", "TD"})  # a parliament's seat after the name
HONOURS = frozenset({"QC", "KC", "AM", "AO", "AC", "OBE", "CBE"})  # letters after the name that name no seat
# the last word of a party's or a parliament's name ('Harbour Labour Party', 'Westland Legislative Assembly'); the
# other bodies an office is held in are the shared institutions' ('Office of the Premier', 'Department of Ports')
PARTY_WORDS = frozenset({"Party", "Parliament", "Senate", "Assembly", "Government", "Opposition", "Congress", "Coalition"})
SPEAKER_LINE_MAX = 80  # characters: titles, a name, the seat's letters
TALK_KINDS = r"(?:address|speech|remarks|lecture|oration|keynote|statement)"  # the words naming the kind of talk
OCCASION = re.compile(rf"^(?:(?:an?|the)\s+)?{TALK_KINDS}\b", re.I)
SECTION_NAMES = frozenset(name.casefold() for name in (*KNOWN_SECTION_NAMES, "Key Findings", "Key Points", "Contents"))


def _speaker(text: str) -> tuple[str, bool]:
    """The name on a speaker's line and whether the line bears a parliament's mark; ('', False) where it is no speaker's."""
    text = text.strip()
    if len(text) > SPEAKER_LINE_MAX:
        return "", False
    start, titled, marked = 0, False, False
    while True:
        style = STYLE_OF_ADDRESS.match(text, start) or PARLIAMENT_TITLE.match(text, start)
        word = text[start:].split(" ", 1)[0]
        if style is not None:
            start, titled, marked = style.end(), True, True
        elif word.rstrip(".") in COURTESY_TITLES and len(word) < len(text) - start:
            start, titled = start + len(word) + 1, True
        else:
            break
        while text[start : start + 1].isspace():
            start += 1
    words = text[start:].split()
    seated = False
    while words and words[-1].rstrip(",") in SEAT_LETTERS | HONOURS:
        marked = marked or words[-1].rstrip(",") in SEAT_LETTERS
        seated = True
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",")
    name = " ".join(words)
    return (name, marked) if (titled or seated) and _is_person_name(name) else ("", False)


def speaker_name(text: str) -> str:
    """The speaker's name on a speaker's line, with its title or its seat's letters; '' where the line is none."""
    return _speaker(text)[0]


def _office_line(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= OFFICE_WORDS_MAX
        and text.rstrip(QUOTE_CLOSE)[-1:] not in TERMINAL
        and words[0].lower() in TITLE_WORDS - SMALL_WORDS
        and words[0][:1].isupper()
    )


def _party_line(text: str) -> bool:
    """A party's, a parliament's or an office's name over the speaker ('Harbour Labour Party', 'Office of the Premier')."""
    words = text.split()
    if not 0 < len(words) <= PARTY_WORDS_MAX or text[-1:] in TERMINAL:
        return False
    return bool(INSTITUTION.match(text)) or (words[-1] in PARTY_WORDS and all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in words))


def _catalogue_line(text: str) -> bool:
    """A record's title for the speech: the title and the occasion, one sentence each ('Water. Address to the Forum.')."""
    return (
        len(text.split()) <= CATALOGUE_WORDS_MAX
        and text[-1:] == "."
        and any(OCCASION.match(text[stop.end() :]) for stop in LEAD_SENTENCE_END.finditer(text, 0, len(text) - 1))
    )


def _title_line(text: str) -> bool:
    return 0 < len(text.split()) <= TITLE_WORDS_MAX and text.rstrip(QUOTE_CLOSE)[-1:] not in TERMINAL and not find_date(text)


def speech_header(units: list[Unit], meta: Meta, inferred: list[str], dropped: dict[str, list[str]]) -> list[Unit]:
    """Read a speech's header (see the module's note): the title, the speaker as the author, the office as the author's
    role, the date, the occasion (or a catalogue's title line over the header) as the summary. Anything else is returned as it was."""
    if "title" in meta:
        return units
    speaker = next((i for i, u in enumerate(units[:HEADER_REACH]) if speaker_name(u.text)), None)
    if speaker is None:
        return units
    name, marked = _speaker(units[speaker].text)
    catalogue: Unit | None = None
    for unit in units[:speaker]:
        text = unit.text.strip()
        if _is_date_line(unit) or PAGE_NUMBER.fullmatch(text):
            continue
        if _party_line(text):
            marked = True
            continue
        if unit is units[0] and _catalogue_line(text):
            catalogue = unit
            continue
        return units
    end = speaker + 1
    offices: list[Unit] = []
    while end < min(len(units), HEADER_REACH + 1) and (_is_date_line(units[end]) or _office_line(units[end].text.strip())):
        if not _is_date_line(units[end]):
            offices.append(units[end])
        end += 1
    header = units[:end]
    dated = next((find_date(u.text) for u in header if _is_date_line(u)), None) or next(
        (found for u in offices if (found := find_date(u.text)) and found[1].end() >= len(u.text.rstrip()) - 1), None
    )
    if not marked or dated is None or end >= len(units) or not _title_line(units[end].text.strip()):
        return units  # no politician's mark, no date in the header or no title under it: a report's, a release's or a letter's head
    if units[end].text.strip().rstrip(":").casefold() in SECTION_NAMES:
        return units  # the body's first heading under an author block ('Introduction'), no speech's title
    title = units[end]
    meta["title"], meta["title_line"] = title.text.strip(), title.line
    meta["title_basis"] = f"the speech's header, line {title.line}"
    meta["authors"] = [name]
    if offices and len(offices[0].text.split()) <= PARTY_WORDS_MAX:
        meta["author_roles"] = {name: offices[0].text.strip()}
    if "date" not in meta:
        meta["date"], meta["date_basis"] = dated[0], "the speech's header"
    rest = units[end + 1 :]
    occasion = rest[0] if rest and OCCASION.match(rest[0].text.strip()) and _title_line(rest[0].text.strip()) else None
    summary = occasion or catalogue
    if summary is not None:
        meta["standfirst"] = summary.text.strip()
    if occasion is not None:
        rest = rest[1:]
    dropped.setdefault("the speech's header over its title", []).extend(u.text.strip() for u in header if u is not summary)
    inferred.append(
        f"lines {units[0].line}–{title.line}: the speech's header read: {name!r} the speaker and author, {meta['title']!r} the title under it"
    )
    return rest


# the line under a speech's or a paper's title naming the kind of talk, its speaker and his post, and where and when it was
# given: 'Address by Jane Roe, Director of the Harbour Institute, to the Coastal Forum, Porto Vale, 3 March 2004'
DELIVERED_BY = re.compile(
    rf"^(?i:(?:(?:an?|the)\s+)?(?:keynote\s+address|{TALK_KINDS}|presentation|talk))\s+"
    r"(?:(?:given|delivered|made)\s+)?by\s+(?P<name>[^,]{3,60}?)"
    # the name may end at ' to the Forum' with no comma; a post ('Professor at Vell University') only at a comma or the end
    r"(?:(?=\s+(?:to|at|before|on)\s)|(?:,\s+(?P<post>[^,]{3,160}))?(?=,|$))"
)
DELIVERED_BY_REACH = 2  # title lines over it: the title, or a title cut at its colon and its subtitle
POST_WORDS_MAX = 20


def delivered_by_header(units: list[Unit], meta: Meta, inferred: list[str]) -> list[Unit]:
    """A speech's title at the top, a line or two (a title cut at its colon runs on into its subtitle), over the line that
    names the speaker ('Address by Jane Roe, Director of the Harbour Institute, to the Coastal Forum, …'): the title, the
    speaker as the author and his post as the author's role, the line's date, the line itself as the summary. A title line
    that is a sentence, or a line naming no person ('Address by the Minister'), is no such header."""
    if "title" in meta or "authors" in meta:
        return units
    at = next((i for i, u in enumerate(units[: DELIVERED_BY_REACH + 1]) if DELIVERED_BY.match(u.text.strip())), None)
    if not at:
        return units
    line = units[at].text.strip()
    match = DELIVERED_BY.match(line)
    titles = [u.text.strip() for u in units[:at]]
    # a titled name without its title ('Senator Jane Roe', 'Dr Jane Roe': 'Jane Roe'); a bare name as it is
    name = (_speaker(match["name"])[0] or match["name"].strip()) if match is not None else ""
    if match is None or not _is_person_name(name) or not all(_title_line(t.rstrip(":")) for t in titles):
        return units
    title = titles[0] if len(titles) == 1 else (f"{titles[0]} {titles[1]}" if titles[0].endswith(":") else f"{titles[0]}: {titles[1]}")
    meta["title"], meta["title_line"] = title, units[0].line
    meta["title_basis"] = f"the speech's title over its speaker's line, line {units[0].line}"
    meta["authors"] = [name]
    post = (match["post"] or "").strip()
    if post and len(post.split()) <= POST_WORDS_MAX and not find_date(post):
        meta["author_roles"] = {name: post}
    dated = find_date(line)
    if dated is not None and "date" not in meta:
        meta["date"], meta["date_basis"] = dated[0], "the speech's header"
    meta["standfirst"] = line
    inferred.append(
        f"line {units[at].line}: {line[:60]!r}… read as the speech's occasion: {name!r} the speaker and author, {title!r} the title over it"
    )
    return units[at + 1 :]
