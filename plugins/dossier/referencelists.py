"""A paper's list of references under its heading ('REFERENCES', 'Bibliography', 'Works cited'): its entries are no
sections however a line of one reads: one naming a year ('Roe, Jane, the 2001 Quay Lecture, presented 3/10/2001, …'), a
name alone right under a label of the list ('JOURNALS' / 'Harbour Quarterly'), the lines of a chart or list set one under
another after it ('Board Committee for the Quays' / 'Board Committee for Pilots' / …). Its labels in capitals
('NEWSPAPERS'), the parts a paper closes on ('Appendix 1', 'About the author') and a heading of its own over more entries
('Sources consulted but not cited') stay headings."""

from __future__ import annotations

import re

from .headings import in_capitals
from .importunits import CITED_YEAR, Unit

REFERENCES_HEADING = re.compile(
    r"^(?:references?|bibliography|select bibliography|works cited|reference list|literature cited|sources cited)\s*:?$", re.I
)
# a part a paper closes on after its references, set as a heading in title case
CLOSING_PART = re.compile(
    r"^(?:appendix|appendices|annex|annexes|attachment|about the authors?|acknowledge?ments?|glossary|abbreviations|"
    r"acronyms|notes|endnotes|footnotes|tables|figures)\b",
    re.I,
)


YEAR = re.compile(rf"\b{CITED_YEAR}\b")
PROSE_WORDS = 12  # a paragraph of this many words, no year in it, is a section's prose, no entry of the list
LIST_RUN_MIN = 3  # lines set as headings one under another, nothing between them: a chart's or a list's


def _kept_heading(text: str) -> bool:
    return in_capitals(text) or CLOSING_PART.match(text) is not None


def _prose(unit: Unit) -> bool:
    return unit.kind == "paragraph" and len(unit.text.split()) >= PROSE_WORDS and YEAR.search(unit.text) is None


def _list_ends(body: list[Unit], index: int) -> bool:
    """The list ends at a part a paper closes on ('Annex A', 'Appendix 1') or at a heading with prose under it (the next
    part of a report with references after each part): an entry has no body under it."""
    unit = body[index]
    if unit.kind != "heading":
        return False
    following = next((after for after in body[index + 1 :] if after.kind != "heading"), None)
    return CLOSING_PART.match(unit.text.strip()) is not None or (following is not None and _prose(following))


def reference_list_entries(body: list[Unit], inferred: list[str]) -> None:
    start = next((i for i, unit in enumerate(body) if unit.kind == "heading" and REFERENCES_HEADING.match(unit.text.strip())), None)
    if start is None:
        return
    entries = 0
    index = start + 1
    stop = next((i for i in range(index, len(body)) if _list_ends(body, i)), len(body))
    while index < stop:
        end = index
        while end < stop and body[end].kind == "heading" and not _kept_heading(body[end].text.strip()):
            end += 1
        if end == index:
            index += 1
            continue
        run = body[index:end]
        under_label = body[index - 1].kind == "heading"
        for unit in run:
            if len(run) >= LIST_RUN_MIN or under_label or YEAR.search(unit.text):
                unit.kind = "paragraph"
                entries += 1
        index = end
    if entries:
        inferred.append(f"{entries} lines under the references heading read as its entries, no headings")
