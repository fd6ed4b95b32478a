"""What a PDF turned into text carries besides the report: page breaks, running heads and the column's hard wraps.

`pdftotext` marks a new page with a form feed; text dumps mark it with a line such as
``===== PDF_PAGE 3 =====`` or ``-- 3 of 12 --``. A running head or foot ("Page 6 GAO-26-107815 HHS …",
"Bruegel analysis 13/2024 / 16 May 2024", a bare page number) is the same line, its numbers aside, on page
after page. Every line of a paragraph but its last fills the column, so a line that fills it and does not end
a sentence goes on in the next line, whatever that line's first letter. The importer reads the lines this
module sets aside as furniture and joins the paragraphs around them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise

from .bylines import _is_person_name
from .chartlines import CHART_TEXT, chart_lines
from .dates import MONTH_NAMES, WEEKDAYS, find_date
from .figurelabels import FIGURE_LABEL
from .importunits import NOTES_HEADING
from .mastheads import ISSUE_NUMBERS, SEASON_YEAR
from .quotes import DOUBLED_CURLY
from .superscripts import superscript_markers
from .wrappedrepeats import at_each_pages_foot, inside_wrapped_sentence

LEADER_DOTS_MIN = 6  # "Introduction ......3": dots, each with a space after it or none
ROMAN_PAGE_LETTERS = frozenset("ivxlcIVXLC")
CONTENTS_LABEL = re.compile(r"^(?:table of )?contents$", re.I)
CONTENTS_BLOCK_LABEL = re.compile(r"^(?:table of )?contents(?:\s*[-–—:]+\s*[\w ]{1,40})?$", re.I)  # "TABLE OF CONTENTS --- VOLUME II"
DOT_LEADER = re.compile(r"(?:[.…·]\s?){3,}")
PAGE_AT_END = re.compile(r"\s(?P<page>\d{1,3}|[ivxlc]{1,6})$", re.I)
PAGE_ALONE = re.compile(r"^(?:[.…·\s]*\d{1,3}|[ivxlc]{1,6}|\w{1,3})$", re.I)  # "33", ".. 100", "ii", or a page number OCR misread ("wid")
CONTENTS_GAP = 2  # lines in a contents list that are no entry (a title the page broke, its number below): more end the list
ROMAN_PAGE = re.compile(r"^[ivxlc]{1,6}$", re.I)
PAGE_MARKER = re.compile(
    r"^(?:=+\s*(?:PDF[ _])?PAGE\s+\d+\s*=+|-{2,}\s*\d+\s+of\s+\d+\s*-{2,}|Page\s+\d{1,4}\s+of\s+\d{1,4})$", re.I
)  # also "Page 2 of 18"
NUMBER = re.compile(r"\d+")
NOTE_START = re.compile(r"^#\.?\s+\S")  # "12 Ibid.", "12. Ibid." with its number folded: a footnote or an endnote, not a running line
CREDIT_START = re.compile(r"^(?:sources?|notes?)\s*:", re.I)
HYPHENATED = re.compile(r"\b[A-Za-z]+-[a-z]+\b")
LETTERS_RUN = re.compile(r"[A-Za-z]+")

RUNNING_MIN = 3  # a running head recurs on at least this many pages …
RUNNING_SHARE = 0.3  # … and on this share of the pages, where the pages are marked
RUNNING_MAX_LENGTH = 120
WRAP_MIN_LINES = 30  # fewer lines say too little about a column's width
WRAP_WIDTH_RANGE = (40, 140)  # a printed column; a web page's paragraph is one long line
WRAP_FULL = 0.8  # a line this share of the column's width fills it
WRAP_SHARE = 0.35  # of the lines that fill the column, in a hard-wrapped text
WRAP_OVERLONG = 1.6  # a line this many times the column's width was never wrapped to it …
WRAP_OVERLONG_SHARE = 0.1  # … and a wrapped text has few such lines


@dataclass
class PageLayout:
    """Line numbers (from 1) that are page furniture, with their kind; where pages break; the column's width."""

    furniture: dict[int, str] = field(default_factory=dict)
    page_breaks: set[int] = field(default_factory=set)
    width: int = 0
    hyphenated: set[str] = field(default_factory=set)  # compounds written with a hyphen inside a line ("well-known")
    words: Counter[str] = field(default_factory=Counter)  # how often the text writes each word (letters only, lower case)
    note_numbers: dict[int, str] = field(default_factory=dict)  # a footnote's number on a line of its own, over its text
    title: str = ""  # the running head that the first page prints too: the report's title
    issue_head: str = ""  # a journal's running head naming its issue ('THE HARBOUR REVIEW AUTUMN 2004'), beside the title's
    double_spaced: bool = False  # a viewer's copy with a blank line after every line: one blank line parts no paragraphs
    contents: list[str] = field(default_factory=list)  # the titles a table of contents with dot leaders lists
    glued_heads: dict[int, str] = field(default_factory=dict)  # a page's running head run into the next page's first line
    footnotes: dict[int, str] = field(default_factory=dict)  # the line a page footnote ('1 The White House, …') starts on: its key
    footnote_lines: set[int] = field(default_factory=set)  # the lines a page footnote goes on in
    bullet_glyphs: set[str] = field(default_factory=set)  # a symbol font's list bullet the text shows as other signs ('{{')
    spaced_notes: bool = False  # the page footnotes are a converter's ('44  Memo about …'), cited on their pages
    notes_apart: set[int] = field(default_factory=set)  # the lines of such notes counted apart (a cover's own), left as text
    numbered_paragraphs: bool = False  # an official report's paragraphs numbered 1, 2, 3 … ('107.  Setting out …')
    blank_parted: bool = False  # a wrapped text whose paragraphs stand a blank line apart: a line under a line goes on
    running_date: str = ""  # the one date the running heads print, ISO ('1997-06-04'): a record's sitting day
    superscripts: dict[int, str] = field(default_factory=dict)  # note markers over their line: '' for theirs, the text for the one under
    read_by_edges: bool = False  # a text of two pages whose running head or page numbers their edges told (_few_pages_edges)


def read_layout(lines: list[str]) -> PageLayout:
    layout = PageLayout()
    stripped = [line.replace("\u00a0", " ").strip() for line in lines]
    for number, (raw, text) in enumerate(zip(lines, stripped, strict=True), start=1):
        if "\f" in raw:
            layout.page_breaks.add(number)
        if PAGE_MARKER.match(text.replace("\f", "")):
            layout.page_breaks.add(number)
            layout.furniture[number] = "page marker"
    _contents_entries(stripped, layout)
    _scanned_contents(stripped, layout)
    layout.width = _column_width([text.replace("\f", "") for text in stripped]) or _body_column_width(stripped)
    short_width = 0 if layout.width else _short_column_width(stripped)
    layout.width = layout.width or short_width
    pages = len(layout.page_breaks) + 1 if layout.page_breaks else 0
    edges = _few_pages_edges(stripped, layout) if pages else False
    if pages:
        _masthead_running_heads(stripped, layout)
        for number in chart_lines([text.replace("\f", "") for text in stripped]):
            layout.furniture.setdefault(number, CHART_TEXT)
    layout.read_by_edges = edges
    if pages >= RUNNING_MIN or layout.width or edges:
        layout.note_numbers = _footnote_numbers(stripped, layout)
        if pages >= RUNNING_MIN or layout.width:  # two pages' edges said what runs: a line the text repeats there is its own
            _running_lines(stripped, pages, layout)
            _scanned_running_heads(stripped, layout)
            _glued_running_heads(lines, pages, layout)
        _page_foot_notes(stripped, layout)
        _spaced_notes(stripped, layout)
        layout.bullet_glyphs = _bullet_glyphs(stripped)
        layout.numbered_paragraphs = _numbered_paragraphs(stripped)
        layout.title = _running_title(stripped, layout) or layout.title
        layout.running_date = _running_date(stripped, layout)
        layout.superscripts = superscript_markers(lines, {*layout.furniture, *layout.page_breaks})
        for number in layout.superscripts:
            layout.furniture.pop(number, None)
            layout.note_numbers.pop(number, None)
    if layout.width:
        layout.hyphenated = {word.lower() for text in stripped for word in HYPHENATED.findall(text)}
        layout.words = Counter(word.lower() for text in stripped for word in LETTERS_RUN.findall(text))
        layout.double_spaced = _double_spaced(stripped)
        # a page's running head or foot with its number ('Page 5 GAO-26-107815 …') says the text is a PDF's, whose
        # paragraphs may follow one another unparted
        paged = bool(layout.page_breaks) or any(PAGE_NUMBER_AT_END.search(stripped[number - 1]) for number in layout.furniture)
        layout.blank_parted = not layout.double_spaced and not paged and (bool(short_width) or _blank_parted(stripped, layout.width))
    else:
        layout.double_spaced = _short_double_spaced(stripped)
    return layout


