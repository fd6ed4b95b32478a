"""A report's cover and inside-cover lines as its PDF's text gives them over the text: the abstract under its label,
run into the label's line ('ABSTRACT On 1 May 2021, the board …'), which is the report's summary, never a heading; and
the lines that are the publication's, not the text's: the citation it asks for ('Attribution: Jane Roe, “Harbour Dues,”
Harbour Brief No. 12, …', its wrapped lines with it) and its ISBN; and the publisher's address on its back cover, under
its last note."""

from __future__ import annotations

import re

from .attribution.given_names import listed_given_name
from .attribution.names import ORGANIZATION_WORDS
from .bylines import ADDRESS_WORD, CONTACT_LINE, CONTACT_LINES_MAX
from .importunits import QUOTE_CLOSE, TERMINAL, Meta, Unit

COVER_REACH = 40  # units from the top where the cover's and the inside cover's lines stand
# the label in capitals, or in its own case with its stop or dash: 'Abstract Expressionism reached …' opens a sentence
ABSTRACT_LABEL = re.compile(r"^(?:ABSTRACT(?:\s*[:.–—-])?|Abstract\s*[:.–—-])\s+(?=[A-Z(“\"‘0-9])")
ABSTRACT_ALONE = re.compile(r"^(?:ABSTRACT|Abstract)\s*[:.]?$")  # the label on a line of its own, over the abstract
ABSTRACT_WORDS = 25  # an abstract's words, at the least: fewer are a heading's ('Abstract Expressionism in Eastwick')
PIECES_MAX = 3  # units a wrapped abstract or citation line is cut into
ATTRIBUTION_LINE = re.compile(r"^Attribution:\s+\S")  # the citation a think tank asks for, on its inside cover
ISBN_LINE = re.compile(r"^ISBN(?:-1[03])?:?\s*(?:97[89][-\s]?)?\d[\d\s-]{8,16}[\dX]$")
ISBN_LINE_MAX = 40


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _with_pieces(units: list[Unit], index: int, text: str) -> tuple[str, int]:
    """The text with the units it wraps into, up to a sentence's end, and the index past them."""
    end = index + 1
    while end < len(units) and end - index < PIECES_MAX and text.rstrip()[-1:] not in TERMINAL + QUOTE_CLOSE:
        text = f"{text.rstrip()} {units[end].text.strip()}"
        end += 1
    return text, end


# the publisher telling what it is, on the cover or its back: 'Harbour Institute (HI) is a public policy think tank that …'
SELF_DESCRIPTION = re.compile(
    r"^(?P<publisher>[A-Z][\w&’'., -]{2,80}?)(?P<acronym>\s+\([A-Z&]{2,10}\))?\s+is\s+an?\s+(?P<kind>(?:[\w-]+\s+){0,5}[\w-]+)"
)
BODY_KINDS = {"think", "tank", "non-profit", "nonprofit", "not-for-profit", "charity", "ngo"}  # with the organisations' words


def _organisation(found: re.Match[str]) -> bool:
    """The publisher is a body, no person ('© 2021 Mara Tiven' over 'Mara Tiven is a harbour pilot …'): its acronym
    given, or a body's word in its name or in what it says it is, and no given name opening its name."""
    publisher = found.group("publisher")
    if listed_given_name(publisher.split()[0]):
        return False
    words = {word.casefold() for word in f"{publisher} {found.group('kind')}".split()}
    return bool(found.group("acronym")) or bool(words & (ORGANIZATION_WORDS | BODY_KINDS))


def _publisher_about_itself(text: str, source: str) -> bool:
    """A paragraph in which the publisher, a body, says what it is, where the text's copyright line names it ('© 2021
    Harbour Institute. All rights reserved.')."""
    found = SELF_DESCRIPTION.match(text)
    return (
        found is not None and _organisation(found) and re.search(rf"©\s*(?:\d{{4}}\s+)?{re.escape(found.group('publisher'))}\b", source) is not None
    )


def report_cover(
    units: list[Unit], start: int, meta: Meta, inferred: list[str], dropped: dict[str, list[str]], source: str = "", paged: bool = False
) -> list[Unit]:
    """The units with the cover's citation and ISBN lines and the publisher's word about itself left out, and the
    abstract run into its label read as a paragraph and, where no summary is given, as the summary. In a PDF's text
    (`paged`), the title given again near the top, the next page's head over the abstract or the first section, is the
    paper's furniture, no section."""
    kept = units[:start]
    title = _folded(str(meta.get("title", "")))
    index = start
    while index < len(units):
        unit = units[index]
        text = unit.text.strip()
        near = index < start + COVER_REACH
        if near and _publisher_about_itself(text, source):
            dropped.setdefault("the publisher's word about itself on the cover", []).append(text)
            index += 1
            continue
        if near and len(text) <= ISBN_LINE_MAX and ISBN_LINE.match(text):
            dropped.setdefault("the publication's ISBN", []).append(text)
            index += 1
            continue
        if near and ATTRIBUTION_LINE.match(text):
            citation, index = _with_pieces(units, index, text)
            dropped.setdefault("the citation the publication asks for", []).append(citation)
            continue
        if near and paged and title and _folded(text) == title:
            dropped.setdefault("the title given again at a page's head", []).append(text)  # over the abstract on page 2
            index += 1
            continue
        if (
            near
            and paged
            and ABSTRACT_ALONE.match(text)
            and index + 1 < len(units)
            and not _text_begun(units[start:index])
            and _abstract_under_label(units, index + 1, meta)
        ):
            # a PDF paper's abstract under its label alone: the summary, shown as the overview's lede, and the text's
            # first paragraph where it stands first; as a section of its own it would be shown twice, as the summary
            # and again as the first page's paragraph
            if not meta.get("summary") and not meta.get("standfirst"):
                meta["standfirst"] = units[index + 1].text.strip()
            dropped.setdefault("the abstract's label", []).append(text)
            inferred.append(f"line {unit.line}: the abstract under its label {text!r} on a line of its own: the summary, no heading")
            index += 1
            continue
        label = ABSTRACT_LABEL.match(text) if near else None
        if label:
            abstract, end = _with_pieces(units, index, text[label.end() :])
            if len(abstract.split()) >= ABSTRACT_WORDS:
                kept.append(Unit(unit.line, abstract, data={"end": units[end - 1].data.get("end", unit.line)}))
                if not meta.get("summary") and not meta.get("standfirst"):
                    meta["standfirst"] = abstract
                inferred.append(f"line {unit.line}: the abstract under its label {text[: label.end()].strip()!r}: the summary, no heading")
                index = end
                continue
        kept.append(unit)
        index += 1
    return kept


