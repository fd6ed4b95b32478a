"""A figure's label on a line of its own over its caption, as a journal's or a report's text copied from its page or its
PDF sets them: 'FIGURE 1' / 'BERTHS IDLE AT HARBOURTON, MARCH 2024', 'Table 2' / 'Fees by berth, 2023'. The two lines
are one figure's caption ('FIGURE 1: BERTHS IDLE …'), never a section and its sub-section: the text under them goes on in
the section above."""

from __future__ import annotations

import re

from .importunits import TERMINAL, Unit

FIGURE_WORDS = r"figure|fig\.|map|chart|graph|table|exhibit"  # the words that label a figure or a table, in lower case
_FIGURE_NUMBER = r"\d{1,3}(?:\.\d{1,3})?[a-z]?"
FIGURE_LABEL = re.compile(rf"^(?:{FIGURE_WORDS}|graphic|infographic)\s+{_FIGURE_NUMBER}$", re.I)  # "Figure 2.1", "Table 3b"
# a line opening a figure's, a table's or a box's caption, or the source or note line under one ('Figure 2. Ferry
# passengers …', 'Box 3 Winter crossings', 'Source: …', 'Notes: …', 'Case study: …'): a report's layout floats them to
# the top of a page, where the sentence the page cut goes on under them, so they never go on a sentence
LABELLED_BLOCK_OPENING = re.compile(
    rf"^(?:(?:{FIGURE_WORDS}|graphic|infographic|box)\s+{_FIGURE_NUMBER}(?![\w,])|(?:sources?|notes?|case\s+study)\s*:)", re.I
)
CAPTION_MAX = 200  # a caption's line; a longer one is the text going on


def _caption_line(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) <= CAPTION_MAX and "\n" not in text and not FIGURE_LABEL.match(text)


def figure_label_lines(units: list[Unit], start: int, inferred: list[str]) -> list[Unit]:
    """The units with each figure's label over its caption line read as one line, 'FIGURE 1: caption', which the
    classifier reads as a figure."""
    kept: list[Unit] = units[:start]
    index = start
    joined = 0
    while index < len(units):
        unit = units[index]
        head, _, rest = unit.text.strip().partition("\n")
        if FIGURE_LABEL.match(head.strip()) and rest.strip() and _caption_line(rest):
            unit.text = f"{head.strip()}: {rest.strip()}"  # the label and its caption copied as one block
            joined += 1
        elif FIGURE_LABEL.match(head.strip()) and not rest and index + 1 < len(units) and _caption_line(units[index + 1].text):
            caption = units[index + 1].text.strip()
            if caption[-1:] not in TERMINAL or len(caption.split()) <= 25:
                unit.text = f"{head.strip()}: {caption}"
                joined += 1
                index += 1
        kept.append(unit)
        index += 1
    if joined:
        inferred.append(f"{joined} figure labels over their caption lines ('FIGURE 1' / caption) read as figures, no sections")
    return kept