DOUBLE_SPACED_SHARE = 0.7  # of the text's lines, each followed by a blank line
BROKEN_SHARE = 0.4  # of those, lines that stop mid-sentence: wrapped lines, not paragraphs


def _double_spaced(texts: list[str]) -> bool:
    """A PDF viewer's copy that puts a blank line (or a line of one space) after every line of the column: most lines
    stand one blank line apart, and many of them stop mid-sentence, as a column's wrapped lines do."""
    lines = [i for i, text in enumerate(texts[:-2]) if text]
    apart = [i for i in lines if not texts[i + 1]]
    spaced = [i for i in apart if texts[i + 2]]
    if len(lines) < WRAP_MIN_LINES or len(apart) < DOUBLE_SPACED_SHARE * len(lines):
        return False
    broken = sum(1 for i in spaced if texts[i][-1:] not in '.!?:;"”’)')
    return broken >= BROKEN_SHARE * len(spaced)


BLANK_PARTED_SHARE = 0.9  # of the lines that stop short of the column, those with a blank line (or the end) under them
BLANK_PARTED_MIN = 5  # paragraphs of two lines or more: fewer say too little


def _blank_parted(texts: list[str], width: int) -> bool:
    """A hard-wrapped text (an e-mail, a plain-text export) whose paragraphs stand a blank line apart: nearly every line
    that stops short of the column ends its paragraph, with a blank line (or the end) under it, and several paragraphs
    run over two lines or more. There, a line that fills the column and ends a sentence is wrapped, not a paragraph's
    end; in a PDF's text, where paragraphs follow one another, short lines stand over text. Only a paragraph's last line
    counts, a short line under one that fills the column: an e-mail's header lines and a sign-off's stand one under the
    other ('From: …' / 'Date: …', 'Written by …' / 'April 26th, 2017')."""
    full = WRAP_FULL * width
    short = [i for i, text in enumerate(texts) if text and len(text) < full and i > 0 and len(texts[i - 1]) >= full]
    if not short:
        return False
    apart = sum(1 for i in short if i + 1 == len(texts) or not texts[i + 1])
    runs = sum(1 for i, text in enumerate(texts[:-1]) if text and texts[i + 1] and (i == 0 or not texts[i - 1]))
    return runs >= BLANK_PARTED_MIN and apart >= BLANK_PARTED_SHARE * len(short)


def contents_entry_title(line: str) -> str | None:
    """The title of a contents entry set with a dot leader ('Introduction ......3', '2. Ports . . . . . . . xi'), or None.
    Read from the line's end, each character once: the page number, the spaces, the dots of the leader (six or more,
    each with one space after it or none), the spaces before them; the title is what stands before, from a non-space."""
    end = len(line)
    while end and line[end - 1].isdecimal():
        end -= 1
    if end == len(line):
        while end and line[end - 1] in ROMAN_PAGE_LETTERS:
            end -= 1
    if end == len(line):
        return None
    while end and line[end - 1].isspace():
        end -= 1
    dots = 0
    while end:
        if line[end - 1] == ".":
            dots += 1
            end -= 1
        elif end >= 2 and line[end - 1].isspace() and line[end - 2] == ".":
            end -= 1  # the space after a dot of the leader
        else:
            break
    while end and line[end - 1].isspace():
        end -= 1
    if dots < LEADER_DOTS_MIN or not end or line[0].isspace() or "\n" in line[:end]:
        return None  # no leader; or no title before it (a line of dots alone gives none)
    return line[:end]


def _contents_entries(texts: list[str], layout: PageLayout) -> None:
    """A table of contents set with dot leaders ('Chapter 1: Resilient PNT ......5'): its lines are the site's to
    make again, and its titles name the headings the column broke over two lines."""
    entries = 0
    for number, text in enumerate(texts, start=1):
        entry = contents_entry_title(text.replace("\f", ""))
        if entry and entry.strip(". "):
            layout.furniture[number] = "contents list"
            title = entry.strip()
            above = texts[number - 2].replace("\f", "") if number >= 2 else ""
            over = texts[number - 3].replace("\f", "") if number >= 3 else ""
            if entries and above and (number - 1) not in layout.furniture and (not over or (number - 2) in layout.furniture):
                layout.furniture[number - 1] = "contents list"  # the entry's first line, the column broke its title
                title = above + " " + title
            layout.contents.append(title)
            entries += 1
            label = number - 1
            while label > 0 and not texts[label - 1]:
                label -= 1
            if label > 0 and CONTENTS_LABEL.match(texts[label - 1].replace("\f", "")):
                layout.furniture[label] = "contents list"


def _scanned_contents(texts: list[str], layout: PageLayout) -> None:
    """A scanned report's table of contents, as OCR reads it: its dot leaders half read as letters ('Considerations
    ......ccccscssssesseseseseeseeee 12', 'Resignation 0... sccsesesceeseesese 36'), a page number on a line of its own
    under its title. From the 'Contents' label, lines that end on a page number after a leader, the page numbers alone and
    a title or two between them are the list's, up to the first lines that are none of these."""
    number = next((n for n, text in enumerate(texts, start=1) if CONTENTS_BLOCK_LABEL.match(text.replace("\f", "").strip())), 0)
    if not number:
        return
    found = [number]
    pending: list[int] = []
    entries = 0
    for later in range(number + 1, len(texts) + 1):
        line = texts[later - 1].replace("\f", "").strip()
        if not line or layout.furniture.get(later, "").startswith("running"):
            continue
        entry = _scanned_entry(line)
        if entry or PAGE_ALONE.match(line) or DOT_LEADER.search(line[-6:]):
            entries += entry
            found.extend([*pending, later])
            pending = []
        elif len(pending) < CONTENTS_GAP and len(line) <= RUNNING_MAX_LENGTH * 2:
            pending.append(later)
        else:
            break
    if entries < SCANNED_CONTENTS_MIN:
        return  # a list with no leaders ('Contents' / 'Letter' / '1'): the importer reads it by its label
    for line_number in found:
        if line_number not in layout.furniture:
            layout.furniture[line_number] = "contents list"


SCANNED_CONTENTS_MIN = 5
LEADER_LETTERS_MIN = 12  # a dot leader read as letters: a long run of few letters ('eesssessecsecsesceesnee…')


def _scanned_entry(line: str) -> bool:
    """A contents entry whose leader OCR read as dots, letters and figures, its page number at the end."""
    page = PAGE_AT_END.search(line)
    if page is None:
        return False
    rest = line[: page.start()]
    if DOT_LEADER.search(rest):
        return True
    return any(_read_leader(word) for word in rest.split()[1:])


