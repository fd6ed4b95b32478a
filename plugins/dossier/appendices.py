"""A paper's appendix ('APPENDIX', 'Appendix A: Detention figures', 'Annex 2'): one section of the lines a chart, a table
or a list sets one under another ('Year  Detainees  Children' / '2001  3,120  842' / …), never a heading each however
short a line reads. A table's rows, their columns parted by runs of spaces, are kept as they are set (a preformatted
block); a heading with a paragraph of prose under it is the appendix's own and stays."""

from __future__ import annotations

import re

from .importunits import NOTES_HEADING, TERMINAL, Unit
from .referencelists import CLOSING_PART, REFERENCES_HEADING

# the appendix's label: the word, a letter, a number or a roman numeral, then maybe its title after a colon or a dash
APPENDIX_LABEL = re.compile(r"^(?:appendix|appendices|annex|annexes)(?:\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b\.?)?(?:\s*[:.–—-]?\s+\S.*)?$", re.I)
# the label opening a paragraph in capitals, the title run in after it ('APPENDIX Formal organisation of the board')
APPENDIX_RUN_IN = re.compile(r"^(?:APPENDIX|ANNEX)(?:\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b\.?)?\s*[:.–—-]?\s+[A-Z]")
LABEL_MAX = 160  # characters of an appendix's heading line
PROSE_WORDS = 12  # a paragraph this long ending on a stop is prose under a heading of the appendix's own
COLUMN_GAP = re.compile(r"\S(?: {2,}|\t)\S")  # a table's columns set apart by spaces
ROW_MAX = 100  # characters of a table's row
ROWS_MIN = 2
RUN_MIN = 2  # a chart's or a list's lines come in runs: one short line alone is a heading


def _label(unit: Unit) -> bool:
    text = unit.text.strip()
    if len(text) > LABEL_MAX or unit.kind not in ("heading", "paragraph"):
        return False
    if unit.kind == "heading":
        return APPENDIX_LABEL.match(text) is not None
    return (APPENDIX_LABEL.match(text) is not None and text[-1:] not in TERMINAL and len(text.split()) <= PROSE_WORDS) or bool(
        APPENDIX_RUN_IN.match(text)
    )


def _prose(unit: Unit | None) -> bool:
    return unit is not None and unit.kind == "paragraph" and len(unit.text.split()) >= PROSE_WORDS and unit.text.rstrip()[-1:] in TERMINAL


def _row(unit: Unit) -> bool:
    text = unit.text.strip()
    return unit.kind in ("paragraph", "heading") and len(text) <= ROW_MAX and COLUMN_GAP.search(text) is not None and text[-1:] not in TERMINAL


def _back_matter(unit: Unit) -> bool:
    """A heading of the paper's back matter after its appendix ('References', 'Notes', 'About the author',
    'Acknowledgements'): the appendix ends there."""
    text = unit.text.strip()
    return bool(NOTES_HEADING.match(text) or REFERENCES_HEADING.match(text) or (CLOSING_PART.match(text) and not APPENDIX_LABEL.match(text)))


def _short_line(unit: Unit | None) -> bool:
    """A line of a chart or a list: short, no prose, no list item, no label."""
    return (
        unit is not None
        and unit.kind in ("heading", "paragraph", "code")
        and not _prose(unit)
        and len(unit.text.strip()) <= LABEL_MAX
        and not APPENDIX_LABEL.match(unit.text.strip())
    )


def _section_over_subsection(body: list[Unit], index: int) -> bool:
    """A heading over another heading that has prose under it: a section and its subsection ('Methods' / 'Sampling' /
    prose), never a chart's lines."""
    following = body[index + 1] if index + 1 < len(body) else None
    return following is not None and following.kind == "heading" and _prose(body[index + 2] if index + 2 < len(body) else None)


def _in_run(body: list[Unit], index: int) -> bool:
    """The line stands in a run of two or more short lines (the one before it or the one after it is one too)."""
    before = body[index - 1] if index > 0 else None
    after = body[index + 1] if index + 1 < len(body) else None
    return 1 + int(before is not None and _short_line(before) and not _label(before)) + int(_short_line(after)) >= RUN_MIN


def _lines_follow(body: list[Unit], index: int) -> bool:
    """A chart's lines, a table's rows or a list follow the label (two short lines, a row, a list's item)."""
    following = body[index + 1 : index + 1 + RUN_MIN]
    return bool(following) and (
        _row(following[0]) or following[0].kind == "bullet" or (len(following) == RUN_MIN and all(_short_line(unit) for unit in following))
    )


def _chart_line(body: list[Unit], index: int) -> bool:
    """A heading that is a chart's or a list's line: no prose and no list under it."""
    following = body[index + 1] if index + 1 < len(body) else None
    if following is None:  # the last unit: a chart's last line after its others, else a heading over what comes after
        above = body[index - 1]
        return above.kind == "code" or (above.kind == "paragraph" and not _prose(above) and not APPENDIX_LABEL.match(above.text.strip()))
    return not _prose(following) and following.kind != "bullet"


def appendix_lines(body: list[Unit], inferred: list[str]) -> None:
    """Under an appendix's label (a heading, or a short line or a capitals' run-in label read as a paragraph, made its
    heading when lines or another heading follow it) with a chart's lines, a table's rows or a list under it, the
    headings in runs of short lines with no prose or list under them are the appendix's lines, and a run of table rows
    one block, up to the back matter ('References'), a heading over prose (the next part, 'Acknowledgements'), a section
    over its subsection, or the next appendix's label. A label a later line repeats is a contents list's line."""
    lines = 0
    first = None
    inside = False
    index = 0
    while index < len(body):
        unit = body[index]
        if _label(unit) and (index == 0 or body[index - 1].kind != "bullet"):
            text = unit.text.strip()
            if any(later.text.strip() == text for later in body[index + 1 :]):  # a contents list's line: the label comes again
                index += 1
                continue
            following = body[index + 1] if index + 1 < len(body) else None
            lines_follow = _lines_follow(body, index)
            if unit.kind != "heading" and (lines_follow or (following is not None and following.kind == "heading")):
                unit.kind, unit.level = "heading", 2  # a label read as a paragraph; a heading keeps the level it was given
            inside = lines_follow  # prose under it ('Annex two villages …' over a paragraph) opens no chart
            first = first or (unit if lines_follow else None)
            index += 1
            continue
        if not inside:
            index += 1
            continue
        if unit.kind == "heading":
            if _back_matter(unit) or not _chart_line(body, index) or _section_over_subsection(body, index):
                inside = False  # the back matter, the next part, or a heading of the appendix's own over its prose or list
                index += 1
                continue
            if not _in_run(body, index):
                index += 1
                continue
            unit.kind = "paragraph"
            lines += 1
        if _row(unit):
            end = index
            while end < len(body) and _row(body[end]) and not _label(body[end]):
                end += 1
            if end - index >= ROWS_MIN:
                rows = [row.text.strip() for row in body[index:end]]
                unit.kind, unit.text = "code", "\n".join(rows)
                unit.data["code"] = "```\n" + "\n".join(rows) + "\n```"
                lines += end - index
                del body[index + 1 : end]
        index += 1
    if lines and first is not None:
        inferred.append(f"line {first.line}: {lines} lines of the appendix's charts and lists kept as its lines, no headings")
