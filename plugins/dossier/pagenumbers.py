"""A PDF's page numbers left in its text as paragraphs of their own: '1' over a media release's masthead, '2' between two
paragraphs where the second page began, with no form feed and no running head to tell the page apart (a library's
copy of a release's text, a short PDF's pages copied one after another). Such a number is no paragraph: kept, it is
the summary at the top and, mid-text, it parts a quotation run over paragraphs from the speaker its first paragraph
names. Numbers alone on their lines that rise by one through the text, each a page's worth of words after the one
before (the first may be page 1 at the top, over the title or the masthead), over a paragraph of running text, are the
pages' numbers."""

from __future__ import annotations

import re

from .pdftext import PageLayout

BARE_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?P<number>\d{1,3})(?:\s*[-–—])?$")  # '2', '- 2 -'
PAGE_WORDS_MIN = 150  # words a page holds at the least (a release's first page under its masthead holds more)
RUNNING_WORDS_MIN = 8  # the paragraph under a page's number goes on with the text: no heading, no list item's title
# the paragraph over a number leading into a numbered list ('… three steps:')
LEAD_IN_END = (":",)
# a list's bullet the PDF's text set on a line of its own, over its item
LONE_BULLET = re.compile(r"^[•·▪◦‣■□◼◾]$")


def bare_page_numbers(lines: list[str], layout: PageLayout) -> None:
    """Mark as furniture the numbers alone on their lines, a blank line over and under each, that number the pages: all
    or none of them (a vote count, a list's numbers or a stray figure among them keeps every one)."""
    stripped = [line.replace("\u00a0", " ").replace("\f", "").strip() for line in lines]
    found: list[tuple[int, int, int]] = []  # (line index, page number, words since the last one)
    words = 0
    for index, text in enumerate(stripped):
        match = BARE_PAGE_NUMBER.match(text)
        alone = match and (index == 0 or not stripped[index - 1]) and (index + 1 == len(stripped) or not stripped[index + 1])
        if match and alone and index + 1 not in layout.furniture and index + 1 not in layout.note_numbers:
            found.append((index, int(match["number"]), words))
            words = 0
        elif index + 1 not in layout.furniture:
            words += len(text.split())
    if not found or not all(number == found[0][1] + k for k, (_, number, _) in enumerate(found)):
        return
    for k, (index, number, words_above) in enumerate(found):
        # page 1's number at the top over the title or the masthead, the next page's below; over a paragraph of running
        # text, '1' opens an essay's first numbered section
        first_page = k == 0 and number == 1 and len(found) > 1 and not _running(_below(stripped, index))
        if not first_page and not _page_turn(stripped, index, words_above):
            return
    for index, _, _ in found:
        layout.furniture.setdefault(index + 1, "page number")


def numbered_pages(layout: PageLayout) -> bool:
    """Whether the text is a PDF's pages, their numbers found alone on their lines: a browser's copy it is not."""
    return "page number" in layout.furniture.values()


def _page_turn(stripped: list[str], index: int, words_above: int) -> bool:
    """A page's worth of words over the number, a paragraph of running text under it, and no lead-in over it."""
    above = next((text for text in reversed(stripped[:index]) if text), "")
    return words_above >= PAGE_WORDS_MIN and _running(_below(stripped, index)) and not above.endswith(LEAD_IN_END)


def _below(stripped: list[str], index: int) -> str:
    return next((text for text in stripped[index + 1 :] if text and not LONE_BULLET.match(text)), "")


def _running(text: str) -> bool:
    """A paragraph that goes on with the text: no heading, no masthead, no list item's title."""
    return len(text.split()) >= RUNNING_WORDS_MIN or text[:1].islower()