def _read_leader(word: str) -> bool:
    letters_only = [c for c in word.lower() if c.isalpha()]
    return len(letters_only) >= LEADER_LETTERS_MIN and len(set(letters_only)) <= max(6, len(letters_only) // 6)


SHORT_SPACED_MIN = 10  # lines: a page or two of a viewer's copy, too few to measure its column by
SHORT_BROKEN_MIN = 3
SHORT_BROKEN_SHARE = 0.1
ASIDE_AT_END = re.compile(r"[a-z,]\s*\([^()]*[a-z]\)$")  # '… the deputy master (hereinafter the officers)'
NUMBER_IN_SENTENCE = re.compile(r"^\d[\d,./-]*\s+(?:\(|[a-z])")  # '41 (2) of the Act …', '22 of 1995 …'


def stops_mid_sentence(line: str, below: str) -> bool:
    """The line stops on a word in lower case, a comma or an aside in brackets, and the line under it goes on in lower
    case or with a number in a sentence ('… in terms of section' / '41 (2) of …')."""
    stops = line[-1:].islower() or line[-1:] == "," or bool(ASIDE_AT_END.search(line))
    return stops and (below[:1].islower() or bool(NUMBER_IN_SENTENCE.match(below)))


def _short_double_spaced(texts: list[str]) -> bool:
    """The same copy of a page or two, whose column cannot be measured: most lines stand one blank line apart, and some
    stop mid-sentence over a line that goes on ('… met four times in the year under review and' / 'spent most of …'), as
    no paragraph of a web page opens."""
    lines = [i for i, text in enumerate(texts[:-2]) if text]
    apart = [i for i in lines if not texts[i + 1]]
    spaced = [i for i in apart if texts[i + 2]]
    if not SHORT_SPACED_MIN <= len(lines) < WRAP_MIN_LINES or len(apart) < DOUBLE_SPACED_SHARE * len(lines):
        return False
    broken = sum(1 for i in spaced if stops_mid_sentence(texts[i], texts[i + 2]))
    return broken >= max(SHORT_BROKEN_MIN, SHORT_BROKEN_SHARE * len(spaced))


def contents_titles(layout: PageLayout) -> set[str]:
    return {letters(title) for title in layout.contents if letters(title)}


def _column_width(texts: list[str]) -> int:
    """The width of a hard-wrapped text's column, or 0 where the lines are not wrapped to one."""
    lengths = sorted(len(text) for text in texts if text)
    if len(lengths) < WRAP_MIN_LINES:
        return 0
    long = [length for length in lengths if length >= WRAP_WIDTH_RANGE[0]]
    width = long[int(len(long) * 0.6)] if long else 0  # the body's column: notes in a smaller type run longer
    if not WRAP_WIDTH_RANGE[0] <= width <= WRAP_WIDTH_RANGE[1]:
        return 0
    full = sum(1 for length in lengths if length >= WRAP_FULL * width)
    overlong = sum(1 for length in lengths if length > WRAP_OVERLONG * width)  # a web page's paragraphs, one line each
    return width if full >= WRAP_SHARE * len(lengths) and overlong <= WRAP_OVERLONG_SHARE * len(lengths) else 0


def _body_column_width(texts: list[str]) -> int:
    """A report whose notes, set across the page, run longer than its body's column (two columns, or a narrow one) and
    fill much of the text: the body's column measured on the lines over its notes' heading ('Notes', 'Endnotes'), where
    the whole text says no one width."""
    heading = next((index for index in range(len(texts) - 1, -1, -1) if NOTES_HEADING.match(texts[index].replace("\f", ""))), None)
    return _column_width([text.replace("\f", "") for text in texts[:heading]]) if heading else 0


SHORT_WRAP_RUNS = 2  # paragraphs of two lines or more, in a text too short for _column_width …
SHORT_WRAP_LINES = 6  # … with this many lines between them


def _short_column_width(texts: list[str]) -> int:
    """A short hard-wrapped text (an e-mail of a few paragraphs) says its column by its paragraphs alone: they stand a
    blank line apart, two or more run over two lines or more, and in each paragraph every line but its last fills
    the longest line's width, which no line passes."""
    if any("\f" in text for text in texts) or sum(1 for text in texts if text) >= WRAP_MIN_LINES:
        return 0
    runs: list[list[str]] = [[]]
    for text in texts:
        if text:
            runs[-1].append(text)
        elif runs[-1]:
            runs.append([])
    wrapped = [run for run in runs if len(run) >= 2]
    width = max((len(text) for run in wrapped for text in run), default=0)
    if not WRAP_WIDTH_RANGE[0] <= width <= WRAP_WIDTH_RANGE[1] or len(wrapped) < SHORT_WRAP_RUNS or sum(map(len, wrapped)) < SHORT_WRAP_LINES:
        return 0
    if any(len(text) > width for text in texts) or any(len(text) < WRAP_FULL * width for run in wrapped for text in run[:-1]):
        return 0
    return width


def _running_lines(texts: list[str], pages: int, layout: PageLayout) -> None:
    folded = [_fold(text.replace("\f", "")) for text in texts]
    counts = Counter(text for text in folded if text)
    least = max(RUNNING_MIN, round(RUNNING_SHARE * pages)) if pages else RUNNING_MIN + 1
    page_numbers = [number for number, text in enumerate(folded, start=1) if PAGE_HEAD_NUMBER.match(text)] if not pages else []
    away = (
        {text for text in counts if counts[text] >= least and _away_from_page_numbers(text, folded, page_numbers)}
        if len(page_numbers) >= RUNNING_MIN
        else set()
    )
    opening = next((number for number, text in enumerate(folded, start=1) if text), 0)
    places: dict[str, list[int]] = {}
    for index, text in enumerate(folded):
        if text and counts[text] >= least:
            places.setdefault(text, []).append(index)
    feet = {text for text, indices in places.items() if at_each_pages_foot(texts, indices, layout.page_breaks)}
    for number, text in enumerate(folded, start=1):
        if text and counts[text] >= least and _may_run(text) and number not in layout.note_numbers:
            if not pages and (_no_running_line(texts[number - 1]) or text in away):
                continue
            if number == opening and _opening_title(texts[number - 1], layout):
                continue  # the title the text opens with, which its pages repeat as their running head
            if _goes_on_a_footnote(texts, number - 1):
                continue  # a note's wrapped tail that several notes share ('January-2019.pdf'): the note's, no page's
            if text not in feet and inside_wrapped_sentence(texts, number - 1, layout.page_breaks):
                continue  # a wrapped paragraph's line its text repeats ('www.… by searching for'): body, no page's
            layout.furniture.setdefault(number, "running head or page number")
    page_feet = [number for number, text in enumerate(texts, start=1) if WORD_PAGE_FOOT.match(text.replace("\f", "").strip())]
    for number in page_feet if len(page_feet) >= RUNNING_NUMBERED_MIN else []:
        layout.furniture.setdefault(number, "page number")  # no running head: never the title
    _numbered_running_lines(texts, layout)


PAGE_EDGE_LINES = 2  # lines at a page's top or foot where its running head may stand (its number beside it)
FIRST_PAGE_TOP_LINES = 6  # … and on the first page, over or under the title, its date and its sender's lines


HEADLINE_WORDS_MIN = 3  # a page's head is a label of a word or two ('Media Release', 'Transcripts'); a headline says more


def _first_page_headline(texts: list[str], layout: PageLayout) -> int:
    """Where the first page's headline stands (its line number, 0 if none): its first line of three words or more with
    no figures, under a masthead label and a date line."""
    first_break = min(layout.page_breaks, default=len(texts) + 1)
    for number, text in enumerate(texts[: first_break - 1], start=1):
        words = text.replace("\f", "").split()
        if len(words) >= HEADLINE_WORDS_MIN and not NUMBER.search(text):
            return number
    return 0


NOTE_GOES_ON = re.compile(r"(?:,|\b(?:and|or|of|on|to|the|in|for|by|with|from|at|a|an))$", re.I)  # a note's line going on
WORD_BROKEN_OFF = re.compile(r"[-/]$")  # 'Transcript-of-Morning-', 'http://www.example.net/panel/': a file name or an address
# … whose rest is one word ('Hearing-26-January-2012.pdf') or a hyphenated word's rest in lower case, never a running foot
WORD_REST = re.compile(r"^(?:\S+|[a-z].*)$")


def goes_on_a_note(above: str, own: str) -> bool:
    """A note's line breaks off mid-way and the line under it goes on with the note: the line above ends on a comma or a
    small word, or on a hyphen or a slash inside a word whose rest is the line under it."""
    return NOTE_GOES_ON.search(above) is not None or (WORD_BROKEN_OFF.search(above) is not None and WORD_REST.match(own) is not None)


def _goes_on_a_footnote(texts: list[str], index: int) -> bool:
    """The line goes on a page footnote's line right above it, with no blank line between: the footnote opens the run of
    lines it stands in ('3   Q1807, Jane Roe,' / 'http://…', '4   Transcript-of-Morning-' / 'Hearing-26-January-2012.pdf'),
    and the line above breaks off mid-way (on a comma or a small word, or on a hyphen or a slash inside a word whose rest
    is the line). A page's running foot stands under the footnotes' last line, which closes its note (an address ending
    on its slash too)."""
    above = texts[index - 1].replace("\f", "").strip() if index > 0 else ""
    own = texts[index].strip()
    if not above or "\f" in texts[index] or not goes_on_a_note(above, own) or not re.search(r"[^\W\d_]{3}", own):
        return False  # a page's number under a contents entry ('3 Differences between … in' / '4') goes on no note
    for line in range(index - 1, max(-1, index - 1 - FOOTNOTE_BLOCK_LINES), -1):
        text = texts[line].strip()
        if not text or "\f" in texts[line]:
            return False
        if FOOTNOTE_LINE.match(text):
            return True
    return False


FOOTNOTE_BLOCK_LINES = 12  # lines of a page's footnotes over the one looked at: a note runs a few lines, a page has a few notes


PAGE_NUMBER_ALONE = re.compile(r"^\d{1,4}$")


def _page_texts(texts: list[str], layout: PageLayout) -> list[list[int]]:
    """The indexes of each page's lines with text, page by page, where form feeds mark the pages."""
    starts = sorted(number - 1 for number in layout.page_breaks)
    bounds = list(pairwise([0, *starts, len(texts)]))
    pages = [[index for index in range(start, end) if texts[index].replace("\f", "").strip()] for start, end in bounds]
    return [page for page in pages if page]


def _few_pages_edges(texts: list[str], layout: PageLayout) -> bool:
    """A PDF's text of two pages, its pages marked by form feeds, too few for a running line to recur on three: there the
    place tells it. A line with words standing at the top of every page (on the first among its opening lines, under its
    date and sender's lines: 'Media Release', 'Transcripts') or at the foot of every page is the running head, and a
    number alone closing every page, counting up page by page ('12', '13'), the page's number. Marks them and says
    whether there were any; the first page's copy of its title (the text's first line, or its headline under the masthead
    and the date) stays, and a text whose pages open or close otherwise keeps its lines."""
    pages = _page_texts(texts, layout)
    if not 2 <= len(pages) < RUNNING_MIN:
        return False
    folded = {index: _fold(texts[index].replace("\f", "").strip()) for page in pages for index in page}
    edges = [
        (pages[0][:FIRST_PAGE_TOP_LINES], [page[:PAGE_EDGE_LINES] for page in pages[1:]]),
        (pages[0][-PAGE_EDGE_LINES:], [page[-PAGE_EDGE_LINES:] for page in pages[1:]]),
    ]
    headline = _first_page_headline(texts, layout)
    running = False
    for first, others in edges:  # the pages' tops, then their feet
        lines = {folded[index] for index in first}.intersection(*({folded[index] for index in other} for other in others))
        lines = {text for text in lines if _may_run(text) and re.search(r"[^\W\d_]{3}", text)}
        for index in [index for index in first if folded[index] in lines]:
            if (index == pages[0][0] and _opening_title(texts[index], layout)) or index + 1 == headline:
                continue  # the title the text opens with, or its headline, which the page after it repeats
            if not _goes_on_a_footnote(texts, index):
                layout.furniture.setdefault(index + 1, "running head or page number")
        for index in [index for other in others for index in other if folded[index] in lines]:
            layout.furniture.setdefault(index + 1, "running head or page number")
        running = running or bool(lines)
    feet = [texts[page[-1]].replace("\f", "").strip() for page in pages]
    numbered = all(PAGE_NUMBER_ALONE.match(foot) for foot in feet) and all(int(b) == int(a) + 1 for a, b in pairwise(feet))
    if numbered:
        for page in pages:
            layout.furniture.setdefault(page[-1] + 1, "running head or page number")
    return running or numbered


MASTHEAD_GAP = re.compile(r"\s{3,}")  # the wide gap between a running head's parts at the page's two edges


def _masthead_running_heads(texts: list[str], layout: PageLayout) -> None:
    """A release's running head on the pages after its first, however many: the masthead's lines that the first page
    prints one a line at its top (the label and the sender: 'Media Release' / 'Harbour Department'), set on one line with
    a wide gap between them at a page's top ('Harbour Department        Media Release'). A page's own line that
    names only one of them, or joins other words, is the text's."""
    pages = _page_texts(texts, layout)
    if len(pages) < 2:
        return
    top = {_fold(texts[index].replace("\f", "").strip()) for index in pages[0][:FIRST_PAGE_TOP_LINES]}
    for page in pages[1:]:
        for index in page[:PAGE_EDGE_LINES]:
            parts = MASTHEAD_GAP.split(texts[index].replace("\f", "").strip())
            if len(parts) >= 2 and all(_fold(part) in top and re.search(r"[^\W\d_]{3}", part) for part in parts):
                layout.furniture.setdefault(index + 1, "running head or page number")


def _opening_title(text: str, layout: PageLayout) -> bool:
    """A chapter or report printed on its own takes its title for the running head of the pages after its first: the
    text's very first line, unnumbered and of two words or more, is that title on the first page (and is read so)."""
    text = text.replace("\f", "").strip()
    if layout.title or NUMBER.search(text) or len(text.split()) < 2:
        return False
    layout.title = text
    return True


PAGE_HEAD_NUMBER = re.compile(r"^(?:page\s+)?#$")  # a page's number alone on its line, folded: '2985', 'Page 2'
PAGE_HEAD_REACH = 2  # lines between a running head and its page's number
NEAR_PAGE_SHARE = 0.5  # of a repeated line's places, those by a page's number


def _away_from_page_numbers(folded_line: str, folded: list[str], page_numbers: list[int]) -> bool:
    """In a text with no page marks whose pages print their numbers ('Page 2', '2985'), a running head stands by them at
    each page's top or foot; a line repeated elsewhere, most of its places far from any page's number, is the record's own
    words recurring (a parliament's 'The question is:' and 'Motion agreed to'), not the page's furniture."""
    if PAGE_HEAD_NUMBER.match(folded_line) or not re.search(r"[^\W\d_]{3}", folded_line):
        return False  # a page's number, a chart's axis figures ('3,500'): no words of the record's
    places = [number for number, text in enumerate(folded, start=1) if text == folded_line]
    near = sum(1 for number in places if any(abs(number - page) <= PAGE_HEAD_REACH for page in page_numbers))
    return near < NEAR_PAGE_SHARE * len(places)


DATE_ALONE_SLACK = 3  # characters beside a date on its line: '4 June 1997', '- 4 June 1997 -'


def _running_date(texts: list[str], layout: PageLayout) -> str:
    """The date a record's pages print in their heads ('4 June 1997' under 'Page 2'): the sitting's day, the report's
    date where the top gives none. Only a date alone on its line, the same one on every page it heads."""
    days = Counter(
        found[0].isoformat()
        for number, kind in layout.furniture.items()
        if kind.startswith("running")
        for text in [texts[number - 1].replace("\f", "").strip()]
        for found in [find_date(text)]
        if found and len(text) - len(found[1].group(0)) <= DATE_ALONE_SLACK
    )
    return days.most_common(1)[0][0] if len(days) == 1 and days.most_common(1)[0][1] >= RUNNING_MIN else ""


HEAD_OPENING = 20  # letters: a scanned page's running head, read by OCR anew on each page, keeps its opening words
HEAD_LIKENESS = 0.85  # … alike in this share of those letters, the rest of it garbled differently page by page
SCANNED_HEADS_MIN = 5
SCANNED_HEAD_GAP = 5  # lines between two pages' heads, at the least, as a rule


def _scanned_running_heads(texts: list[str], layout: PageLayout) -> None:
    """A scanned report's running head, as OCR reads it page by page: never twice the same ('U.S. Department ofJustice
    Actterney-Work-Preduet // …', 'U.S. Departmentof Justice Atterney-Work // Protected'), so never counted as repeated.
    Five lines or more that open alike in their first twenty letters, none of them a sentence, standing pages apart, are that
    head; a report's numbered headings ('Recommendations to the …') open alike too, but stand few and close together."""
    if layout.width:
        return  # a hard-wrapped column's lines open pages too, and alike where the text repeats itself
    tops = _page_tops(texts, layout)
    openings: list[tuple[int, str]] = []
    for number, text in enumerate(texts, start=1):
        text = text.replace("\f", "").strip()
        opening = letters(text)[:HEAD_OPENING]
        if number in layout.furniture or len(opening) < HEAD_OPENING or len(text) > RUNNING_MAX_LENGTH or not _may_run(_fold(text)):
            continue
        if tops and number not in tops:
            continue  # where the pages are marked, a head is a page's first line
        openings.append((number, opening))
    families: list[list[tuple[int, str]]] = []
    for number, opening in openings:
        family = next((f for f in families if SequenceMatcher(None, f[0][1], opening).ratio() >= HEAD_LIKENESS), None)
        if family is None:
            families.append([(number, opening)])
        else:
            family.append((number, opening))
    for family in families:
        gaps = sorted(b[0] - a[0] for a, b in pairwise(family))
        if len(family) >= SCANNED_HEADS_MIN and gaps[len(gaps) // 2] >= SCANNED_HEAD_GAP and len({o for _, o in family}) > 1:
            for number, _ in family:
                layout.furniture.setdefault(number, "running head or page number")


def _page_tops(texts: list[str], layout: PageLayout) -> set[int]:
    """The first line with text on each marked page."""
    tops: set[int] = set()
    for start in layout.page_breaks:
        number = start
        while number <= len(texts) and (not texts[number - 1].replace("\f", "").strip() or layout.furniture.get(number) == "page marker"):
            number += 1
        tops.add(number)
    return tops


# a word processor's page foot, its "Page" often spaced out by the PDF's text: "2 | P a g e", "Page | 2"
WORD_PAGE_FOOT = re.compile(r"^(?:\d{1,3}\s*\|\s*P\s?a\s?g\s?e|P\s?a\s?g\s?e\s*\|\s*\d{1,3})$", re.I)


PAGE_NUMBER_LINE = re.compile(r"^\|?\s*\d{1,3}\s*\|?$")  # "7", "| 3": a page's number on a line of its own
# "8 Regional innovation", "Regional innovation | 8", "12Regional innovation": a page's number run into the head by the text layer
NUMBERED_AT_EITHER_END = re.compile(r"^(?:\|?\s*\d{1,3}\s*\|?\s+)(?=\S)|^\d{1,3}(?=[A-Z][a-z])|(?<=\S)\s+\|?\s*\d{1,3}$")
RUNNING_NUMBERED_MIN = 2  # … of them printed with the page's number
TOP_LINES = 5  # a running head among the first page's first lines is the title there


def _numbered_running_lines(texts: list[str], layout: PageLayout) -> None:
    """A running head or foot that a text without page marks prints now with the page's number run into it ('8 Regional
    innovation'), now without ('Regional innovation'), or under the number on a line of its own ('6' / 'WWW.IPCOMMISSION.ORG'):
    the same words, their page number aside, on three lines or more, two or more of them beside a page's number, are the
    page's furniture, and so is the number beside them. A short line that recurs with no page number by it (a boxed
    'Key points' label) is no running line. Where the first page prints it among its first lines, it is the title."""
    stripped = [text.replace("\f", "").strip() for text in texts]
    cores = [NUMBERED_AT_EITHER_END.sub("", text).casefold() for text in stripped]
    counts = Counter(core for core in cores if core)
    for core, count in counts.items():
        if count < RUNNING_MIN or not _may_run(core) or not re.search(r"[^\W\d_]{3}", core) or len(core.split()) > 12:
            continue
        places = [index for index, other in enumerate(cores) if other == core]
        if DAY_HEADING.search(stripped[places[0]]):
            continue  # "Sunday, April 2" … "Sunday, April 9": a chronology's day headings, each day's number its own
        numbered = [
            index
            for index in places
            if stripped[index] != NUMBERED_AT_EITHER_END.sub("", stripped[index]) or (index > 0 and PAGE_NUMBER_LINE.match(stripped[index - 1]))
        ]
        if len(numbered) < RUNNING_NUMBERED_MIN:
            continue
        top = [index for index, text in enumerate(stripped) if text][:TOP_LINES]
        first = stripped[places[0]]
        if (
            places[0] in top
            and first == NUMBERED_AT_EITHER_END.sub("", first)
            and not layout.title
            and len(core.split()) >= 2
            and not _head_block_again(cores, places)
        ):
            # the first page prints it at its top: the title ('Doubt for Sale  Norland Watch, 2013  page 2' is page 2's head)
            layout.title = first
        for index in places:
            if index == places[0] and index in top and index not in numbered:
                continue  # the cover's title, which the pages after it repeat as their running head
            if index + 1 not in layout.note_numbers:
                layout.furniture.setdefault(index + 1, "running head or page number")
            if index > 0 and PAGE_NUMBER_LINE.match(stripped[index - 1]):
                layout.furniture.setdefault(index, "running head or page number")
                layout.note_numbers.pop(index, None)  # the page's number over its running head, no footnote's


def _head_block_again(lines: list[str], places: list[int]) -> bool:
    """The first page prints the whole running head over its text, as the pages after it do: the line under the head's
    first place (an index of `lines`) is the one under it at its other places too (the body's web address under its
    name, occasion and date). There it is the page's head as well, no title: the title stands under it."""

    def below(index: int) -> str:
        return next((line for line in lines[index + 1 :] if line), "")

    under = below(places[0])
    return bool(under) and len(places) > 1 and all(below(index) == under for index in places[1:])


PAGE_NUMBER_AT_END = re.compile(r"^(?:page\s+)?\d+\s+(?=\S)|\s+\d+$", re.I)
TITLE_MIN_WORDS = 4


def _running_title(texts: list[str], layout: PageLayout) -> str:
    """A report's title is printed on its first page and, as the running head, on the pages after it: the running head
    (its page number aside) whose letters the first page spells, also across lines or with a ligature, is the title.
    A running head naming the series or the publisher ('Bruegel analysis 13/2024') is not on the first page so."""
    first_end = _first_page_end(texts, layout)
    first_page = letters(" ".join(texts[number - 1] for number in range(1, first_end) if number not in layout.furniture))
    running = [number for number, kind in layout.furniture.items() if kind.startswith("running")]
    issue_heads = {_running_head(texts[number - 1]) for number in running if _issue_head(texts[number - 1])}
    heads = sorted({_running_head(texts[number - 1]) for number in running} - issue_heads)
    heads = [head for head in heads if not _first_page_prints_as_head(texts, running, head, first_end)]
    found = [head for head in heads if len(head.split()) >= TITLE_MIN_WORDS and letters(head) and letters(head) in first_page]
    if not found and issue_heads:
        # a journal prints its name and issue over one page of a spread and the article's title over the other; the
        # title, however short, stands on the article's first page as a line of its own, under the journal's head
        # … never at its foot, where the pages print their feet (a printer's stamp of job and frame numbers)
        last_line = max((number for number in range(1, first_end) if texts[number - 1].replace("\f", "").strip()), default=0)
        first_lines = {letters(texts[number - 1]) for number in range(1, first_end) if number != last_line}
        found = [
            head for head in heads if letters(head) and letters(head) in first_lines and re.search(r"[^\W\d_]{3}", head) and not _names_a_person(head)
        ]
        bylines = [head for head in heads if letters(head) and letters(head) in first_lines and _names_a_person(head)]
        if not found and bylines:  # the author's name over the other pages: on the first page, the byline under the title
            found = [_line_above(texts, first_end, letters(bylines[0]), layout)]
        layout.issue_head = next(texts[number - 1].replace("\f", "").strip() for number in sorted(running) if _issue_head(texts[number - 1]))
    return max(found, key=len, default="")


def _first_page_prints_as_head(texts: list[str], running: list[int], head: str, first_end: int) -> bool:
    """The first page prints the running head with the block it heads, as the pages after it do (_head_block_again): a
    sentence of the first page naming its words ('Paper presented at <the forum's head>') does not make it the title."""
    places = sorted(number - 1 for number in running if _running_head(texts[number - 1]) == head)
    return bool(places) and places[0] < first_end - 1 and _head_block_again([text.replace("\f", "").strip() for text in texts], places)


def _line_above(texts: list[str], first_end: int, spelt: str, layout: PageLayout) -> str:
    """The first page's line with letters over the line that spells spelt (a title over its byline), else none."""
    above = ""
    for number in range(1, first_end):
        text = texts[number - 1].replace("\f", "").strip()
        if letters(text) == spelt:
            return above
        if letters(text) and number not in layout.furniture and not _issue_head(text):
            above = text
    return ""


def _names_a_person(head: str) -> bool:
    """'MARTA QUILL' over the even pages: the author's running head, the byline under the title, never the title."""
    return _is_person_name(head.title() if head.isupper() else head)


def _running_head(text: str) -> str:
    return PAGE_NUMBER_AT_END.sub("", text.replace("\f", "")).strip()


def _issue_head(text: str) -> bool:
    """A journal's head naming its issue ('THE HARBOUR REVIEW AUTUMN 2004 43', 'Harbour Review Vol. 12, No. 3'): the
    journal's, never the article's title."""
    text = text.replace("\f", "").strip()
    return bool(SEASON_YEAR.search(text) or ISSUE_NUMBERS.search(text))


UNMARKED_PAGE_LINES = 60  # a page's lines, at the most, where no page is marked: the whole text is no first page


def _first_page_end(texts: list[str], layout: PageLayout) -> int:
    """The line number where the second page begins (the first page being the one with the first text on it); where no
    page is marked, the end of a page's length of lines with text (a running head's words found far down the text, in
    a wrapped list of papers, are no first page's title)."""
    if not layout.page_breaks:
        with_text = [number for number, text in enumerate(texts, start=1) if text and number not in layout.furniture]
        return with_text[UNMARKED_PAGE_LINES] if len(with_text) > UNMARKED_PAGE_LINES else len(texts) + 1
    seen_text = False
    for number, text in enumerate(texts, start=1):
        if number in layout.page_breaks and seen_text:
            return number
        seen_text = seen_text or bool(text and number not in layout.furniture)
    return len(texts) + 1


def letters(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalpha())


def _footnote_numbers(texts: list[str], layout: PageLayout) -> dict[int, str]:
    """pdftotext sets a page footnote's number apart: '1', a blank line, then the note's lines, then the page's foot
    (or the next note's number); the blank line may stand above the number instead. Such numbers, counted up from 1 through the text, are the notes' keys; a number run
    between the lines of a paragraph, or out of sequence, is not one."""
    found: dict[int, str] = {}
    last = chained = 0
    for index, text in enumerate(texts):
        if not text.isdigit() or int(text) != last + 1:
            continue
        after = index + 1
        parted = index == chained or not texts[index - 1] or (after < len(texts) and not texts[after])
        if after >= len(texts) or not parted:
            continue  # a blank line parts the number from the page's text above it or from its note below
        while after < len(texts) and not texts[after]:
            after += 1
        if after >= len(texts) or texts[after].isdigit() or (after + 1) in layout.page_breaks:
            continue
        while after < len(texts) and texts[after] and not texts[after].isdigit():
            after += 1  # the note's own lines, up to the next note's number
        while after < len(texts) and not texts[after]:
            after += 1
        ends_page = after >= len(texts) or (after + 1) in layout.page_breaks or texts[after].isdigit() or _is_foot(texts, after)
        if ends_page:
            found[index + 1] = text
            last = int(text)
            chained = after  # the next note's number may follow this note's last line
    return found


def _is_foot(texts: list[str], index: int) -> bool:
    """A page's foot: a short line that recurs, its numbers aside, at least as often as a running line does."""
    folded = _fold(texts[index].replace("\f", ""))
    return len(folded) <= RUNNING_MAX_LENGTH and sum(1 for text in texts if _fold(text.replace("\f", "")) == folded) >= RUNNING_MIN


def _fold(text: str) -> str:
    return "#" if ROMAN_PAGE.match(text) else NUMBER.sub("#", text).lower()  # 'ii' numbers a front-matter page


# a day named by its weekday, or by its month and number ("Sunday, April 2", "April 2"), heading a chronology's entries
DAY_HEADING = re.compile(r"\b(?:(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + r")\b|(?:" + "|".join(MONTH_NAMES) + r")\s+\d{1,2}\b)")


DATE_FIELD = re.compile(r"(?:date|published|updated|posted)\b[^:]{0,20}:", re.I)  # "date published: 2024-03-29" over each story


LEAD_IN_DASH = re.compile(r"[^\W\d_]\s+[-–—]$")  # "That the Council -": the words lead on into the lines below


def _no_running_line(text: str) -> bool:
    """In a wrapped text with no pages marked, where only repetition tells a running line: a digest's date field over each
    story, a chronology's day heading ("Sunday, April 2" and "Sunday, April 9" fold alike), a clause that a dash leads on
    into the points below it (each motion's "That the Council -"), or a sentence's wrapped tail ("10/19/23]", closing a
    bracket the line above opened), recurs without running."""
    if DATE_FIELD.match(text) or DAY_HEADING.search(text) or LEAD_IN_DASH.search(text.strip()):
        return True
    return text.count("]") > text.count("[") or text.count(")") > text.count("(")


RUNNING_QUOTE_WORDS = 6  # words of a line opening on a quotation mark: a sentence quoted, never a page's head


def _may_run(folded: str) -> bool:
    """A line that can be a running head: short, not a footnote, not a figure's credit, and numbered or no sentence."""
    if len(folded) > RUNNING_MAX_LENGTH or CREDIT_START.match(folded):
        return False
    if NOTE_START.match(folded) and not _numbered_issue_head(folded):
        return False
    if folded[:1] in '“"' and len(folded.split()) >= RUNNING_QUOTE_WORDS:
        return False  # '“Works on wharf number 1 will start …': a quotation's first line, its number one of the text's
    if FIGURE_LABEL.match(folded.replace("#", "1")) or FIGURE_LABEL.match(folded + " 1"):  # its number folded or set aside
        return False  # 'FIGURE 4' over its caption, 'FIGURE 5' a page on: the figures' numbers, never a page's
    return "#" in folded or folded[-1:] not in ".!?"


def _numbered_issue_head(folded: str) -> bool:
    """A journal's or a gazette's page head opening on the page's number ('4701 Harbour Gazette / Vol. 12, No. 3 /
    Monday, January 4, 2021 / Proposed Orders'): it names the issue and ends on no sentence's stop, as a footnote citing
    an issue does ('12 Harbour Review, Vol. 3, No. 2 (2004), 41.')."""
    return bool(ISSUE_NUMBERS.search(folded.replace("#", "1"))) and folded[-1:] not in ".)"


GLUED_HEAD_SHARE = 0.2  # of the pages: a book's odd and even pages each print their own head, the chapter's first page neither


def _glued_running_heads(lines: list[str], pages: int, layout: PageLayout) -> None:
    """pdftotext ends a page with a form feed and runs the next page's first line into it: where a page's last line is its
    running head ('The Report of the Iraq Inquiry\f9.  Dr. Condoleezza Rice …'), the words before the form feed that
    recur so on many pages are that head, and the rest of the line is the next page's text."""
    before = {number: raw.split("\f", 1)[0].replace("\u00a0", " ").strip() for number, raw in enumerate(lines, start=1) if "\f" in raw}
    counts = Counter(_fold(head) for head in before.values() if head)
    least = max(RUNNING_MIN, round(GLUED_HEAD_SHARE * pages))
    for number, head in before.items():
        if head and counts[_fold(head)] >= least and _may_run(_fold(head)):
            layout.glued_heads[number] = head


def page_line(number: int, raw: str, layout: PageLayout) -> str:
    """A line's text without the previous page's running head run into it, its form feed and spaces, a symbol font's
    bullet as the bullet it is."""
    if number in layout.glued_heads:
        raw = raw.split("\f", 1)[1]
    raw = layout.superscripts.get(number, raw)
    line = raw.replace("\u00a0", " ").replace("\f", "").strip()
    glyph = SYMBOL_BULLET.match(line)
    return "• " + line[glyph.end() :] if glyph and glyph.group("glyph") in layout.bullet_glyphs else line


# a sign, or one sign twice, opening a line before a space: what pdftotext shows for a symbol font's bullet ('{{ Day after
# issues loom large', ' ', '§ '); never a letter, a digit, a quotation mark, a bracket that opens text, an ellipsis, a
# dash, a stop or a currency sign
SYMBOL_BULLET = re.compile(r"^(?P<glyph>([^\w\s“”\"‘’'(\[…\-–—.,;:!?$£€%&#*•·▪◦‣+=<>/\\|])\2?)\s+(?=\S)")
BULLET_GLYPH_MIN = 3  # lines opening with it, two of them one under the other: a list


PARAGRAPH_NUMBER = re.compile(r"^(?P<number>\d{1,4})\.\s+\S")
NUMBERED_PARAGRAPHS_MIN = 20


def _numbered_paragraphs(texts: list[str]) -> bool:
    """Whether the text numbers its paragraphs, 1, 2, 3 … in order (a number or two lost to a page's head), twenty or
    more."""
    last = found = 0
    for text in texts:
        match = PARAGRAPH_NUMBER.match(text.split("\f")[-1])
        if match and last < int(match.group("number")) <= last + FOOTNOTE_GAP and (last or match.group("number") == "1"):
            last, found = int(match.group("number")), found + 1
    return found >= NUMBERED_PARAGRAPHS_MIN


def _bullet_glyphs(texts: list[str]) -> set[str]:
    opening = [(match.group("glyph") if match else "") for match in map(SYMBOL_BULLET.match, texts)]
    counts = Counter(glyph for glyph in opening if glyph)
    listed = {glyph for glyph, below in pairwise(opening) if glyph and glyph == below}
    listed |= {glyph for glyph in counts if all("\ue000" <= c <= "\uf8ff" for c in glyph)}  # a symbol font's own sign: items over lines
    return {glyph for glyph, count in counts.items() if count >= BULLET_GLYPH_MIN and glyph in listed}


FOOTNOTE_LINE = re.compile(r"^(?P<key>\d{1,3})\s+(?=\S)")  # "1 The White House, 29 January 2002, …"
FOOTNOTE_GAP = 3  # a note's number the PDF's text lost: the next may skip this many
NOTE_ENDS = ".”’\")]'"


def _page_foot_notes(texts: list[str], layout: PageLayout) -> None:
    """Page footnotes set by pdftotext with their number on the note's first line: a block of lines parted from the page's
    text by a blank line and running down to the page's foot (its number, running foot or page break), its first line
    opening with the next number of the text's notes (counted up from 1 through the text, a number or two lost).
    Inside the block a line opening with the next number starts the next note, unless the line above runs on into it
    ('…, on Minute Patey to Goulty and PS [FCS],' / '12 February 2002, …' continues note 10); other lines go on with
    their note. A numbered paragraph ('4.  Addressing …') has its full stop, and a line of a paragraph that opens with a
    date ('14 February to make sure:') has no blank line above it or no page's foot below its block."""
    last, index = 0, 0
    while index < len(texts):
        key = _next_note_key(texts[index], last)
        parted = index == 0 or not texts[index - 1] or index in layout.furniture
        if not (key and parted):
            index += 1
            continue
        notes, going_on, top, end = {index + 1: key}, set(), int(key), index + 1
        while end < len(texts) and texts[end] and (end + 1) not in layout.furniture and (end + 1) not in layout.page_breaks:
            following = _next_note_key(texts[end], top)
            above = texts[end - 1]
            if following and not goes_on_a_note(above, texts[end].strip()) and (int(following) == top + 1 or above[-1:] in NOTE_ENDS):
                notes[end + 1], top = following, int(following)
            else:
                going_on.add(end + 1)
            end += 1
        foot = end
        while foot < len(texts) and not texts[foot]:
            foot += 1
        if foot < len(texts) and (foot + 1) not in layout.furniture and (foot + 1) not in layout.page_breaks:
            index += 1
            continue  # the page's text goes on below the block: a paragraph, no footnotes
        layout.footnotes.update(notes)
        layout.footnote_lines.update(going_on)
        last, index = top, end
    for number in list(layout.footnotes) + list(layout.footnote_lines):
        layout.note_numbers.pop(number, None)


SPACED_NOTE = re.compile(r"^(?P<key>\d{1,3}) {2,4}(?=\S)")  # "44  Memo about …": a converter's footnote, two spaces after its number
SPACED_NOTES_MIN = 5
SPACED_FURNITURE_SHARE = 0.2
SPILLED_SHARE = 0.4  # of the column: a note's last words, spilled under a blank line ('February 2010')


def _spaced_notes(texts: list[str], layout: PageLayout) -> None:
    """A PDF-to-Markdown converter sets each page footnote under the page's text as its number, two spaces and its text
    ('44  Memo about …'). Where five or more lines open so and their numbers count up through the text (a cover's own
    notes counted from 1 before them: the longer count is kept), each opens a note, and the lines under it down to the
    next note or the page's foot go on with it, also a short line spilled under a blank line."""
    runs: list[list[tuple[int, int]]] = [[]]
    for index, text in enumerate(texts):
        match = SPACED_NOTE.match(text)
        if not match:
            continue
        key, current = int(match.group("key")), runs[-1]
        last = current[-1][1] if current else 0
        if index + 1 in layout.furniture:  # a note repeated word for word ('38  ibid') looks like a running line
            if layout.furniture[index + 1].startswith("running") and current and key == last + 1:
                current.append((index, key))
        elif current and last < key <= last + FOOTNOTE_GAP:
            current.append((index, key))
        elif key == 1:
            runs.append([(index, key)])
    notes = max(runs, key=len)
    furniture = sum(1 for index, _ in notes if index + 1 in layout.furniture)
    if len(notes) - furniture < SPACED_NOTES_MIN or furniture > SPACED_FURNITURE_SHARE * len(notes):
        return  # pages' numbers before their running heads ('2  Annual review') are no notes
    starts = {index for index, _ in notes}
    layout.footnotes, layout.footnote_lines, layout.spaced_notes = {}, set(), True
    layout.notes_apart = {index + 1 for run in runs if run is not notes for index, _ in run}
    for index, key in notes:
        layout.footnotes[index + 1] = str(key)
        layout.furniture.pop(index + 1, None)
        after = index + 1
        while after < len(texts) and after not in starts and (after + 1) not in layout.furniture and (after + 1) not in layout.page_breaks:
            if texts[after] and texts[after - 1]:
                layout.footnote_lines.add(after + 1)
            elif texts[after]:
                below = next((i for i in range(after + 1, len(texts)) if texts[i]), len(texts))
                foot = below >= len(texts) or below in starts or (below + 1) in layout.furniture or (below + 1) in layout.page_breaks
                above = next(texts[i] for i in range(after - 1, index - 1, -1) if texts[i])
                if not foot or (len(texts[after]) > SPILLED_SHARE * max(layout.width, 1) and not fills_column(above, layout)):
                    break
                layout.footnote_lines.add(after + 1)
            after += 1


def _next_note_key(text: str, last: int) -> str:
    match = FOOTNOTE_LINE.match(text)
    if not match:
        return ""
    key = int(match.group("key"))
    return match.group("key") if (key == 1 if not last else last < key <= last + FOOTNOTE_GAP) else ""


def runs_on(paragraph: str, last_line: str, layout: PageLayout) -> bool:
    """In a PDF's text, a quotation opened in the paragraph and not yet closed goes on in the line under a line that fills
    the column, even after a sentence's end ('“… nuclear weapons for over a decade.' / 'This is a regime that …') and over
    a page break (the caller has seen no blank line between them but the page's foot and head). A bullet, a numbered
    paragraph or a page footnote under it starts anew (the caller checks those)."""
    return fills_column(last_line, layout) and quotation_left_open(paragraph)


MISTYPED_CLOSING_MARK = re.compile(r"[.!?]\s(?:“|‘’)\Z")


def quotation_left_open(paragraph: str) -> bool:
    """More quotations opened than closed, counting the doubled curly single marks some presses set as double ones
    ("‘’…’’", see quotes.DOUBLED_CURLY) and not counting an opening mark that ends the paragraph after a sentence's end:
    wrapping keeps an opening mark with the word it opens, so a lone one there is a closing mark mistyped ('… would not
    let go of me. “'); after a colon it may open the quotation below ('She said: “')."""
    doubled_opening, doubled_closing = DOUBLED_CURLY
    mistyped = bool(MISTYPED_CLOSING_MARK.search(paragraph))
    opened = paragraph.count("“") + paragraph.count(doubled_opening) - mistyped
    closed = paragraph.count("”") + paragraph.count(doubled_closing) - paragraph.count(doubled_opening + "’") + mistyped
    return opened > closed or _single_quotation_left_open(paragraph)


# a single opening mark at a word's start ('… stated that ‘Children …'), and a single closing mark that is no apostrophe
# (one between two letters, 'shouldn’t', is)
SINGLE_OPENING = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))‘(?=[^\W\d_])(?!(?:em|tis|twas|cause)\b|n’)"
)  # '‘90s', '‘em': an apostrophe typed as an opening mark
SINGLE_CLOSING = re.compile(r"’(?!(?<=[^\W\d_]’)[^\W\d_])")


