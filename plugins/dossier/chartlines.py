"""A chart's text as a PDF's text layer gives it, letter-spaced ('F i g u r e O n e : …', 'S a m p o r t', 'K V T',
'R 2 = 0 . 4 7 5 3', '6 0 0'): a run of such lines one under another is the figure's labels and axes, and the short
lines set in between them ('Tonnage per berth', an axis's title) too. None of it is a paragraph or a heading: it is left
out as the chart's text, listed with the furniture. Nothing before the text's first prose line is taken (a cover's
display type is letter-spaced too: 'Y E A R' / 'B O O K'), and a short line closing the run is not (a section's heading
set under the chart, 'Berth charges', with its paragraph under it): only one with another letter-spaced line under it."""

from __future__ import annotations

import re

# every word a single letter, figure or sign, three or more of them; no dash or asterisk (a Markdown rule, '- - -'),
# no ampersand ('Q & A')
LETTER_SPACED = re.compile(r"^[^\W_](?: (?:[^\W_]|[=.:,%+()]))+$")
SPACED_WORDS_MIN = 3
SPACED_LINES_MIN = 3  # letter-spaced lines in one block: a chart's, not a spaced heading ('C O N T E N T S')
LABEL_WORDS_MAX = 4  # a chart's short label among them ('Tonnage per berth', 'Quayton Reach')
CHART_TEXT = "a chart's letter-spaced text"
PROSE_WORDS_MIN = 8  # a line of running text, no title or label


def letter_spaced(text: str) -> bool:
    return len(text.split()) >= SPACED_WORDS_MIN and LETTER_SPACED.match(text) is not None


def _label(text: str) -> bool:
    return 0 < len(text.split()) <= LABEL_WORDS_MAX and text[-1] not in ".!?:;,"


def _prose(text: str) -> bool:
    return len(text.split()) >= PROSE_WORDS_MIN and not letter_spaced(text)


def chart_lines(texts: list[str]) -> list[int]:
    """Line numbers (from 1) of the charts' text after the first prose line: blocks opened by a letter-spaced line, going
    on over letter-spaced lines and the short labels between them up to a blank line or prose, with three letter-spaced
    lines or more."""
    found: list[int] = []
    index = next((number + 1 for number, text in enumerate(texts) if _prose(text)), len(texts))
    while index < len(texts):
        if not letter_spaced(texts[index]):
            index += 1
            continue
        end = index
        while end < len(texts) and texts[end] and (letter_spaced(texts[end]) or _label(texts[end])):
            end += 1
        while end > index and not letter_spaced(texts[end - 1]):
            end -= 1  # labels set in between letter-spaced lines only
        if sum(letter_spaced(text) for text in texts[index:end]) >= SPACED_LINES_MIN:
            found.extend(range(index + 1, end + 1))
        index = max(end, index + 1)
    return found
