"""Reading the export's lines into units: paragraphs, wrapped lines joined, quotes indented in a PDF's text,
links given lines of their own and paragraphs cut mid-sentence put back together."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .attribution.given_names import credited_given_name, listed_given_name
from .bylines import BOX_BIO, BYLINE, DATE_LABEL, KNOWN_SECTION_NAMES, ON_DATE, WEB_ADDRESS_START, _parse_header_part, is_byline_line, stamped_byline
from .captions import SENTENCE_GAP, is_caption_line
from .clauses import OUTLET_BEFORE
from .dates import MONTH_NAMES, find_line_date, month_line
from .figurelabels import FIGURE_WORDS, LABELLED_BLOCK_OPENING
from .furniture import NAME_PARTICLES, furniture_kind
from .headings import BULLET, NUMBERED_PARAGRAPH, OPENS_INTO, SENTENCE_OPENERS, _glued, looks_like_heading
from .importnotes import GOES_ON, NUMBERED_ITEM
from .importunits import (
    CITED_YEAR,
    CLAUSE_MARKER_GAP,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SMALL_WORDS,
    TERMINAL,
    TITLE_CASE_SHARE,
    WORD,
    Unit,
    is_title_case,
    title_case_counts,
)
from .leadins import leads_into_quotation
from .markdownexport import ESCAPABLE, ESCAPED
from .officeposts import heads_a_post
from .pdftext import (
    NUMBER_IN_SENTENCE,
    PARAGRAPH_NUMBER,
    PageLayout,
    contents_titles,
    fills_column,
    footnote_runs,
    indented_quote,
    join_wrapped,
    letters,
    page_line,
    read_layout,
    runs_on,
    web_address_goes_on,
)
from .sourcefile import unify_line_ends
from .turns import label_at


def split_units(text: str, dropped: dict[str, list[str]] | None = None, layout: PageLayout | None = None) -> list[Unit]:
    lines = unify_line_ends(text).split("\n")
    layout = layout or read_layout(lines)
    units: list[Unit] = []
    blank = page_break = False  # what lies between the last unit and this line
    blanks = 0
    note_key = ""
    for number, raw_line in enumerate(lines, start=1):
        page_break = page_break or number in layout.page_breaks
        if layout.superscripts.get(number) == "":
            continue  # note markers set over their line, put into it (page_line)
        if number in layout.furniture:
            if dropped is not None:
                dropped.setdefault(layout.furniture[number], []).append(raw_line.strip())
            # a running head or foot with no form feed by it, set apart by a blank line: the page turns there all the same
            # (a chart's axis numbers stand one under the other)
            apart = not lines[number - 2].strip() if number >= 2 else True
            apart = apart or (number < len(lines) and not lines[number].strip())
            page_break = page_break or (layout.furniture[number] == "running head or page number" and apart)
            continue
        if number in layout.note_numbers:
            note_key = layout.note_numbers[number]  # pdftotext's '1' over its footnote: the note's key
            continue
        if number in layout.glued_heads and dropped is not None:
            dropped.setdefault("running head or page number", []).append(layout.glued_heads[number])
        line = page_line(number, raw_line, layout)
        if not line:
            blank, blanks = True, blanks + 1
            continue
        if number in layout.footnote_lines and units and units[-1].data.get("footnote"):
            units[-1].text = join_wrapped(units[-1].text, line, layout)  # a page footnote's next line
            continue
        if number in layout.footnotes:
            units.append(Unit(number, line, data={"end": number, "last_line": line, "footnote": layout.footnotes[number]}))
            if layout.spaced_notes:
                units[-1].data["cited on its page"] = True
            blank = page_break = False
            continue
        if note_key:
            line, note_key = f"{note_key} {line}", ""
            units.append(Unit(number, line, data={"end": number, "last_line": line}))
            blank = page_break = False
            blanks = 0
            continue
        previous = units[-1] if units else None
        adjacent = not blank or page_break  # a page's foot, head and blank lines lie between the halves of a paragraph
        adjacent = adjacent or (layout.double_spaced and blanks == 1)  # a double-spaced copy: one blank line after every line
        if (
            previous
            and adjacent
            and not previous.data.get("footnote")
            and _is_wrapped_continuation(
                previous, line, layout, page_break, touching=not blank, indented=_indent(raw_line) > _indent(lines[previous.data["end"] - 1])
            )
        ):
            previous.text = join_wrapped(previous.text, line, layout)
            previous.data["end"], previous.data["last_line"] = number, line
        elif previous and blank and blanks == 1 and not page_break and _blank_line_in_sentence(previous, line, layout):
            previous.text = join_wrapped(previous.text, line, layout)  # '… the pilots’ “lee of' / blank / 'the reef” lies …'
            previous.data["end"], previous.data["last_line"] = number, line
        else:
            # a PDF's paragraph broken at a sentence's end ('… or face the consequences.' / 'Following his meeting …') or,
            # mid-sentence, by a page's foot or a blank line ('… in a measured and' / 'determined way to …'): no pull quote
            above = next((unit for unit in reversed(units) if not unit.data.get("footnote")), None)  # the page's notes aside
            ended = above is not None and above.text[-1:] in TERMINAL + QUOTE_CLOSE
            broken = bool(layout.width or layout.page_breaks) and above is not None and ((ended and not blank) or (not ended and line[0].islower()))
            units.append(Unit(number, line, data={"end": number, "last_line": line, "paragraph goes on": broken}))
        if number in layout.notes_apart:
            units[-1].data["notes apart"] = True
        blank = page_break = False
        blanks = 0
    if layout.width or layout.page_breaks:
        units = _sentence_round_captions(_indented_quotes(_split_footnote_runs(units), lines, layout), layout)
    return _headings_broken_over_lines(units, layout)


CAPTION_BLOCK_MAX = 3  # lines of a figure's block the layout set atop a page: its credit, its label and caption, its source


def _caption_piece(unit: Unit) -> bool:
    text = unit.text.strip()
    return unit.line == unit.data.get("end") and bool(LABELLED_BLOCK_OPENING.match(text) or is_caption_line(text))


def _sentence_round_captions(units: list[Unit], layout: PageLayout) -> list[Unit]:
    """In a PDF's text, a figure's block the layout set atop a page between the halves of a sentence ('… and the council'
    / 'Photo: Jane Roe' / 'Figure 2. Ferry passengers by island' / 'decided to keep …'): its lines, a credit, a labelled
    figure, table or box, a caption or a source line, each on a line of its own, stay together after the paragraph, and
    the sentence goes on where the line under them opens in lower case; a paragraph over them that ends a sentence, a
    line under them opening on a capital, or a block on the paragraph's own page (a heading over a figure's label and
    its axis's caption mid-page), is left as it is."""
    kept: list[Unit] = []
    index = 0
    while index < len(units):
        unit = units[index]
        after = index + 1
        while after < len(units) and after - index <= CAPTION_BLOCK_MAX and _caption_piece(units[after]):
            after += 1
        going_on = units[after] if index + 1 < after < len(units) else None
        text = unit.text.rstrip()
        if (
            going_on is not None
            and _page_turns_between(unit.data.get("end", unit.line), units[index + 1].line, layout)
            and not unit.data.get("footnote")
            and len(text) >= PAGE_CUT_MIN
            and text[-1:].isalpha()
            and going_on.text[:1].islower()
            and not going_on.data.get("footnote")
            and not BULLET.match(going_on.text)
        ):
            unit.text = join_wrapped(text, going_on.text, layout)
            unit.data["end"], unit.data["last_line"] = going_on.data.get("end", going_on.line), going_on.data.get("last_line", going_on.text)
            kept.extend([unit, *units[index + 1 : after]])
            index = after + 1
            continue
        kept.append(unit)
        index += 1
    return kept


def _page_turns_between(above: int, below: int, layout: PageLayout) -> bool:
    """Whether a page's break, or its running head or number, lies after line `above`, down to line `below`."""
    return any(
        number in layout.page_breaks or layout.furniture.get(number) == "running head or page number" for number in range(above + 1, below + 1)
    )