def _single_quotation_left_open(paragraph: str) -> bool:
    """The Commonwealth's single marks: the last quotation opened with '‘' has no closing '’' after it."""
    last = max((m.end() for m in SINGLE_OPENING.finditer(paragraph)), default=-1)
    return last >= 0 and SINGLE_CLOSING.search(paragraph, last) is None


def fills_column(line: str, layout: PageLayout) -> bool:
    """The line runs to the column's edge. In a double-spaced copy, whose column may be measured on a list of short
    lines (a release's signatories), a line far longer than the column was never wrapped to it: a paragraph of its own."""
    if layout.double_spaced and len(line) > WRAP_OVERLONG * layout.width:
        return False
    return bool(layout.width) and len(line) >= WRAP_FULL * layout.width


def join_wrapped(previous: str, line: str, layout: PageLayout) -> str:
    """The paragraph with its next line: a word hyphenated at the line's end is written whole again ("institu-" /
    "tions"), a compound keeps its hyphen ("anti-" / "China", "well-" / "known" where the text writes "well-known").
    Text that is neither paged nor wrapped to a column is joined with a space, as a web page's lines are, but for a
    compound's hyphen at the line's end ('Post-' / 'edited'). An e-mail's or a plain-text export's program wraps lines at
    spaces and after a compound's hyphen, never inside a word: in a text wrapped so (blank_parted) the hyphen is kept
    unless the text writes the word whole elsewhere and never with the hyphen."""
    if web_address_goes_on(previous, line):
        return previous + line
    hyphen_end = len(previous) >= 2 and previous[-1] == "-" and previous[-2].isalpha() and line[:1].isalpha()
    if not (layout.width or layout.page_breaks):
        return previous + line if hyphen_end and line[0].islower() and not SUSPENDED_HYPHEN.match(line) else previous + " " + line
    if hyphen_end:
        head = re.search(r"[A-Za-z]+-$", previous)
        word = (head.group(0) if head else "") + re.match(r"[a-z]*", line).group(0)  # type: ignore[union-attr]
        if layout.blank_parted and not (layout.words[word.lower().replace("-", "")] and word.lower() not in layout.hyphenated):
            return previous + line
        if line[0].islower() and word.lower() not in layout.hyphenated and not _compound_of_words(word, layout) and not _compound_by_form(word, line):
            return previous[:-1] + line
        return previous + line
    return previous + " " + line


