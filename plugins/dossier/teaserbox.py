"""A related story's box inside a copied news story: its section label and headline, given twice (the box's link text and
its card's), and a one-line dek, between two paragraphs of the story ('Harbour' / 'Ferry fares rise again' / 'Harbour' /
'Ferry fares rise again' / 'Commuters face a third rise this year'). The box is the site's, no section of the story. A
refrain sung or chanted twice ('Hold the line, hold the quay' / 'No boss will take the sea', twice) is verse: its first
line is no label, its lines run on over commas or lower case.
"""

from __future__ import annotations

from .furniture import _finished_paragraph
from .importunits import TERMINAL, Unit

BOX_LINES_MAX = 3  # a label and a headline, the headline broken over two lines at most, given twice
BOX_LINE_MAX = 160  # characters: a label's or a headline's, no sentence of the story
DEK_MAX = 250
LABEL_WORDS_MAX = 3  # a section's label: 'Harbour', 'Business & Trade'


def _box_lines(units: list[Unit], at: int, count: int) -> bool:
    return all(len(u.text) <= BOX_LINE_MAX and u.text.strip()[-1:] not in TERMINAL for u in units[at : at + count])


def _box_shape(lines: list[str]) -> bool:
    """A label over a headline ('Harbour' / 'Ferry fares rise again'), or a headline alone over its dek: no line opening in
    lower case, the label short and with no comma, a headline alone with no comma (a verse's line runs on over one)."""
    if any(line[:1].islower() for line in lines):
        return False
    if len(lines) == 1:
        return "," not in lines[0]
    return len(lines[0].split()) <= LABEL_WORDS_MAX and "," not in lines[0]


def _doubled_at(units: list[Unit], at: int) -> int:
    """How many lines are given twice from `at` on (one to BOX_LINES_MAX), 0 if none."""
    for count in range(BOX_LINES_MAX, 0, -1):
        if at + 2 * count <= len(units) and _box_lines(units, at, count):
            first = [u.text.strip() for u in units[at : at + count]]
            if first == [u.text.strip() for u in units[at + count : at + 2 * count]] and _box_shape(first):
                return count
    return 0


def doubled_teaser_boxes(units: list[Unit], start: int) -> dict[int, str]:
    """The lines of each related story's box between two finished paragraphs of the story: a label and a headline given
    twice, or a headline given twice over its dek of one line, then the story going on."""
    found: dict[int, str] = {}
    position = start + 1
    while position < len(units) - 2:
        count = _doubled_at(units, position) if _finished_paragraph(units[position - 1].text) else 0
        if count < 1:
            position += 1
            continue
        end = position + 2 * count
        dek = end < len(units) and not _finished_paragraph(units[end].text) and len(units[end].text) <= DEK_MAX
        end += 1 if dek else 0
        # a label and a headline twice, or a headline twice over its dek: a heading given twice over the text is no box
        if (count >= 2 or dek) and end < len(units) and _finished_paragraph(units[end].text):
            found.update({index: "a related story's box inside the story" for index in range(position, end)})
            position = end
        position += 1
    return found