def _indented_quotes(units: list[Unit], lines: list[str], layout: PageLayout) -> list[Unit]:
    """See pdftext.indented_quote. The clause may stand on a line of its own under a sentence's end, at the indent of
    its paragraph's lines ('… into tissues in humans.' / '    Thomas Maes, CEFAS told us:'): it goes on with that
    paragraph. The quotation's lines, at its indent one under the other, are one quotation though a line ends a
    sentence."""
    kept: list[Unit] = []
    for unit in units:
        indent = _indent(lines[unit.line - 1])
        if not kept:
            kept.append(unit)
            continue
        before = kept[-1]
        above = _indent(lines[before.data["end"] - 1])
        under = unit.line == before.data["end"] + 1 and not before.data.get("footnote") and indent > 0 and indent == above
        lead_in = LEAD_IN_LINE.search(unit.text) is not None and unit.data["end"] == unit.line
        if under and (before.data.get("indented quote") or lead_in):
            before.text = join_wrapped(before.text, unit.text, layout)
            before.data["end"], before.data["last_line"] = unit.data["end"], unit.data["last_line"]
            continue
        if indented_quote(before.text, above, indent):
            unit.data["indented quote"] = before.data["paragraph"] = True  # 'He went on to say:' alone is no heading
        kept.append(unit)
    return kept


LEAD_IN_LINE = re.compile(r"^[A-Z][^.!?]{0,80}:$")  # 'Thomas Maes, CEFAS told us:' (pdftext.LEAD_IN says it leads in)


def _indent(line: str) -> int:
    line = line.split("\f")[-1].expandtabs(8)
    return len(line) - len(line.lstrip())


def _split_footnote_runs(units: list[Unit]) -> list[Unit]:
    """A page's footnotes run together into one paragraph (see pdftext.footnote_runs): one unit for each note, after the
    words of the paragraph they cut, if any."""
    laid_out = {index: int(unit.data["footnote"]) for index, unit in enumerate(units) if unit.data.get("footnote", "").isdigit()}
    runs = footnote_runs([unit.text for unit in units], laid_out)
    split: list[Unit] = []
    for index, unit in enumerate(units):
        if index not in runs:
            split.append(unit)
            continue
        cut, notes = runs[index]
        if unit.text[:cut].strip():
            unit.text = unit.text[:cut].rstrip()
            split.append(unit)
        split.extend(Unit(unit.line, f"{key} {note}", data={"end": unit.line, "last_line": note, "footnote": key}) for key, note in notes)
    return split


def _headings_broken_over_lines(units: list[Unit], layout: PageLayout) -> list[Unit]:
    """A heading the column broke in two ('Chapter 2: The Existing Alt-PNT' / 'Tech Stack') is one line again where
    the table of contents names it whole."""
    titles = contents_titles(layout)
    if not titles:
        return units
    written = {_alnum(title): title for title in layout.contents}  # as the contents list writes it
    kept: list[Unit] = []
    for unit in units:
        before = kept[-1] if kept else None
        if before is not None and before.line == before.data["end"] and letters(before.text) and letters(before.text + unit.text) in titles:
            before.text, before.data["end"] = before.text + " " + unit.text, unit.data["end"]
            before.data["contents title"] = written.get(_alnum(before.text), before.text)
            continue
        if len(unit.text) <= CONTENTS_TITLE_MAX and letters(unit.text) in titles:
            unit.data["contents title"] = written.get(_alnum(unit.text), unit.text)  # a line the contents list names: a heading
        kept.append(unit)
    return kept