# a web address the line's end cut inside it: after a sign an address goes on from ('…/la-souverainete-du-', '…/upload/',
# '…?id=', '…%2'), the next line's first word the rest of it where a sign of an address stands inside that word
# ('5280?lang=fr.', 'publications/brief.pdf'), not only a closing stop ('Accessed', '2020.'), or where it is a long
# number ('/status/' / '1267432495693.'); cut inside a word, where that word goes on to a path or a file's name
# ('…/Unifie' / 'd-Payment-Specifications-v11.pdf.'), never to a hyphenated word ('e-mail')
WEB_ADDRESS_CUT = re.compile(r"(?:^|\s)(?:https?://|www\.)\S*?(?P<sign>[-/_=?&#~]|%[0-9A-Fa-f]?)?$")
WEB_ADDRESS_SIGN = re.compile(r"[/?=&#_.%~-]")
ADDRESS_PATH = re.compile(r"/|\.(?:[a-z]{2,4}|[A-Z]{2,4})$")  # a path's slash, a file's extension
ADDRESS_NUMBER_MIN = 6  # digits: an id ('…/status/1267432495693'), not a year
WORD_CLOSE = ".,;:)]”’\"'"


SLASHED_WORD = re.compile(r"^\w{1,4}/\w{1,4}$")  # 'and/or', '24/7', 'km/h': a word of the prose after the address


