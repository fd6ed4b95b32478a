"""A line of a PDF's wrapped paragraph that recurs word for word elsewhere is the paragraph's, never a running head.

A running head or foot stands at a page's top or foot, between whole lines. A column's line that a sentence runs
through ('… Comments can be read at' / 'www.harbour.example by looking up' / 'docket 12, and …') may come back the
same on several pages when the text repeats a phrase (a web address and how to search it, a date's year '2020.'), and
counting alone would take it for the page's: it is body wherever the line above stops mid-sentence, the line goes on
with it and the page does not turn there. A line that stands at the same place over each page's end (the last text line
over the page's number or a stamp, 'www.harbour.example notices online') is the page's foot however the sentence above it
breaks off: only a repeated line in the middle of a page's text can be body.
"""

from __future__ import annotations

import re

SENTENCE_GOES_ON = re.compile(r"(?:[^\W\d_]|[,\-–])$")  # the line above stops on a word or a comma: the sentence goes on …
CAPITALS_AT_END = re.compile(r"\b[^\W\d_a-z]{2,}$")  # … unless that word is in capitals, a heading's ('ADDRESSES')
# … in the line, which opens in lower case with words after ('www.harbour.example by looking up') or on a number run
# into the sentence's punctuation or its next word ('2020.', '21, 2020.', '14 barges'); a page's number alone or before a
# head in capitals ('4702 Harbour Gazette') goes on with nothing
LINE_GOES_ON = re.compile(r"^(?:[a-z]\S*\s+\S|\d[\d,]*(?:[.,;:)]|\s+[a-z(]))")


def inside_wrapped_sentence(texts: list[str], index: int, page_breaks: set[int]) -> bool:
    """The line at `index` (of lines stripped of their form feeds) is inside a sentence the column wraps: the line above
    it stands on the same page, with no blank line between, and stops mid-sentence on a word (not one in capitals) or a comma;
    the line opens by going on with it; and the line is neither the first nor the last with text on its page (a page
    turning under it, pdftotext's form feed on the line under it or after a blank line, may end a page under a foot)."""
    if index == 0 or index + 1 >= len(texts):
        return False
    above, line = texts[index - 1], texts[index]
    if not above or not line or (index + 1) in page_breaks:
        return False  # a page's first line: its head, whatever the page before it broke off on
    if not SENTENCE_GOES_ON.search(above) or CAPITALS_AT_END.search(above):
        return False
    if not LINE_GOES_ON.match(line):
        return False
    below = index + 1
    while below < len(texts) and not texts[below] and (below + 1) not in page_breaks:
        below += 1
    return below < len(texts) and (below + 1) not in page_breaks


FOOT_REACH = 2  # a running foot stands among the last text lines of its page: over the page's number and a stamp at most


def lines_under_on_page(texts: list[str], index: int, page_breaks: set[int]) -> int:
    """How many lines with text stand under the line at `index` before its page ends (the next form feed or the text's end)."""
    under = 0
    for below in range(index + 1, len(texts)):
        if (below + 1) in page_breaks:
            break
        under += bool(texts[below])
    return under


def at_each_pages_foot(texts: list[str], indices: list[int], page_breaks: set[int]) -> bool:
    """The repeated line's places (`indices`, on pages apart) are all the same place over their pages' ends, within the
    last few text lines: a running foot, never a wrapped paragraph's line."""
    if not page_breaks:
        return False
    under = {lines_under_on_page(texts, index, page_breaks) for index in indices}
    return len(under) == 1 and min(under) <= FOOT_REACH