def _alnum(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


CONTENTS_TITLE_MAX = 200


def _is_wrapped_continuation(
    previous: Unit, line: str, layout: PageLayout, page_break: bool = False, touching: bool = False, indented: bool = False
) -> bool:
    """A hard-wrapped paragraph goes on in lower case after a line with no end punctuation; in a PDF's text also after
    a line that fills the column and ends no sentence (never across a page break, where the next page may open a
    section, and never into a footnote's number), and after one as wide as the column whatever it ends on. `touching`:
    no blank line between the two lines; `indented`: the line stands further in than the one above."""
    text = previous.text
    if BULLET.match(line) or (DATE_LABEL.match(line) and find_line_date(line)) or month_line(line):
        return False  # "date published: 2024-03-29T00:00:00+00:00" under a headline, a cover's "Washington, D.C. March 2019"
    if ON_DATE.match(line) and len(line) <= 80 and _parse_header_part(line, {}, False):
        return False  # 'on March 3, 2016 at 2:30 PM, updated …': a news site's date line under its byline, no paragraph going on
    if line.startswith("by ") and stamped_byline(line):
        return False  # 'by JANE ROE August 25, 2025' under a headline's standfirst: the byline, in lower case
    if line.startswith("by ") and is_title_case(text) and is_byline_line(line) and _listed_names(line[3:]):
        return False  # 'by Jane Roe' under a headline: a CMS's byline in lower case ('… was written' / 'by Jane Roe' goes on)
    if LABELLED_BYLINE.match(line) and len(line) <= LABELLED_BYLINE_MAX:
        return False  # 'BY: JANE ROE' under a headline as wide as the page's column: the byline, no sentence goes on so
    if layout.contents and previous.line == previous.data.get("end") and letters(text) in contents_titles(layout):
        return False  # a heading the contents list names, filling the column: the paragraph under it is its own
    if _number_goes_on_numbered_item(text, line) or web_address_goes_on(text, line):
        return True
    numbers_a_note = not layout.footnotes and PDF_FOOTNOTE_START.match(line)  # where the layout found no page footnotes
    if not NUMBERED_PARAGRAPH.match(line) and not numbers_a_note and runs_on(text, previous.data.get("last_line", text), layout):
        return True  # a quotation goes on after a sentence's end
    if _numbered_paragraph_goes_on(text, line, layout, page_break):
        return True
    if layout.blank_parted and not page_break and fills_column(previous.data.get("last_line", text), layout) and not NUMBERED_PARAGRAPH.match(line):
        # '… the best possible terms under the circumstances,”' / 'Anthony Banbury said …': the blank line parts them; a
        # short line with no stop under a sentence's end is a heading set without one ('How firms create value')
        # ('According to Rilke:' under its paragraph's full line ends it, leading into the quotation below)
        heading = text[-1] in TERMINAL + QUOTE_CLOSE and not fills_column(line, layout) and line[-1] not in TERMINAL + QUOTE_CLOSE + ",;:"
        return not heading
    if not (layout.width or layout.page_breaks) and previous.line != previous.data.get("end") and _lead_in_ends_it(text, line):
        return True  # a hard-wrapped paragraph's last line: '… vote on the contract.' / 'According to Rilke:'
    if ABBREVIATION_BEFORE_NUMBER.search(text) and NUMBER_GOING_ON.match(line):
        return True  # 'the Harbours Act No.' / '22 of 1995 when …': the stop is the abbreviation's
    if _quotation_closed_on_comma(text, line):
        return True
    if touching and not page_break and not indented and _full_width_line_goes_on(previous.data.get("last_line", text), line, layout):
        return True
    if touching and not page_break and _number_goes_on_sentence(previous.data.get("last_line", text), line, layout):
        return True  # '… works contained in the' / '1999-2000 Budget would …': the sentence goes on in a number
    if touching and _citation_goes_on(previous, line, layout):
        return True  # '… at “more than 10,000”' / '(Roe 1974, 143). By contrast, …': no paragraph opens on its citation
    if WORD_HYPHENATED_AT_END.search(text) and line[:1].islower() and not BULLET.match(line):
        return True  # 'The Harbour Times news-' / 'paper, looking at …': a word the line's end broke, whatever the line's length
    if text[-1] in TERMINAL + ":" + QUOTE_CLOSE + ")]" and not (_aside_in_sentence(text) and line[0].islower() and not WEB_ADDRESS.match(line)):
        return False
    if touching and previous.line != previous.data.get("end") and _sentence_goes_on(text, line):
        return True  # '… on behalf of the board, said' / 'Brandt's "vision …"': the column widened round a picture
    numbered_heading = previous.line == previous.data.get("end") and not layout.numbered_paragraphs and NUMBERED_HEADING_LINE.match(text)
    if (len(text) >= 40 or numbered_heading or (touching and _cut_mid_sentence(previous.data.get("last_line", text), line))) and line[0].islower():
        return True  # also a numbered heading the column broke ('5. Is the governance' / 'promoting better coordination?')
    # a paragraph over two lines or more, or one whose last line runs to the column's width, is prose: a one-line
    # subheading at a page's foot ('Why the board lost its crossings to the island') is never cut inside a noun phrase
    prose = previous.line != previous.data.get("end") or fills_column(previous.data.get("last_line", text), layout)
    if page_break and _page_cut_on_small_word(text, line, noun_phrase=prose):
        return True  # '… twelve new members of the' / the page's foot and head / 'Regional Assembly. Since then …'
    if layout.double_spaced and len(text) >= 40 and text[-1].islower() and NUMBER_IN_SENTENCE.match(line):
        return True  # '… in terms of section' / '41 (2) of the Act …' in a copy with a blank line after every line
    if numbered_heading and line[:1].isupper() and len(text.split()) <= NUMBERED_HEADING_WORDS and not HEADING_CUT_SHORT.search(text):
        return False  # '2 – Horizontal and vertical coordination', filling the column, over its first paragraph
    if _next_numbered_item(text, line):
        return False  # '1. Jane Roe, "Harbour fees", Harbour Times, 8 March 2004, 5' / '2. …': a note ending on its page
    return not page_break and fills_column(previous.data.get("last_line", text), layout) and not numbers_a_note


PAGE_CUT_MIN = 40  # characters of the paragraph over the page's foot: prose, no label
PAGE_CUT_REACH = 200  # characters at its end that are read


# a paragraph's end inside a noun phrase: an article or a preposition, then a word in lower case or an acronym ('… members
# of the island', '… members of the NRA'); and a page's first line opening on a name's run of two capitalised words or
# more, the sentence going on after it ('Regional Assembly. Since then …', 'Harbour Board, which …')
NOUN_PHRASE_END = re.compile(r"\b(?:the|a|an|of|in|on|at|to|for|from|by|with)\s+(?:[a-z][a-z’'-]+|(?-i:[A-Z]{2,6}))$")
NAME_RUN_OPENING = re.compile(r"^(?:[A-Z][a-z’'-]+\s+)+[A-Z][a-z’'-]+(?=[.,;:]|\s+[a-z(])")


def _page_cut_in_noun_phrase(end: str, line: str) -> bool:
    """A page's break cut a noun phrase after its article ('… new members of the NRA' / 'Regional Assembly. Since then …'):
    the name going on at the next page's top is the phrase's (a new sentence opens on its own opener, 'The Board …')."""
    return NOUN_PHRASE_END.search(end) is not None and NAME_RUN_OPENING.match(line) is not None and not OPENS_A_SENTENCE.match(line)


def _page_cut_on_small_word(text: str, line: str, noun_phrase: bool = True) -> bool:
    """A page's break cut a sentence on a small word, an article, a preposition or a conjunction ('… the members of the'),
    or inside a noun phrase that a name on the next page goes on ('… members of the NRA' / 'Regional Assembly.',
    _page_cut_in_noun_phrase): no paragraph, heading or list item ends so, so the sentence goes on at the next page's
    first line ('Regional Assembly. Since then …'). The line above is prose (words in lower case); the line under it
    is prose too, no heading (a sidebar's, set in capitals), bullet, numbered paragraph, footnote, or figure's, table's or
    box's caption or source line (figurelabels.LABELLED_BLOCK_OPENING): the sentence then stays cut, as it was.
    `noun_phrase`: whether a cut inside a noun phrase counts (under prose, a paragraph of two lines or more or one as
    wide as the column)."""
    end = text[-PAGE_CUT_REACH:]
    return (
        len(text) >= PAGE_CUT_MIN
        and (end.rsplit(None, 1)[-1] in SMALL_WORDS or (noun_phrase and _page_cut_in_noun_phrase(end, line)))
        and re.search(r"\b[a-z]{3,}\s+[a-z]{2,}\b", end) is not None
        and line[:1].isupper()
        and re.search(r"\b[a-z]{2,}\b", line) is not None  # prose under it: no heading in capitals ('DETERMINING IMPACTS')
        and not (BULLET.match(line) or NUMBERED_PARAGRAPH.match(line) or PDF_FOOTNOTE_START.match(line) or looks_like_heading(line, None))
        and not LABELLED_BLOCK_OPENING.match(line)  # a caption, a box, a source or note line the layout set atop the page
    )


def _blank_line_in_sentence(previous: Unit, line: str, layout: PageLayout) -> bool:
    """In a PDF's text, a blank line its converter set inside a sentence: the paragraph over it, prose, stops on an
    article, a preposition or a conjunction (SMALL_WORDS: 'lee of', 'quays built along the coast in'), which no sentence
    ends on, and the line under it goes on in lower case ('the reef” lies …', 'the last century still stand …'); or the paragraph
    stops on a word and the line under it is the clause's end, a semicolon and a note's number after it. A line under a
    small word that opens in a capital goes on too, with the guards of a page's cut there (_page_cut_on_small_word: prose
    under it, no heading, list item, footnote or caption). Never a page's footnote over it nor a list's item under it."""
    text = previous.text.rstrip()
    if not (layout.width or layout.page_breaks) or previous.data.get("footnote") or len(text) < PAGE_CUT_MIN:
        return False
    if CLAUSE_WITH_MARKER.match(line) and text[-1:].isalpha() and not BULLET.match(line):
        return True  # '… past the reef, Little' / blank / 'Skerry (Harbourland); 2': the clause's end and its note's number
    if not OPENS_A_SENTENCE.match(line) and _page_cut_on_small_word(text, line, noun_phrase=False):
        return True  # '… a “Night Service for' / blank / 'Outlying Quays” (…)': a name going on, never a sentence's opener
    return text.rsplit(None, 1)[-1] in SMALL_WORDS and line[:1].islower() and not (BULLET.match(line) or NUMBERED_PARAGRAPH.match(line))


# a piece of a sentence closed by a semicolon and its note's number, set apart ('Skerry (Harbourland); 2'): no paragraph
# opens and ends so, nor a heading
CLAUSE_WITH_MARKER = re.compile(r"^[^.!?:]{1,80}" + CLAUSE_MARKER_GAP)


def _next_numbered_item(text: str, line: str) -> bool:
    """In a list numbered '1. ', '2. ' …, a line opening with the number after the item's opens the next item, whatever
    the item above stopped on (a citation's page, '…, 8 March 2004, 5')."""
    item, following = PARAGRAPH_NUMBER.match(text), PARAGRAPH_NUMBER.match(line)
    return item is not None and following is not None and int(following.group("number")) == int(item.group("number")) + 1


WORD_HYPHENATED_AT_END = re.compile(r"[a-z]{2}-$")  # 'news-', 'dissatis-': a word broken at the line's end (never 'Anglo-' or '--')
LABELLED_BYLINE = re.compile(r"^(?i:by)\s*:\s*[A-Z]")  # 'BY: JANE ROE', 'By: Jane Roe'
LABELLED_BYLINE_MAX = 120
FULL_WIDTH = 0.97  # of the column's width: a line the column broke; a paragraph's last line seldom runs so far
LINE_ENDS = TERMINAL + QUOTE_CLOSE + ")]’,;:"


def _full_width_line_goes_on(last_line: str, line: str, layout: PageLayout) -> bool:
    """In a PDF's text with no blank line between its paragraphs, a line as wide as the column was broken by the
    column, not by its paragraph's end, whatever it ends on ('… repeat the press, or are implausible.' / '[2] During
    2003 …'): the line under it goes on with it, unless it opens a bullet, a numbered paragraph, a page's footnote or
    a turn's label ('Media:'), or is a heading (a line shorter than the column that ends on no stop)."""
    if not layout.width or layout.blank_parted or len(last_line) < FULL_WIDTH * layout.width:
        return False
    if BULLET.match(line) or NUMBERED_PARAGRAPH.match(line) or (not layout.footnotes and PDF_FOOTNOTE_START.match(line)):
        return False
    if label_at(line) is not None:
        return False  # 'Media: Can you say …': a transcript's next turn, a labelled line
    return fills_column(line, layout) or line[-1] in LINE_ENDS


COMMA_IN_QUOTES = (",”", ",’", ',"', ",'")


def _quotation_closed_on_comma(text: str, line: str) -> bool:
    """A quotation closed on a comma ('… the heavy cranes of the new terminal,”') ends no sentence: the line under it
    opening in lower case ('but provided no …', 'said Jane Roe') goes on with it."""
    return text.endswith(COMMA_IN_QUOTES) and line[:1].islower() and not BULLET.match(line)


CUT_LINE_MIN_WORDS = 4
GOING_ON_WORDS = 6  # the line under it a line of prose, not a link's words a web page's copy sets on a line of its own
# the words a sentence cannot stop on, whatever case the line under them opens in: a verb of saying waiting for its
# words ('… the chairman said' / 'Brandt's "vision …"'), and the small words of SMALL_WORDS; and a name the line cut
# after its first word where a verb of saying or 'according to' leads in to it ('According to Jane' / 'Roe of the …')
SENTENCE_GOES_ON = re.compile(
    r"\b(?:said|says|told(?: (?:them|him|her|us|me|reporters))?|added|wrote|called|named|described|praised)$"
    r"|\b(?:[Aa]ccording to|said|says|told|wrote)\s+[A-Z][\w’'-]+$"
)
SENTENCE_GOES_ON_REACH = 40  # characters of the line's end where SENTENCE_GOES_ON is looked for


def _sentence_goes_on(text: str, line: str) -> bool:
    """A wrapped paragraph's line that stops on a word no sentence ends on, the line under it opening on a capital or
    a quotation mark (a name, a quotation): the same sentence, which a PDF's text broke where the column's width changed
    round a picture. A bullet or a numbered line under it starts its own."""
    if BULLET.match(line) or NUMBERED_PARAGRAPH.match(line) or not (line[0].isupper() or line[0] in QUOTE_OPEN):
        return False
    if len(line.split()) < GOING_ON_WORDS and not WORD_HYPHENATED_AT_END.search(line):
        return False  # a short line is a link's words, unless it breaks a word at its end as a column's prose does
    last = text.split()[-1].lower() if text.split() else ""
    return last in SMALL_WORDS or SENTENCE_GOES_ON.search(text[-SENTENCE_GOES_ON_REACH:]) is not None


NUMBER_OPENING = re.compile(r"^\d[\d,.–/-]*\s+\S")  # '1999-2000 Budget would …', '12 ferries return …'


def _number_goes_on_sentence(last_line: str, line: str, layout: PageLayout) -> bool:
    """A hard-wrapped sentence cut on a small word that goes on in a number on the line under it ('… end before the' /
    '12 ferries return …'): a sentence never ends on 'the' or 'of'. A numbered paragraph ('12. …'), a section's number
    ('2 – Scope') or, in a PDF's text, a page's footnote ('12 Ibid.') opens otherwise."""
    words = last_line.split()
    if len(words) < CUT_LINE_MIN_WORDS or words[-1].lower() not in SMALL_WORDS or not NUMBER_OPENING.match(line):
        return False
    if NUMBERED_PARAGRAPH.match(line) or NUMBERED_HEADING_LINE.match(line):
        return False
    return not ((layout.width or layout.page_breaks) and PDF_FOOTNOTE_START.match(line))


# an author-date citation opening a line: '(Roe 1974, 143)', '(Roe and Doe 1990a; Esk 2001)', '(Roe et al. 1974:12)'
CITATION_OPENING = re.compile(rf"^\([A-Z][\w’'-]+(?: (?:and|&) [A-Z][\w’'-]+| et al\.)?,? {CITED_YEAR}\b[^()]{{0,80}}\)")


def _citation_goes_on(previous: Unit, line: str, layout: PageLayout) -> bool:
    """A hard-wrapped sentence goes on in the author-date citation opening the line under it where the paragraph above
    ends no sentence, a quotation's closing mark aside ('… at “more than 10,000”' / '(Roe 1974, 143). By …'). A line
    alone above goes on only where it is visibly cut: it fills the column, or stops on a small word, a number or a
    closing quote; a heading ('Evidence from the earlier surveys', 'Board Size') over a paragraph opening on its source
    is left to the heading rules."""
    text = previous.text.rstrip(QUOTE_CLOSE + " ")
    if not text or text[-1] in TERMINAL + ":;" or not CITATION_OPENING.match(line):
        return False
    if previous.line != previous.data.get("end"):
        return True
    words = WORD.findall(text)
    if len(words) < CUT_LINE_MIN_WORDS or is_title_case(text):
        return False
    cut = words[-1].lower() in SMALL_WORDS or words[-1][-1].isdigit() or previous.text.rstrip()[-1:] in QUOTE_CLOSE
    return cut or fills_column(previous.data.get("last_line", previous.text), layout)


def _cut_mid_sentence(text: str, line: str) -> bool:
    """A short line that a narrow column broke mid-sentence, the line right under it going on in lower case ('The success
    of the campaign shows' / 'what patience can do.'): it stops on a small word ('with', 'of', 'the'), or runs four words
    or more in sentence case, which a heading or a label set in title case does not. A web page's link on a line of its
    own ('here', 'who') is a word or two, and a contents entry opens with its number: neither is read so."""
    words = WORD.findall(text)
    if len(words) < CUT_LINE_MIN_WORDS - 1 or len(WORD.findall(line)) < CUT_LINE_MIN_WORDS - 1 or not text[-1].isalnum() or text[0].isdigit():
        return False
    return text.split()[-1].lower() in SMALL_WORDS or (len(words) >= CUT_LINE_MIN_WORDS and not is_title_case(text))


WEB_ADDRESS = re.compile(WEB_ADDRESS_START)
LEAD_IN_LINE_MAX = 80


def _lead_in_ends_it(text: str, line: str) -> bool:
    """A short line ending in a colon, under a paragraph wrapped over lines with no blank line between, is that
    paragraph's end leading into what follows, never a heading: after a line that stops mid-sentence, or where it
    leads into a quotation ('According to Rilke:')."""
    if len(line) > LEAD_IN_LINE_MAX or not line.endswith(":") or BULLET.match(line) or NUMBERED_PARAGRAPH.match(line):
        return False
    return text[-1:] not in TERMINAL + QUOTE_CLOSE + ":" or leads_into_quotation(line)


def _aside_in_sentence(text: str) -> bool:
    """The line ends on a bracket opened and closed inside a sentence, neither part ending one: '… the deputy harbour
    master (hereinafter the officers)' / 'were asked …' goes on (the caller sees the line under it open in lower case);
    '… by weight. (http://…)' ends its paragraph."""
    opening = text.rfind({")": "(", "]": "["}.get(text[-1], "\0"))
    before, inside = text[:opening].rstrip(), text[opening + 1 : -1].rstrip()
    return opening > 0 and bool(before) and before[-1] not in TERMINAL + ":" and inside[-1:] not in TERMINAL + QUOTE_CLOSE


ABBREVIATION_BEFORE_NUMBER = re.compile(r"(?<![\w.-])(?:No|Nos|Art|Arts|Sec|Secs|Para|Paras|para|paras|pp?|Vol|vol|Ch|ch|Fig|fig|s|ss)\.$")
NUMBER_GOING_ON = re.compile(r"^\d[\d,./-]*(?:\s+[a-z(]|[,;:)]|\.?$)")  # '22 of 1995 …', not a note's '19 “Modular …'
# a section's number, then its title: '4. Evidence', '2 – Horizontal and vertical coordination' (a sub-section's, with a dash)
NUMBERED_HEADING_LINE = re.compile(r"^(?P<number>[1-9]\d?)(?P<style>\.|\s[–-])\s+(?P<text>[A-Z][^.!;:]*?)\s*$")
NUMBERED_HEADING_WORDS = 12


def _numbered_paragraph_goes_on(text: str, line: str, layout: PageLayout, page_break: bool) -> bool:
    """In a report that numbers its paragraphs, a sentence on the line right under a numbered paragraph's line goes on
    with it ('106.  Mr Sawers stated … in the Middle East”.' / 'In his view the UK needed to say:'): a new paragraph would
    open with its number. A quotation, a bullet, a line the contents list names or a short line that ends no sentence
    (a heading) starts anew, and so does the first line of a page."""
    if not layout.numbered_paragraphs or page_break or not NUMBERED_PARAGRAPH.match(text) or NUMBERED_PARAGRAPH.match(line):
        return False
    if line[:1] in QUOTE_OPEN + "‘" or BULLET.match(line) or not (fills_column(line, layout) or line[-1:] in TERMINAL + ":"):
        return False
    return letters(line) not in contents_titles(layout)


PDF_FOOTNOTE_START = re.compile(r"^\d{1,3}\s+[A-Z“\"‘']")  # "12 Ibid., 4." under a page's text
# '21  September 2017, …', '40 barges a day': a number with no stop after it, a month's name or a word in lower case
# after the number (a page footnote's '1 Jane Roe, …', a sub-section's '1 – Governance …' open otherwise)
LEADING_NUMBER = re.compile(rf"^(?P<number>\d{{1,3}})\s+(?:(?:{'|'.join(MONTH_NAMES)})\b|[a-z])")
STOPPED_MID_SENTENCE = re.compile(r"(?:,|\s[a-z]+)\s*$")  # '… Harbour Times,', '…, accessed'


NAMES_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")


def _listed_names(names: str) -> bool:
    """Each name of a byline opens on a listed given name ('Jane Roe and Ivo Renk'), as a lower-case 'by' line needs to
    be the byline under a headline, not its wrapped end ('… Kept Lit' / 'by Volunteer Crews')."""
    parts = [part.split() for part in NAMES_SEPARATOR.split(names.strip())]
    return all(part and listed_given_name(part[0]) for part in parts)


def _number_goes_on_numbered_item(text: str, line: str) -> bool:
    """In a list numbered '1. ', '2. ' …, an item stopped mid-sentence goes on in a line opening with a number that has
    no stop and is not the next item's ('42. Jane Roe, “Harbour fees,” Harbour Times,' / '21  September 2017, accessed
    …'): a day of the month or a count the line broke before, never a page footnote's or a sub-section's number."""
    item, number = PARAGRAPH_NUMBER.match(text), LEADING_NUMBER.match(line)  # '42. Jane Roe, …': a note's or a paragraph's key
    if item is None or number is None or not STOPPED_MID_SENTENCE.search(text):
        return False  # '4. Evidence' / '1 – Governance structures': a numbered heading over its sub-section's
    return int(number.group("number")) != int(item.group("number")) + 1


CREDIT_LABELS = r"sources?|credits?|photo(?: credit)?|image|notes?"  # the words that label a source's or a note's line
CREDIT_LINE = re.compile(rf"^(?:{CREDIT_LABELS})\s*:\s*\S", re.I)


LINK_LINE_MAX = 80  # a link's words on a line of their own: a name, a title, a few words
LINK_LINE_WORDS = 12
LINKING_WORD = re.compile(r"^(?:and|or|but|the|a|an|of|to|in|on|for|with|by|as|at|from|than|that|which|who|is|are|was|were)\b")  # "and a"


def _unfinished(unit: Unit, growth: _Grown | None = None) -> bool:
    """A line of prose that stops mid-sentence: lower-case words in it, and a word in lower case, a comma or an opening
    mark at its end (a headline ends on a name or a number: 'Resilience Audit Update 2025'). `growth`: what was set aside
    of a paragraph paragraphs_cut_mid_sentence grows, whose text is only its end."""
    text = unit.text.rstrip()
    return (
        unit.kind == "paragraph"
        and not unit.data.get("heading")
        and (text[-1:].islower() or text[-1:] in "," + OPENS_INTO)  # mid-sentence: "… organizations like", "… the share of “"
        and (_prose_line(text) if growth is None else growth.prose(text))
    )


LOWER_CASE_WORD = re.compile(r"\b[a-z]{2,}")


def _prose_line(text: str) -> bool:
    return (
        LOWER_CASE_WORD.search(text) is not None
        and not re.fullmatch(r"\d{1,3}", text)
        and not furniture_kind(text)
        and not CREDIT_LINE.match(text)  # "Credit: Mariupol’s Destruction and Victims Map": a photo's credit, no sentence
    )


def _link_line(unit: Unit) -> bool:
    text = unit.text.strip()
    return (
        unit.kind == "paragraph"
        and not unit.data.get("heading")
        and 0 < len(text) <= LINK_LINE_MAX
        and len(text.split()) <= LINK_LINE_WORDS
        and not furniture_kind(text)
        and not CREDIT_LINE.match(text)
    )


def _goes_on(unit: Unit) -> bool:
    """The line goes on with a sentence begun above it ('on March 19, 2025.', ', the', 'and a'), and is none of the page's
    own lines ('video not supported in this browser.', 'by Jane Roe 10:41 AM February 5, 2026') nor a list's item in
    lower case ('digital', 'technology standards')."""
    text = unit.text.strip()
    return (
        unit.kind == "paragraph"
        and GOES_ON.match(text) is not None
        and (len(text.split()) >= 4 or text[-1:] in TERMINAL or not text[:1].isalpha() or LINKING_WORD.match(text) is not None)
        and not furniture_kind(text)
        and not BYLINE.match(text)
    )


def links_on_lines_of_their_own(units: list[Unit], start: int, inferred: list[str]) -> list[Unit]:
    """A page copied from a browser whose links each stand on a line of their own breaks its sentences around them
    ('… have been' / 'Since 1990, there have been' / '270 new rules' / 'that complicate how we conduct research.';
    'Organizations like' / 'Janelia Research Campus' / ', the' / 'Arc Institute'): a short line between a sentence
    stopped mid-way and a line going on with it in lower case, or a short line that a comma or a stop goes on from, is
    the sentence's, and the three are one paragraph again."""
    kept = units[:start]
    joined = 0
    opened: set[int] = set()  # by id: the lines a sentence's opening link was joined to here
    for unit in units[start:]:
        if len(kept) > start and id(kept[-1]) in opened and _clause_goes_on(kept[-1], unit):
            kept[-1].text = _glued(kept[-1].text, unit.text)  # 'In a letter to the Harbour Board,' / 'Jane Roe said …'
            opened.discard(id(kept[-1]))
            continue
        if len(kept) > start and _goes_on(unit):
            link = kept[-1]
            before = kept[-2] if len(kept) - start >= 2 else None
            leads_in = before is not None and _unfinished(before) and _leads_into(before.text, link.text)
            # a name that is a link opening the sentence under a heading ('Bhaven Sampat of Columbia University' / 'discusses how …')
            opens = link.text.strip()[:1].isupper() and unit.text.lstrip()[:1].islower() and len(unit.text.split()) >= 4
            opens = opens and not BOX_BIO.match(unit.text.strip())  # 'Jane Roe' / 'is a senior fellow …': an author's box (author_boxes)
            if _link_line(link) and (unit.text.lstrip()[:1] in ",.;:)]’”" or leads_in or opens):
                link.text = _glued(link.text, unit.text)
                if before is not None and leads_in:
                    before.text = _glued(before.text, link.text)
                    kept.pop()
                elif opens:
                    opened.add(id(link))
                joined += 1
                continue
        kept.append(unit)
    joined += _trailing_links(kept, start)
    if joined:
        inferred.append(f"{joined} sentences broken around a link on a line of its own joined again")
    return kept


def _clause_goes_on(clause: Unit, unit: Unit) -> bool:
    """The sentence a link opened, stopped on the comma closing its clause ('In a letter to the Harbour Board,'), goes on
    in the line under it where that is prose ending a sentence: no heading, list item, byline or page furniture."""
    text = unit.text.strip()
    return (
        clause.text.rstrip().endswith(",")
        and unit.kind == "paragraph"
        and not unit.data.get("heading")
        and text[-1:] in TERMINAL + QUOTE_CLOSE
        and len(text.split()) >= CLAUSE_GOES_ON_WORDS
        and not (BULLET.match(text) or NUMBERED_ITEM.match(text) or BYLINE.match(text) or furniture_kind(text))
    )


CLAUSE_GOES_ON_WORDS = 4


# a sentence stopped where it needs its noun: on an article or a preposition ('… posted on the'), or on an article and
# a word that goes before a name ('… he claimed a former'); a paragraph cut after a noun ('… to report or comment') may end so
NEEDS_A_NOUN = re.compile(
    r"\b(?:the|a|an|of|to|in|on|for|with|by|at|from|into|via|its|his|her|their|our|this|these"
    r"|(?:the|a|an)\s+(?:former|late|then|so-called|self-styled|now-defunct|\w+-(?:backed|based|linked|owned|run|affiliated)))$"
)  # not '… for the war', a noun that may end a sentence cut short
TRAILING_LINK_WORDS = 3
OUTLET_LEAD_WORDS = 4  # 'Speaking to the broadcaster': a lead-in, never a heading's few words ('Local broadcaster')
TRAILING_LINKS_MAX = 3


def _trailing_links(units: list[Unit], start: int) -> int:
    """A scrape that lost the words after a paragraph's last links leaves the paragraph stopped mid-sentence and the links'
    words on lines of their own under it ('… he claimed a former' / 'Wagner'; '… posted on the' / 'Telegram' / 'Znak.com,'):
    up to three such lines of one to three words, none ending a sentence, go on with the paragraph where the line after
    them opens a sentence of its own (a capital). A share button's name ('Telegram') is a link's word after 'the'."""
    joined = 0
    index = start
    while index < len(units):
        unit = units[index]
        # a sentence stopped on a word that needs its name, or a shorter one on an outlet's kind ('… with the broadcaster')
        names_next = (len(unit.text) >= LONG_LINE and NEEDS_A_NOUN.search(unit.text.rstrip())) or _leads_into_outlet(unit.text.rstrip())
        if not (_unfinished(unit) and names_next):
            index += 1
            continue
        end = index + 1
        if end < len(units) and units[end].text.strip() in KNOWN_SECTION_NAMES:
            index += 1  # a section's heading under a subhead ('… at the public broadcaster' / 'Background'), no outlet's name
            continue
        while end < len(units) and end - index <= TRAILING_LINKS_MAX and _trailing_link(units[end], first=end == index + 1, after=unit.text):
            end += 1
        after = units[end].text.lstrip() if end < len(units) else ""
        if end > index + 1 and (not after or after[:1].isupper() or after[:1] in QUOTE_OPEN):
            for link in units[index + 1 : end]:
                unit.text = _glued(unit.text, link.text.strip())
            unit.data["paragraph"] = True  # a sentence's words, however short, never a heading
            joined += end - index - 1
            del units[index + 1 : end]
        index += 1
    return joined


# the verb or preposition leading into an outlet's name after its kind: 'Speaking to the broadcaster', '… told the weekly',
# '… in an interview with British broadcaster'; a subhead's 'Cuts at the public broadcaster' names no outlet after it
OUTLET_LEAD_IN = re.compile(r"\b(?:to|with|by|from|on|told|tells|via)\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)


def _leads_into_outlet(text: str) -> bool:
    outlet = OUTLET_BEFORE.search(text)
    return len(WORD.findall(text)) >= OUTLET_LEAD_WORDS and outlet is not None and OUTLET_LEAD_IN.search(text, 0, outlet.start()) is not None


def _trailing_link(unit: Unit, first: bool, after: str) -> bool:
    text = unit.text.strip()
    if unit.kind != "paragraph" or unit.data.get("heading") or not 0 < len(text.split()) <= TRAILING_LINK_WORDS or text[-1:] in TERMINAL + ":":
        return False
    return not furniture_kind(text) or (first and re.search(r"\b(?:the|a|an|on|in|via)$", after.rstrip()) is not None)


LEADING_WORD = re.compile(
    r"\b(?:the|a|an|of|to|in|on|for|with|by|as|at|from|than|that|which|who|like|and|or|but|is|are|was|were|has|have|had|"
    r"we|our|their|its|his|her|this|these|those|such|about|into|via|per|including|called|named|see|visit|read)$",
    re.I,
)
LONG_LINE = 100  # a line of prose this long that stops mid-sentence goes on below it


def _leads_into(text: str, link: str) -> bool:
    """The line stopped mid-sentence leads into the link under it: the link's words are in lower case, or the line ends
    on a word that needs more ('… organizations like', '… waiting up to'), a comma or an opening mark, or it is prose (a
    sentence ends inside it, or it is long); a heading over a link ('The history of peer review' / 'Bhaven Sampat of
    Columbia University') is none."""
    text = text.rstrip()
    return (
        link.lstrip()[:1].islower()
        or LEADING_WORD.search(text) is not None
        or text[-1:] in "," + OPENS_INTO
        or SENTENCE_GAP.search(text) is not None  # a sentence ended inside it: prose, no heading
        or len(text) >= LONG_LINE
    )


# a paragraph that stops on an article, a preposition or a conjunction was cut there (not "; and", a list's item, nor
# "scraping by", "log in": a particle)
CUT_AFTER_WORD = re.compile(r"(?<![;:]\s)\b(?:the|a|an|of|on|at|to|for|with|from|and|or|that|its|his|her|their)$")


OPENS_A_SENTENCE = re.compile(r"(?:" + SENTENCE_OPENERS + r")\b")  # '… structural effect, the' / 'The decomposition shows': a new one


def paragraphs_cut_mid_sentence(units: list[Unit], start: int, inferred: list[str], layout: PageLayout | None = None) -> list[Unit]:
    """A page break or a copy's blank line cuts a sentence in two paragraphs ('… said Mira Oduya, Senior Counsel on' /
    'Children’s Rights at …'; '… to resist policies that' / 'harm health.'): a long paragraph that stops on a word in
    lower case goes on with the next where that opens in lower case, or where it stopped on a word that needs more (an
    article, a preposition, 'that'). Never into a heading, a list's item or the page's own lines. In a PDF's text (its
    `layout`), a line standing alone, of any length, that stops mid-sentence or on a word its end broke goes on in the
    paragraph under it opening in lower case, which the reading of its lines marked so ('Ferry Fund will be' / 'available
    to …', a page's first line over a blank line).

    A paragraph grown here keeps only its last characters in its text while it grows, the rest set aside (`_Grown`), so
    its checks read its end and a long run of cut paragraphs is joined in linear time."""
    kept = units[:start]
    joined = 0
    grown: dict[int, _Grown] = {}  # by id: the paragraphs grown in this pass
    for unit in units[start:]:
        before = kept[-1] if len(kept) > start else None
        if before is not None and _whole(before, grown) and furniture_kind(before.text) == "handling marking" and len(kept) > start + 1:
            before = kept[-2]  # the marking atop the next page, between the halves of a sentence: dropped later
        growth = grown.get(id(before)) if before is not None else None
        text = unit.text.strip()
        if (
            before is not None
            and _unfinished(before, growth)
            and len(before.text) >= LONG_LINE
            and before.text.rstrip()[-1:].isalpha()
            and unit.kind == "paragraph"
            and text[:1].isalpha()
            and (text[:1].islower() or (CUT_AFTER_WORD.search(before.text.rstrip()) is not None and not OPENS_A_SENTENCE.match(text)))
            and (text.rstrip()[-1:] in TERMINAL + QUOTE_CLOSE or len(text) >= LONG_LINE)  # not a heading under it
            and not (BULLET.match(text) or NUMBERED_ITEM.match(text) or BYLINE.match(text) or furniture_kind(text) or looks_like_heading(text, None))
            and not PARTICLE_REFERENCE_ENTRY.match(text)  # 'van Leer, A. (1995). …' under an entry ending on its address
        ):
            _grow(before, _glued(before.text, text), grown)
            joined += 1
            continue
        if (
            layout is not None
            and before is not None
            and before.kind == unit.kind == "paragraph"
            and unit.data.get("paragraph goes on")
            and before.data.get("end") == before.line  # a line standing alone, between a page's head or a blank line and the rest
            and not (
                growth.footnote if growth is not None else PDF_FOOTNOTE_START.match(before.text)
            )  # '4 As above': a page's footnote, whose page cut the sentence above it
            and text[:1].islower()
            and (_unfinished(before, growth) or WORD_HYPHENATED_AT_END.search(before.text.rstrip()) is not None)
            and not (
                is_title_case(before.text) if growth is None else growth.title_case(before.text)
            )  # 'The Need for Greater Transparency': a heading over its paragraph
            and not (BULLET.match(text) or furniture_kind(text))
            and not ADDRESS_PIECE.search(
                before.text.rsplit(None, 1)[-1] + " " + text.split()[0]
            )  # a notes list's addresses, its columns run together
        ):
            _grow(before, join_wrapped(before.text.rstrip(), text, layout), grown)
            joined += 1
            continue
        if before is not None and growth is None and unit.kind == "paragraph" and _sentence_cut_before(before, text):
            _grow(before, _glued(before.text, text), grown)  # 'However you term it' / '“the slow tide”, the …'
            joined += 1
            continue
        if (
            layout is not None
            and (layout.width or layout.page_breaks)
            and before is not None
            and unit.kind == "paragraph"
            and _name_cut_before(before, growth, text)
        ):
            _grow(before, join_wrapped(before.text.rstrip(), text, layout), grown)  # '… Nell Varga in the Kestel' / 'Evening Courier …, wrote, “…”'
            joined += 1
            continue
        if before is not None and growth is None and unit.kind == "paragraph" and _surname_cut_before(before, text):
            _grow(before, _glued(before.text, text), grown)  # '… than Bishop Anton' / 'Marek has said that …'
            joined += 1
            continue
        if before is not None and before.kind == "paragraph" and PAGE_FRAGMENT.fullmatch(before.text.strip()) and text[:1].islower():
            _grow(before, _glued(before.text, text), grown)  # 'An' / 'other man said:': a sentence's first word, or a piece of it, left on a page
            joined += 1
            continue
        kept.append(unit)
    for unit in kept[start:]:
        if id(unit) in grown:
            unit.text = "".join(grown[id(unit)].heads) + unit.text
    if joined:
        inferred.append(f"{joined} paragraphs cut mid-sentence joined to the one they go on from")
    return kept


# a paragraph that opens on a few quoted words the sentence goes on from: a phrase opening in lower case ('"the slow
# tide", the …') or one with no stop or comma inside, then a comma or a word in lower case ('“Slow Tide”, the …');
# never a quotation that speaks ('“Great idea,” she said', '“We are ready.” …')
QUOTED_PHRASE_GOING_ON = re.compile(r"[\"“‘](?:[a-z][^\"“”’.!?;:]{0,40}[\"”’]|[^\"“”’.!?;:,\s][^\"“”’.!?;:,]{0,40}[\"”’],?\s+[a-z])")
# a day's number after a word a date follows ('… the morning of 14', 'on 4'), never a count's ('phase 2', 'week 3')
DAY_AT_END = re.compile(r"\b(?:on|after|before|until|till|since|by|from|to|of|and|or|the)\s+(?:[1-9]|[12]\d|3[01])$")
# a verb that names the quoted words under it: 'However you term it' / '“the slow tide”, …', '… a plan known as'
NAMES_WHAT_FOLLOWS = re.compile(
    r"\b(?:call|calls|called|name|names|named|term|terms|termed|dub|dubs|dubbed|known as|describes? (?:it|them) as)(?:\s+(?:it|them|this|that))?$"
)
MONTH_OPENING = re.compile(r"(?:" + "|".join(MONTH_NAMES) + r")\b(?![’'-])")  # 'March (the storm …)', 'September 2001, …'


def _sentence_cut_before(before: Unit, text: str) -> bool:
    """A blank line (or a page's break) cut a sentence: the line over it stops on a comma, a word that needs more ('the',
    'of', 'called') or a verb naming what follows ('call it') and the paragraph under it opens on the quoted words the
    sentence goes on with ('However you term it' / '“the slow tide”, the pilots …'; not a subhead, 'What the crews
    mean' / '“the old way”, as …', nor a quotation's credit ending on a name, '… Tackling Old Habits' / '“Old habits”
    are …'), or it stops on a day's number after a word a date follows and the paragraph under it opens on the month
    ('… the morning of 14' / 'June (the day of the spring tide)'; not 'Priorities for phase 2' / 'March 2025 was …').
    Never a list's item over it."""
    end = before.text.rstrip()
    if before.kind != "paragraph" or before.data.get("heading") or is_title_case(end) or not text:
        return False
    if BULLET.match(end) or NUMBERED_ITEM.match(end):
        return False  # '- money for the quay' / '“Money” is …': a list's last item over a paragraph of its own
    leads_into_quoted = end[-1:] == "," or LEADING_WORD.search(end) is not None or NAMES_WHAT_FOLLOWS.search(end) is not None
    if text[0] in QUOTE_OPEN + "‘" and QUOTED_PHRASE_GOING_ON.match(text) and leads_into_quoted and _unfinished(before):
        return True
    return DAY_AT_END.search(end[-40:]) is not None and MONTH_OPENING.match(text) is not None and _prose_line(end)


# a figure's or a table's caption or the note or source under it: its own line, never a sentence going on
FIGURE_OR_NOTE_LABEL = re.compile(rf"(?i:{FIGURE_WORDS}|box|{CREDIT_LABELS})\s*(?:\d|:)")
LEADING_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+")  # '3. ', '2.4 ': a heading's number, no sentence's end
REFERENCE_ENTRY_OPENING = re.compile(r"[A-Z][\w’'-]+,\s+(?:[A-Z]\.\s?){1,3}")  # 'Rowe, T. (2010) …': a list of references' entry
# an author-date entry whose author's name opens on a particle in lower case ('van Leer, A. (1995).', 'du Mont, Th. K.
# (2007).', 'van der Wal, A. B., & Roe, J. (2011).'): a new entry, never a sentence going on
PARTICLE_REFERENCE_ENTRY = re.compile(rf"(?:{NAME_PARTICLES}\s+)+[A-Z][\w’'-]+,\s+(?:[A-Z][a-z]?\.\s?)+[^()]{{0,120}}\(\d{{4}}[a-z]?\)")
NAMED_AND_CREDITED = re.compile(r"(?P<given>[A-Z][\w’'-]+)\s+[A-Z][\w’'-]+,")  # 'Ada Quill, deckhand on …': a credit or a signature
CUT_NAME_REACH = 120  # a paragraph stopping on a capitalised word: a sentence ended this near its end (the name's sentence opened there)
CUT_PARAGRAPH_MIN_WORDS = 8  # a paragraph's words, over a blank line in a PDF's text, that make it prose whatever it stops on


# a paragraph's end on a name's first part, after a word in lower case ('… No less an authority than Bishop Anton')
NAME_START_AT_END = re.compile(r"\b[a-z][\w’'-]*\s+(?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+$")
# the next opening on the name's last part and a verb of a sentence's subject ('Marek has said that …', 'Roe told …')
SURNAME_AND_VERB = re.compile(
    r"^[A-Z][a-z’'-]+\s+(?:(?:has|had|have|is|was)\s+(?:said|told|written|argued|noted|warned|called|pointed)\b|"
    r"(?:said|says|told|tells|wrote|writes|argued|argues|noted|notes|warned|warns|added|adds|insisted|insists)\b)"
)
SURNAME_CUT_MIN_WORDS = 5


def _surname_cut_before(before: Unit, text: str) -> bool:
    """A copy's blank line or line break cutting a sentence inside a name ('No less an authority than Bishop Anton' /
    'Marek has said that “…”'): a paragraph of prose stopping on a given name after words in lower case goes on in
    the next where that opens on one capitalised word and a verb of saying and ends on a sentence's stop. A heading (in
    title case, in capitals) or a list's item stops so too, but is no prose."""
    end = before.text.rstrip()
    return (
        before.kind == "paragraph"
        and not before.data.get("heading")
        and len(end.split()) >= SURNAME_CUT_MIN_WORDS
        and NAME_START_AT_END.search(end[-CUT_NAME_REACH:]) is not None
        and credited_given_name(end.rsplit(None, 1)[-1])  # 'Anton': a given name waiting for its surname; never 'Moscow'
        and not is_title_case(end)
        and not BULLET.match(end)
        and SURNAME_AND_VERB.match(text) is not None
        and text.rstrip()[-1:] in TERMINAL + QUOTE_CLOSE
    )


def _name_cut_before(before: Unit, growth: _Grown | None, text: str) -> bool:
    """In a PDF's text, a paragraph of prose whose last line stops on a word with no stop goes on in the paragraph under
    it, whatever its first letter, where that is prose too: a blank line or a page cut the sentence, often inside a name
    ('… Nell Varga in the Kestel' / 'Evening Courier last winter, wrote, “…”'; where it stops on a capitalised word, a
    sentence ended near its end, so no item of a list of names and posts). Prose over it: lines of their own joined
    (`growth`) or a sentence ended inside it (a heading's number, '3. ', is none; a heading wrapped over two lines has
    none), eight words or more, not in title case or capitals; under it: a sentence's end or a long line, no heading,
    list item, byline, footnote or page furniture, nor a word that opens a new sentence ('The', 'However'), a reference
    list's entry ('Rowe, T. (2010) …'), a post ('Chair of the …', a signature's) or a credited name ('Jane Roe, deckhand
    on …'); neither a page's footnote nor a figure's caption or note."""
    end = before.text.rstrip()
    grown = growth is not None
    labelled = growth.label if growth is not None else FIGURE_OR_NOTE_LABEL.match(before.text) is not None
    return (
        before.kind == "paragraph"
        and not before.data.get("heading")
        and end[-1:].isalpha()
        and (grown or SENTENCE_GAP.search(LEADING_SECTION_NUMBER.sub("", end, count=1)) is not None)  # not '3. How the …'
        and (
            end.rsplit(None, 1)[-1][:1].islower() or SENTENCE_GAP.search(end[-CUT_NAME_REACH:]) is not None
        )  # not a list's item: '… Master of Marine Studies'
        and len(end.split()) >= CUT_PARAGRAPH_MIN_WORDS
        and (grown or (not is_title_case(end) and not end.isupper() and _prose_line(end)))
        and not (labelled or FIGURE_OR_NOTE_LABEL.match(text))  # 'Figure 4. …' / 'Note: …'
        and (grown or not PDF_FOOTNOTE_START.match(before.text))  # '9 Maps for the other sectors are at …' / 'Figure 9 …'
        and text[:1].isupper()
        and not OPENS_A_SENTENCE.match(text)
        and not REFERENCE_ENTRY_OPENING.match(text)
        and not heads_a_post(text)  # '… from the board, Jane Roe' / 'Chair of the Harbour Board, …': a signature's post
        and not _opens_on_a_credited_name(text)
        and (text.rstrip()[-1:] in TERMINAL + QUOTE_CLOSE or len(text) >= LONG_LINE)
        and not (BULLET.match(text) or NUMBERED_ITEM.match(text) or BYLINE.match(text) or PDF_FOOTNOTE_START.match(text))
        and not (furniture_kind(text) or looks_like_heading(text, None))
    )


def _opens_on_a_credited_name(text: str) -> bool:
    """'Ada Quill, deckhand on the ferry for twenty years, …': a given name, a surname and a comma, a quotation's credit or a
    signature's name under what it signs, never a sentence going on."""
    named = NAMED_AND_CREDITED.match(text)
    return named is not None and listed_given_name(named.group("given"))


GROWN_END_KEPT = 240  # characters at the end of a paragraph grown in paragraphs_cut_mid_sentence that its checks read


@dataclass
class _Grown:
    """A paragraph paragraphs_cut_mid_sentence grows: the text before its end, set aside (`heads`), what its checks read
    of the whole paragraph, taken from its opening when it first grew (a page's footnote, a credit line, a figure's label)
    or counted over the pieces set aside (its words, those capitalised, whether one is in lower case)."""

    footnote: bool
    credit: bool
    label: bool
    heads: list[str] = field(default_factory=list)
    words: int = 0  # words not in SMALL_WORDS, as is_title_case counts them
    capitalised: int = 0
    lower_case_word: bool = False

    def set_aside(self, head: str) -> None:
        self.heads.append(head)
        words, capitalised = title_case_counts(head)
        self.words += words
        self.capitalised += capitalised
        self.lower_case_word = self.lower_case_word or LOWER_CASE_WORD.search(head) is not None

    def title_case(self, end: str) -> bool:
        """is_title_case of the whole paragraph, its end `end` (the pieces set aside end on a space: no word runs over)."""
        words, capitalised = title_case_counts(end)
        total = self.words + words
        return total > 0 and (self.capitalised + capitalised) / total >= TITLE_CASE_SHARE

    def prose(self, end: str) -> bool:
        """_prose_line of the whole paragraph: while nothing is set aside its text is whole; once something is, it runs
        to more than 2 * GROWN_END_KEPT characters, no page's number, and its end alone is read for furniture (whose
        lines are short)."""
        if not self.heads:
            return _prose_line(end)
        return (self.lower_case_word or LOWER_CASE_WORD.search(end) is not None) and not self.credit


def _whole(unit: Unit, grown: dict[int, _Grown]) -> bool:
    """The unit's text is the whole paragraph: nothing of it set aside."""
    growth = grown.get(id(unit))
    return growth is None or not growth.heads


def _grow(unit: Unit, text: str, grown: dict[int, _Grown]) -> None:
    """The unit's text is now `text` (its kept end with what it goes on with): all but its last GROWN_END_KEPT characters
    or so, cut after a space, are set aside. When it first grows, the facts its checks read from its opening are kept."""
    growth = grown.get(id(unit))
    if growth is None:
        opening = text[: 2 * GROWN_END_KEPT]
        growth = grown[id(unit)] = _Grown(
            footnote=PDF_FOOTNOTE_START.match(opening) is not None,
            credit=CREDIT_LINE.match(opening) is not None,
            label=FIGURE_OR_NOTE_LABEL.match(opening) is not None,
        )
    cut = text.rfind(" ", 0, len(text) - GROWN_END_KEPT) if len(text) > 2 * GROWN_END_KEPT else -1
    if cut > 0:
        growth.set_aside(text[: cut + 1])
        text = text[cut + 1 :]
    unit.text = text


ADDRESS_PIECE = re.compile(r"[/?=]")  # in the words either side of the cut: pieces of a web address, no sentence's words
PAGE_FRAGMENT = re.compile(r"[A-Z][a-z]{0,3}")  # a line of one short word, no stop: 'An', 'The', 'It'
# a heading found in a flattened page that stops short of its words: on a small word ("Awareness of the", "Events Leading
# Up To and") or a name's possessive ("Jared Kushner's"), the next word in capitals was taken for a new sentence
HEADING_CUT_SHORT = re.compile(r"(?i:\b(?:of|the|a|an|and|or|to|for|in|on|at|by|with|from|as|than|into|about))$|[’']s$")


# TeX's double quotation marks, ``…'', in a plain-text export (a LaTeX source's, a Hansard's): within one paragraph, the
# words inside starting and ending the quotation; a lone '' (an apostrophe given twice, 5'' for inches) stays as it is
TEX_QUOTE = re.compile(r"``(?=[^\s`])(?P<words>(?:[^`'\n]|'(?!')|\n(?![ \t]*\n))+?)(?<=\S)''")


def with_tex_quotes_as_marks(text: str, inferred: list[str]) -> str:
    """ "``Parliament has failed the people''" -> "“Parliament has failed the people”", so that the quotation is read
    as one (not the text between two of them) and no backticks are shown."""
    if "``" not in text:
        return text
    text, found = TEX_QUOTE.subn(lambda m: f"“{m.group('words')}”", text)
    if found:
        inferred.append(f"TeX-style quotation marks ``…'' read as “…” ×{found}")
    return text


# words in brackets as a converter to Markdown (html2text, turndown) escapes them, in a text copied from its output:
# "“I think \\[the\\] nation, working together”", an editor's word put into a quotation
ESCAPED_BRACKETS = re.compile(r"\\\[(?P<words>[^\[\]\\\n]{1,60})\\\]")


def with_markdown_bracket_escapes_read(text: str, inferred: list[str]) -> str:
    """ "\\[the\\]" in a plain-text export -> "[the]": the backslashes are Markdown's escapes, which the import (writing
    Markdown) would otherwise keep as text for the reader to see."""
    if "\\[" not in text:
        return text
    text, found = ESCAPED_BRACKETS.subn(lambda m: f"[{m.group('words')}]", text)
    if found:
        inferred.append(f"words in brackets escaped for Markdown, \\[…\\], read as […] ×{found}")
    return text


# a text copied from a converter's Markdown (html2text, turndown, a scraper's '.md' saved as text) keeps the backslash it
# writes before punctuation Markdown might read as markup: '\(APGA\)', 'patient\!', '\*Culled from …'
OTHER_BACKSLASH = re.compile(r"\\(?!" + ESCAPABLE + r"|\s|$)", re.M)  # before a letter or a digit: a path, a regex, TeX's command


def with_markdown_escapes_read(text: str, inferred: list[str]) -> str:
    """Markdown's backslash escapes in a plain-text export read as their characters, where every backslash in the text is
    one: a text with a backslash before a letter or a digit (a Windows path, a regex, TeX) keeps them all as typed."""
    if "\\" not in text or OTHER_BACKSLASH.search(text):
        return text
    text, found = ESCAPED.subn(lambda m: m.group("char"), text)
    if found:
        inferred.append(f"characters escaped for Markdown ('\\(', '\\.', '\\!') read as the characters ×{found}")
    return text


def with_unicode_breaks(text: str) -> str:
    """Unicode's paragraph and line separators (U+2029, U+2028), which some sites and word processors put between
    paragraphs and which most viewers show as nothing ("… gun owners.\u2029But Democrats …"), as a blank line and a
    line end."""
    if "\u2029" not in text and "\u2028" not in text:
        return text
    return text.replace("\u2029", "\n\n").replace("\u2028", "\n")


# inline HTML a Markdown post or a CMS export keeps in its text ("<i>The Straits Times</i>", "<b>Angel Ng, 50, was …</b>",
# '<p style="font-size:15px;">…</p>'): tags of emphasis and wrappers, read as their words (a table's "<br>" cells stay)
INLINE_HTML_TAG = re.compile(r"</?(?:b|strong|i|em|u|p|span|font)(?:\s[^<>\n]{0,200})?>", re.I)


def without_inline_html(text: str, inferred: list[str]) -> str:
    """A text's inline HTML tags of emphasis and its paragraph and span wrappers dropped, their words kept, as the
    importer keeps no emphasis: no tag is shown as text. Only in a text that closes a tag ("</")."""
    if "</" not in text:
        return text
    text, found = INLINE_HTML_TAG.subn("", text)
    if found:
        inferred.append(f"inline HTML tags of emphasis and wrappers dropped, their words kept ×{found}")
    return text


WORD_GAP = re.compile(r"(?<=\S) (?=\S)")
DOUBLED_WORD_GAP = re.compile(r"(?<=[^\s.!?:;]) {2,}(?=\S)")  # not the two spaces a typist sets after a sentence's stop
DOUBLED_GAPS_SHARE = 0.5


def with_single_word_spaces(text: str, inferred: list[str]) -> str:
    """A text whose words are set two spaces apart throughout (a justified PDF's text, a parliament's record as its
    viewer copies it: 'HON.  JANE  ROE  (Member  for  Eastwick):  Mr  Speaker, …'): one space between words. A text with
    a few doubled gaps (after a stop, between a label and its title) keeps them."""
    doubled = len(DOUBLED_WORD_GAP.findall(text))
    if not doubled or doubled < DOUBLED_GAPS_SHARE * (doubled + len(WORD_GAP.findall(text))):
        return text
    inferred.append(f"words set two spaces apart throughout ({doubled} gaps), read one space apart")
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)