def web_address_goes_on(previous: str, line: str) -> bool:
    """A web address cut at the line's end goes on in the next line's first word, written with no space. A host with
    no path after it is whole where the word does not go on with the host's name ('…example.org' / 'and/or')."""
    rest = line.split(maxsplit=1)[0].rstrip(WORD_CLOSE) if line.strip() else ""
    cut = WEB_ADDRESS_CUT.search(previous)
    if cut is None or not rest[:1].isalnum() or rest.startswith(("http", "www.")) or SLASHED_WORD.match(rest):
        return False
    if cut.group("sign"):
        return bool(WEB_ADDRESS_SIGN.search(rest) or (rest.isdigit() and len(rest) >= ADDRESS_NUMBER_MIN))
    host_only = "/" not in cut.group(0).strip().split("//", 1)[-1]
    if host_only and "." not in rest.split("/", 1)[0]:
        return False
    return bool(ADDRESS_PATH.search(rest)) and (rest[:1].islower() or rest[:1].isdigit())


SUSPENDED_HYPHEN = re.compile(r"(?:and|or|to|nor)\b")  # 'pre-' / 'and post-war': the hyphen waits for the next compound
COMPOUND_PART_MIN = 3  # letters in each part of a compound broken at its hyphen


def _compound_of_words(word: str, layout: PageLayout) -> bool:
    """A compound broken at its own hyphen ('cross-' / 'technological', a web address's '…/gnss-' / 'jamming'): both parts
    are words the text writes elsewhere (more than at this break) and never the two run together, as it would write a word
    the column hyphenated ('institu-' / 'tions')."""
    head, _, tail = word.lower().partition("-")
    if len(head) < COMPOUND_PART_MIN or len(tail) < COMPOUND_PART_MIN:
        return False
    return layout.words[head + tail] == 0 and layout.words[head] >= 2 and layout.words[tail] >= 2


