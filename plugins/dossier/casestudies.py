"""A report telling people's cases (an NGO's research report, an investigation): each case under the person's name or
the name the report gave them, an epigraph credited on a dash line, sections at an indent over flush sub-sections."""

from __future__ import annotations

import itertools
import re

from .bylines import HONORIFIC, _is_person_name
from .headings import _finished, read_as_subheads
from .importunits import Unit
from .signoff import closes_the_text, signs_the_story

CASE_AGE = r",\s+(?:now\s+|aged\s+)?\d{1,3},"  # 'Jane Roe, 76, lives …': a case study gives the person's age, an author's note does not
CASE_FOLLOW_UNITS = 6


def _case_subhead(name: str, units: list[Unit], position: int) -> bool:
    """A report telling people's cases sets each one's name alone over the story of that person: the paragraph under it
    opens with the name and the person's age ('Jane Roe, 76, lives …'), or the surname opens a sentence in the paragraphs
    after it ('Roe appealed …'). An author's note is neither: its surname comes back, if at all, in the same paragraph."""
    following = units[position + 1 : position + 1 + CASE_FOLLOW_UNITS]
    if not following:
        return False
    if re.match(re.escape(name) + CASE_AGE, HONORIFIC.sub("", following[0].text)):
        return True
    surname = re.escape(name.split()[-1])
    return any(re.search(r"(?:^|[.!?]\s+)" + surname + r"(?:’s|'s)?\s+[a-z]", unit.text) for unit in following[1:])


PSEUDONYM_LINE = re.compile(r"^[“\"‘'](?P<name>[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+)?)[”\"’']$")  # '“Farhaz”'
PSEUDONYM_SUBHEADS_MIN = 2


def pseudonym_subheads(body: list[Unit], inferred: list[str]) -> None:
    """A report telling people's cases under names it has changed sets each case under the name in quotation marks
    ('“Farhaz”', '“Peter”') over the paragraph that tells it, where the name stands in quotation marks again ('“Peter,” 61,
    had …', 'her mother, “Martha,” 65, …'): a subhead, taken where two or more, never a one-word quotation."""
    found = []
    for unit, below in itertools.pairwise(body):
        match = PSEUDONYM_LINE.match(unit.text.strip()) if unit.kind in ("paragraph", "quote") else None
        if (
            match
            and below.kind == "paragraph"
            and len(below.text) >= 200
            and re.search(r"[“\"‘']" + re.escape(match.group("name")) + r",?[”\"’']", below.text)
        ):
            found.append(unit)
    if len(found) >= PSEUDONYM_SUBHEADS_MIN:
        for unit in found:
            unit.text = unit.text.strip()
        read_as_subheads(found, inferred, "names in quotation marks over the case each paragraph under them tells read as subheads")


DASHED_CREDIT = re.compile(r"^(?:—|–|--)\s?(?P<name>[^,;:.!?]{3,60}?)\s*(?:,\s*(?P<details>[^.!?;:]{1,80}))?$")  # '—Jane Roe, 76, May 2017'


def quotation_credits(body: list[Unit], inferred: list[str]) -> None:
    """A quotation set at the head of a report or a chapter (an epigraph) is credited on the line under it, a dash and the
    speaker's name, then the speaker's age, role or the date ('—Jane Roe, 76, December 2017'): that line and the paragraph
    it credits are one block quote, never a heading over the text."""
    found = 0
    for index, (before, unit) in enumerate(itertools.pairwise(body), start=1):
        if closes_the_text(body, index) and signs_the_story(before, unit):
            continue  # the story's byline at its end ('—Jane Roe and John Doe'), read by closing_dash_byline
        match = DASHED_CREDIT.match(unit.text.strip()) if unit.kind in ("heading", "paragraph") else None
        if match and before.kind in ("paragraph", "quote") and _finished(before) and _is_person_name(match.group("name")):
            before.kind, unit.kind, unit.text = "quote", "quote", unit.text.strip()
            found += 1
    if found:
        inferred.append(f"{found} quotation credit(s), a dash and a name under the quotation, set with it as a block quote")


INDENTED_HEADINGS_MIN = 2
INDENTED_PROSE = 100  # characters: a paragraph of prose at an indent means the indent is no heading's mark


def indented_section_levels(body: list[Unit], lines: list[str], inferred: list[str]) -> None:
    """A page's text copied with its layout may set its sections' headings at an indent (a tab) and the sub-headings
    under them flush left, as the prose is ('\tInternational Legal Standards' / 'The Right to Health …'): where two
    headings or more stand at an indent, one flush left under them and no prose at an indent, the indented ones are the
    sections and the flush ones under them their sub-sections."""

    def indented(unit: Unit) -> bool:
        line = lines[unit.line - 1] if 0 < unit.line <= len(lines) else ""
        return line[:1] in ("\t", " ") and bool(line.strip())

    headings = [unit for unit in body if unit.kind == "heading"]
    marked = [unit for unit in headings if indented(unit)]
    if len(marked) < INDENTED_HEADINGS_MIN or any(u.kind == "paragraph" and len(u.text) >= INDENTED_PROSE and indented(u) for u in body):
        return
    under = [unit for unit in headings[headings.index(marked[0]) :] if not indented(unit)]
    if not under:
        return
    for unit in marked:
        unit.level = 2
    for unit in under:
        unit.level = 3
    inferred.append(f"{len(marked)} headings at an indent read as sections, the {len(under)} flush left under them as their sub-sections")