def _text_begun(units: list[Unit]) -> bool:
    """The text has begun above a line: a heading or a paragraph of the body stands between the cover and it ('Figurative'
    and its rooms' paragraph over 'Abstract' in a museum's guide: that 'Abstract' is a section's heading, no label)."""
    return any(
        unit.data.get("heading") or (len(unit.text.split()) >= ABSTRACT_WORDS and unit.text.strip()[-1:] in TERMINAL + QUOTE_CLOSE) for unit in units
    )


def _abstract_under_label(units: list[Unit], index: int, meta: Meta) -> bool:
    """The unit at `index` is an abstract (a sentence of 25 words or more, no heading) and the report's summary, given
    by it or by nothing else."""
    text = units[index].text.strip()
    if units[index].data.get("heading") or len(text.split()) < ABSTRACT_WORDS or text[-1:] not in TERMINAL + QUOTE_CLOSE:
        return False
    given = str(meta.get("summary") or meta.get("standfirst") or "")
    return not given or " ".join(given.split()) == " ".join(text.split())


GENERIC_SERIES = frozenset({"issue", "volume", "vol", "vol.", "edition", "report", "paper"})
SERIES_WORDS_MAX = 4  # words before and after the generic one: 'Harbour Issue Brief', 'Quay Institute Issue Brief'


def series_in_full(meta: Meta, text: str, inferred: list[str]) -> None:
    """A cover's series line that gives only a generic word and the number ('ISSUE NO. 380') names the series in full
    where the text writes that word within a longer name over the same number (its citation line's 'Harbour Issue Brief
    No. 380', its running head's 'HARBOUR ISSUE BRIEF No. 380'): that name, in the case the text writes it in."""
    series, number = str(meta.get("series", "")), str(meta.get("number", ""))
    if series.casefold() not in GENERIC_SERIES or not number:
        return
    words = rf"(?:[A-Z][\w&’'-]*\s+){{0,{SERIES_WORDS_MAX}}}"
    name = re.compile(
        rf"\b(?P<name>{words}(?i:{re.escape(series)})(?:\s+[A-Z][\w&’'-]*){{1,{SERIES_WORDS_MAX}}}|{words}[A-Z][\w&’'-]*\s+(?i:{re.escape(series)}))"
        rf"\s+(?:No\.?|Number|#)\s*{re.escape(number)}\b"
    )
    found = [match.group("name") for match in name.finditer(text) if match.group("name").casefold() != series.casefold()]
    if not found:
        return
    named = next((candidate for candidate in found if not candidate.isupper()), found[0])
    meta["series"] = named
    inferred.append(f"the series named in full as the text writes it over its number: {named!r} (the cover gives {series!r})")


# a telephone or fax number under its label ('Ph. : +91-11-…', 'Tel. +34 95 …', 'Fax: (202) …'): narrower than
# bylines.CONTACT_DETAIL, which any detail of an address matches
PHONE_LINE = re.compile(r"\b(?:ph|tel|phone|fax)\b\.?\s*:?\s*\+?\(?\d", re.I)
# a number opening a line, with its stop or not, whatever follows ('12. Ibid.', '12 Harbour Road'): the stop or the next
# note's number tells a note from a street; exportlines.PDF_FOOTNOTE_START is a PDF page's footnote, its number with no
# stop before a capital ('12 Ibid., 4.')
NOTE_OPENING = re.compile(r"^(?P<key>\d{1,3})(?P<stop>\.)?\s")


def back_cover(units: list[Unit], position: int, last_key: str) -> bool:
    """The publisher's address on a report's back cover, under its last note: the few short lines from here to the
    end (street, telephone and fax, e-mail, website), one of them a telephone or fax number, none a note (numbered
    with a stop, or the next note's number; a street's number is neither: '12 Harbour Road')."""
    rest = units[position:]
    if not rest or len(rest) > CONTACT_LINES_MAX:
        return False
    for unit in rest:
        text = unit.text.strip()
        opening = NOTE_OPENING.match(text)
        if len(ADDRESS_WORD.sub("", text)) > CONTACT_LINE:
            return False
        if opening and (opening.group("stop") or (last_key.isdigit() and int(opening.group("key")) == int(last_key) + 1)):
            return False
    return any(PHONE_LINE.search(u.text) for u in rest)