# a first part English joins to the next word with a hyphen ('self-isolate', 'world-leading', 'well-known', 'half-hour')
HYPHENED_HEADS = frozenset("self world well half".split())
RHYME_LETTERS = 3  # 'willy-' / 'nilly', 'helter-' / 'skelter': the parts end alike
ADVERB_HEAD_MIN = 5  # letters of an adverb in '-ly' joined to a participle ('newly-' / 'established', 'highly-' / 'skilled')
ADVERB_TAIL_MIN = 5  # letters after it: a column hyphenating after '-ly' leaves a short ending ('supply-' / 'ing')


def _compound_by_form(word: str, line: str) -> bool:
    """A compound broken at its own hyphen that its form tells, where the text writes neither part elsewhere (a word
    processor's PDF, which never hyphenates a word, breaks lines only there): the next line runs on to a hyphen of its
    own ('sector-' / 'by-sector', '…/gnss-' / 'jamming-…'), the parts rhyme ('willy-' / 'nilly'), or the first part is
    one English joins so ('world-' / 'leading', 'self-' / 'isolate') or an adverb in '-ly' ('newly-' / 'established'). A column's hyphenation breaks a word between its
    syllables, none of which do that."""
    head, _, tail = word.lower().partition("-")
    if re.match(r"[a-z]+-[a-z]", line):
        return True
    rhyme = len(head) > RHYME_LETTERS and len(tail) > RHYME_LETTERS and head[-RHYME_LETTERS:] == tail[-RHYME_LETTERS:]
    adverb = head.endswith("ly") and len(head) >= ADVERB_HEAD_MIN and len(tail) >= ADVERB_TAIL_MIN
    return rhyme or adverb or (head in HYPHENED_HEADS and len(tail) >= COMPOUND_PART_MIN)


# a note number glued to the word it cites ('5mm.1', 'sandblasting.2', 'properties”9')
GLUED_NOTE_NUMBER = re.compile(r"(?:(?<=[a-z\])][.,;:!?])|(?<=[a-z\])][.,;:!?][”’\"])|(?<=[a-z]{2}[”’\"]))(?P<key>\d{1,3})(?=\s|$)")
FOOTNOTE_RUN_MIN = 3  # numbers running up in one paragraph: fewer may be the text's own figures


def footnote_run(text: str, first: int, least: int = FOOTNOTE_RUN_MIN) -> list[tuple[int, str, str]]:
    """A page's footnotes run together into one paragraph ('1 Q21, Greenpeace UK (EIM0020) 2 Q1, Q27 3 Brunel University
    …'), alone or after the words of a paragraph the page's foot cut ('… additional properties 9 5 Gyres Institute …'):
    from the number `first` on, each next number standing alone before a word that is not in lower case starts the next
    note, to the paragraph's end. Returns (offset, key, note's text) for each note, `least` or more, or nothing."""
    found: list[tuple[int, int]] = []
    at, key = 0, first
    while True:
        match = re.compile(rf"(?:^|(?<=\s)){key}\s+(?=[^\sa-z])").search(text, at)
        if not match:
            break
        found.append((match.start(), match.end()))
        at, key = match.end(), key + 1
    if len(found) < least or (least < FOOTNOTE_RUN_MIN and found[0][0] > 0):
        return []
    ends = [start for start, _ in found[1:]] + [len(text)]
    return [(start, str(first + i), text[body:end].strip()) for i, ((start, body), end) in enumerate(zip(found, ends, strict=True))]


def footnote_runs(texts: list[str], laid_out: dict[int, int]) -> dict[int, tuple[int, list[tuple[str, str]]]]:
    """The paragraphs that end in (or are) a page's footnotes run together: the next note's number (one more than the last
    read) is glued to a word above as its marker, and the run from it reaches the paragraph's end; a line that opens with
    the next number goes on with the run above it ('… (HB0011)' / '4 As above'). For each such paragraph,
    the offset where its notes begin and the notes' keys and texts. `laid_out` holds the keys of the paragraphs the layout
    already read as one page footnote each ('1 Q21, … 2 Q1, …' is notes 1 and 2 though)."""
    found: dict[int, tuple[int, list[tuple[str, str]]]] = {}
    cited: set[int] = set()
    last = 0
    for index, text in enumerate(texts):
        run = footnote_run(text, last + 1, 1 if index - 1 in found else FOOTNOTE_RUN_MIN) if last + 1 in cited else []
        head = text[: run[0][0]] if run else text
        cited.update(int(match.group("key")) for match in GLUED_NOTE_NUMBER.finditer(head))
        if run:
            found[index] = (run[0][0], [(key, note) for _, key, note in run])
            last = int(run[-1][1])
        elif index in laid_out:
            last = laid_out[index]
    return found


# a clause that leads into the words it quotes: 'Professor Galloway, University of Exeter, said:', 'He further stated:',
# 'Thomas Maes, CEFAS told us:', 'He went on to say:', 'Dr Erik van Sebille, highlighted this discrepancy:'
LEAD_IN = re.compile(
    r"\b(?:say|says|said|state|states|stated|told\s+(?:us|me|the\s+\w+)|tells\s+us|writes?|wrote|adds?|added|argues?|argued"
    r"|explains?|explained|notes|noted|comments?|commented|concludes?|concluded|observes?|observed|warns?|warned|highlights?"
    r"|highlighted|describes?|described|testified|recalled|recalls|put\s+it|in\s+(?:his|her|their|its)\s+words)"
    r"(?:(?:\s+[^\s:]+){0,3}|(?:\s+(?!in\b)[^\s:]+){1,2}\s+in\s+(?:[^\s:]+\s+){0,5}(?:terms|language|fashion))\s*:$",  # '… described them in bemused, old-fashioned terms:'
    re.I,
)
QUOTE_INDENT_MIN = 3  # columns deeper than the lead-in's last line: the page sets the quotation in


def indented_quote(lead_in: str, lead_in_indent: int, indent: int) -> bool:
    """A PDF's text keeps the page's indents: under a clause that leads into a quotation ('… University of Exeter, said:'),
    a paragraph indented deeper than the clause's last line is the quotation, set in as a block quote."""
    return bool(LEAD_IN.search(lead_in.rstrip())) and indent >= lead_in_indent + QUOTE_INDENT_MIN
