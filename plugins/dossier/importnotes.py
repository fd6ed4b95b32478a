"""Notes and note markers: the notes listed under the text (or at a page's foot), the markers that cite them
(bracketed, glued to a word, bare), their keys, their order and the checks that each marker has its note."""

from __future__ import annotations

import bisect
import re

from .bylines import AUTHOR_BIOS_WORDS
from .contactlines import E_MAIL_ADDRESS
from .dates import MONTH_NAMES
from .furniture import furniture_kind
from .headings import BULLET, _finished, _glued, looks_like_heading
from .importunits import CLAUSE_MARKER_GAP, NOTE_MARKER, NOTES_HEADING, QUOTE_CLOSE, TERMINAL, Meta, Problem, Unit, _plain, _shorten
from .markdownexport import LITERAL_BRACKET
from .roman import is_roman, roman_value
from .text import escape_markdown, squash_spaces

NOTE_LINE = re.compile(r"^\[(?P<key>\d{1,3}|[ivxlcdm]{1,7})\]\s*(?P<text>.*)$")
ESCAPED_NOTE_MARKER = re.compile(r"(?<!\\)\[(?P<key>\d{1,3}|[ivxlcdm]{1,7})\]")
ALTERED_LETTER = re.compile(r"\[[a-z]\][a-z]")  # '[i]n': a quotation's first letter set in lower case, no note's marker
# a pinpoint to a judgment's, a speech's or a report's numbered paragraphs, as legal and government papers cite them: 'at
# [18]-[39]', 'paragraphs [12] and [14]', 'at pages [28]-[29]', a bare range '[275]-[278]'; no note marker
PARAGRAPH_PINPOINT = re.compile(
    r"(?:\b(?:at|paras?\.?|paragraphs?|pages?|pp?\.)\s+|(?=\[\d{1,4}\]\s*[-–—]\s*\[\d))\[\d{1,4}\](?:\s*(?:[-–—]|,|and|to|&)\s*\[\d{1,4}\])*",
    re.I,
)


def note_markers(text: str, pattern: re.Pattern[str] = NOTE_MARKER) -> list[re.Match[str]]:
    """The text's note markers ('[12]'), leaving out its pinpoints to numbered paragraphs ('at [12]', '[3]-[5]') and a
    quotation's altered letter, glued to the rest of its word ('‘[i]n torture …’', '[v]ictims'), as scholars mark a change of case."""
    pinpoints = [m.span() for m in PARAGRAPH_PINPOINT.finditer(text)]
    return [
        m
        for m in pattern.finditer(text)
        if not any(start <= m.start() < end for start, end in pinpoints) and not ALTERED_LETTER.match(text, m.start())
    ]


VIDEO_LEFTOVER = re.compile(r"^to (?:view|watch|see) (?P<what>.+?),?\s+click (?:here|below|the (?:image|video))\b.*$", re.I)
AUTHOR_NOTE = re.compile(r"^\*+\s*(?P<text>\S.*)$")


CLOSING_FOOTNOTE = re.compile(r"^(?P<key>\d{1,3})\.?\s+(?P<text>[A-Z“\"‘'(\[].*)$")  # "1 Not printed." under the text
CLOSING_FOOTNOTES_REACH = 6  # the last note is looked for among the text's last units
CLOSING_FOOTNOTE_GAP = 3  # a note's text broken into paragraphs: as many between one numbered line and the next


# what a citation in a notes list has: a link's 'available here', a pinpoint 'at [18]' or 'p. 4', 'Ibid.', 'See …', a title
# in marks, a publisher and year in brackets '(World Justice Project, 2020)', a web address
CITATION_SIGN = re.compile(
    r"\bavailable (?:here|at|online|from)\b|\bat (?:pages? )?\[\d|\bpp?\.\s?\d|\b(?:ibid|op\.? cit)\b|\bId\.|^See\b|https?://|www\.|"
    r"[\"“][^\"“”]{8,}[\"”]|\([^()]*\b(?:1[89]|20)\d\d\)",
    re.I,
)
UNCITED_NOTES_MIN = 3
UNCITED_NOTE_WORDS = 80
UNCITED_NOTES_TAIL = 2  # short lines the page keeps under its notes ('Last updated on 5 May 2020')


def _uncited_closing_notes(body: list[Unit]) -> set[str]:
    """A statement's or a letter's footnotes copied from a page that set their markers as superscripts the copy lost: a
    run numbered from 1 again under the text ('1. Second Reading Speech … at [18]-[39], available here.' / '2. …'),
    every item short and nearly all of them citations. A closing numbered list of points (recommendations, demands) cites
    nothing. Gives the run's numbers, else none."""
    numbered = [(i, m.group("key")) for i, u in enumerate(body) if u.kind == "paragraph" and (m := CLOSING_FOOTNOTE.match(u.text.strip()))]
    if not numbered:
        return set()
    end = numbered[-1][0]
    if any(len(u.text.split()) > 15 or u.kind != "paragraph" for u in body[end + 1 :]) or len(body) - 1 - end > UNCITED_NOTES_TAIL:
        return set()
    run = [numbered[-1]]
    for index, key in reversed(numbered[:-1]):
        if int(key) != int(run[0][1]) - 1 or run[0][0] - index > 1:
            break
        run.insert(0, (index, key))
    items = [body[i].text for i, _ in run]
    if len(run) < UNCITED_NOTES_MIN or run[0][0] == 0 or run[0][1] != "1":
        return set()
    if any(len(text.split()) > UNCITED_NOTE_WORDS for text in items) or 3 * sum(bool(CITATION_SIGN.search(t)) for t in items) < 2 * len(items):
        return set()
    return {str(n) for n in range(1, len(run) + 1)}


def closing_footnotes(body: list[Unit], notes: list[Unit], inferred: list[str]) -> None:
    """Notes the text cites ('[1] At the outset …', '… in the United States. [29]') defined at its end by their bare
    numbers, one after another ('1 Not printed.'; a report's notes pages '29 “Switchboard,” …' / '30 In January …'), as
    a volume of documents prints an editor's footnote or a PDF's text its notes: read as the notes. The run is read
    from the end up, each number one less than the last; a note's text broken into paragraphs goes with its number."""
    defined = {n.data.get("key") for n in notes}
    wanted = {m.group("key") for u in body if u.kind in ("paragraph", "quote", "bullet") for m in note_markers(u.text)} - defined
    uncited = not wanted and not notes and not any(note_markers(u.text) for u in body)
    if uncited:
        wanted = _uncited_closing_notes(body)  # the export lost the markers: the notes' own shape must say they are notes
    if not wanted:
        return

    def numbered(unit: Unit) -> str | None:
        found = CLOSING_FOOTNOTE.match(unit.text.strip()) if unit.kind == "paragraph" else None
        return found.group("key") if found and found.group("key") in wanted else None

    last = next((i for i in range(len(body) - 1, max(-1, len(body) - 1 - CLOSING_FOOTNOTES_REACH), -1) if numbered(body[i])), None)
    if last is None:
        return
    run, expected, gap = [last], int(numbered(body[last]) or 0) - 1, 0
    for index in range(last - 1, -1, -1):
        if expected < 1 or gap > CLOSING_FOOTNOTE_GAP:
            break
        if numbered(body[index]) == str(expected):
            run.insert(0, index)
            expected, gap = expected - 1, 0
        elif body[index].kind == "paragraph":
            gap += 1
        else:
            break
    taken, first_line = set(), body[run[0]].line
    for position, index in enumerate(run):
        unit = body[index]
        found = CLOSING_FOOTNOTE.match(unit.text.strip())
        assert found is not None  # each index of the run is a numbered line
        rest = range(index + 1, run[position + 1]) if position + 1 < len(run) else range(0)
        unit.kind, unit.data["key"] = "note", found.group("key")
        unit.text = " ".join([found.group("text").strip(), *(body[i].text.strip() for i in rest)])
        notes.append(unit)
        taken.update([index, *rest])
    body[:] = [u for i, u in enumerate(body) if i not in taken]
    if uncited:
        inferred.append(
            f"{len(run)} citations numbered from 1 again under the text (from line {first_line}) read as its notes (no bracketed marker cites them)"
        )
    else:
        inferred.append(f"{len(run)} notes numbered under the text (from line {first_line}) read as the notes it cites")


NUMBERED_ITEM = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")


ENDNOTE_LINE = re.compile(r"^(?P<key>\d{1,3})(?:\.\s+|\s+(?=[A-Z“\"‘'(\[]))(?P<text>\S.*)$")  # '12. Varga, Selected Speeches I, 45.', '12 Ibid.'
ENDNOTES_MIN = 3
ENDNOTE_PARAGRAPHS = 6  # a note's further paragraphs (a passage it quotes, its original wording) between two numbered ones
LAST_ENDNOTE_PARAGRAPHS = 2  # … under the last one, up to a heading or the end: more are the text going on
ENDNOTES_CITED = 0.5  # of the list's notes, as many cited by numbers glued to the words, in order


# a note citing a work again by its short title alone, '82. “Activities at the Harbour.”': short enough to be read as a
# numbered heading, but closed by a sentence's stop as no heading is
TITLE_NOTE_END = re.compile(r"[.!?][”\"’]?$")


def _finished_title_note(text: str) -> bool:
    """A numbered line read as a heading that is a note's whole text: it ends on a sentence's stop."""
    return bool(TITLE_NOTE_END.search(text.strip()))


def _endnote_run(body: list[Unit]) -> list[int]:
    """The numbered paragraphs closing the text, numbered up from 1 (a number the export ran into the note above may be
    missing), with no heading between them and at most a few paragraphs of a note's own between two: their indexes."""
    numbered = {
        i: int(m.group("key"))
        for i, u in enumerate(body)
        if (u.kind in ("paragraph", "bullet") or (u.kind == "heading" and _finished_title_note(u.text))) and (m := ENDNOTE_LINE.match(u.text.strip()))
    }
    last = next((i for i in range(len(body) - 1, max(-1, len(body) - 1 - CLOSING_FOOTNOTES_REACH), -1) if i in numbered), None)
    if last is None:
        return []
    run, gap = [last], 0
    for index in range(last - 1, -1, -1):
        number = numbered.get(index)
        if number is not None and numbered[run[0]] - 2 <= number < numbered[run[0]]:
            run.insert(0, index)
            gap = 0
            if number == 1:
                break
        elif body[index].kind in ("paragraph", "quote") and number is None and gap < ENDNOTE_PARAGRAPHS:
            gap += 1
        else:
            break
    if numbered[run[0]] != 1:
        return []
    if len(run) >= ENDNOTES_MIN:
        return run
    # one or two notes: the last lines of the text, one under the other, nothing between them or under them
    return run if run == list(range(len(body) - len(run), len(body))) else []


def _glued_in_order(body: list[Unit], count: int) -> int:
    """How many of the numbers 1 … count the text's words carry glued to them, in order ('it.1', '(UP)2', '”4')."""
    expected = found = 0
    for unit in body:
        if unit.kind not in ("paragraph", "quote", "bullet"):
            continue
        for match in GLUED_MARKER.finditer(unit.text):
            number = int(match.group("key"))
            if expected < number <= min(expected + 3, count):
                expected, found = number, found + 1
    return found


def _literal_brackets(text: str) -> str:
    """The text with its bracketed numbers ('[2]') held as the text's own, never read as note markers."""
    for match in reversed(note_markers(text)):
        text = text[: match.start()] + LITERAL_BRACKET + text[match.start() + 1 :]
    return text


def closing_endnote_list(body: list[Unit], notes: list[Unit], inferred: list[str]) -> None:
    """A paper's endnotes listed under its text with no Notes heading over them ('1. For an overview, see …' / '2. …', a
    numbered list closing the text), their markers the numbers glued to the words ('sustained it.1'): where half the
    list's numbers or more stand so in the text above, in order, the list is its notes, each with the paragraphs under it
    up to the next number (a passage it quotes), and never the text's paragraphs. A closing list of points cites nothing."""
    run = [] if notes else _endnote_run(body)
    bracketed = [u for u in body if not u.data.get("brackets no markers") and note_markers(u.text)] if run else []
    if not run or len(bracketed) > 1:
        return
    count = int(ENDNOTE_LINE.match(body[run[-1]].text.strip()).group("key"))  # type: ignore[union-attr]
    glued = _glued_in_order(body[: run[0]], count)
    elsewhere = _glued_in_order([u for u in body[: run[0]] if u not in bracketed], count)
    if count < ENDNOTES_MIN and (glued < count or bracketed):
        return  # one or two notes closing the text: each number glued to the words above, in order, and nothing else cites
    if count >= ENDNOTES_MIN and (glued < max(ENDNOTES_MIN, ENDNOTES_CITED * count) or (bracketed and elsewhere < ENDNOTES_MIN - 1)):
        return  # bracketed numbers in one paragraph cite the notes unless glued ones cite them in others too
    for unit in bracketed:  # a quoted passage the author numbered ('[1] in the history of …', '[numbers added]')
        unit.text = _literal_brackets(unit.text)
    end = next((i for i in range(run[-1] + 1, len(body)) if body[i].kind not in ("paragraph", "quote")), len(body))
    end = end if end - run[-1] - 1 <= LAST_ENDNOTE_PARAGRAPHS else run[-1] + 1  # the last note's paragraphs, not the text going on
    bounds = [*run, end]
    for index, start in enumerate(run):
        unit = body[start]
        found = ENDNOTE_LINE.match(unit.text.strip())
        assert found is not None  # each of the run is a numbered paragraph
        unit.kind, unit.data["key"] = "note", found.group("key")
        unit.text = " ".join([found.group("text").strip(), *(body[i].text.strip() for i in range(start + 1, bounds[index + 1]))])
        notes.append(unit)
    first_line = body[run[0]].line
    body[:] = _under_notes_heading(body[: run[0]], inferred) + body[end:]
    inferred.append(f"{len(run)} numbered notes closing the text (from line {first_line}), cited by numbers glued to its words, read as its notes")


DISCLAIMER_PARAGRAPHS = 2


def _under_notes_heading(above: list[Unit], inferred: list[str]) -> list[Unit]:
    """The text above a notes list taken out of it: the list's Notes heading goes with it, and the paragraph or two between
    them (the paper's disclaimer, 'The views in this article are the author's own …') is the editors' note, never a
    section of its own."""
    heading = next((i for i in range(len(above) - 1, max(-1, len(above) - 2 - DISCLAIMER_PARAGRAPHS), -1) if above[i].kind == "heading"), None)
    if heading is None or not NOTES_HEADING.match(above[heading].text.strip()):
        return above
    between = above[heading + 1 :]
    if any(unit.kind != "paragraph" for unit in between):
        return above
    for unit in between:
        unit.kind = "editorial"
    if between:
        inferred.append(f"line {between[0].line}: the note between the Notes heading and its list set apart as the editors' note")
    return above[:heading] + between


# a note number glued to a word or a stop ('it.1', 'Destiny."83'), or set off by a space after a closing quote at a sentence's
# or the paragraph's end ('… together …” 134'), or after a semicolon at the paragraph's end ('… Skerry (Harbourland); 2'); after a number's stop only at a sentence's end ('No. 36.29 The', not
# 'Section 4.1.' or '1.2 million'), never after 'No.' ('No.10')
GLUED_MARKER = re.compile(
    r"(?:(?<!\d\.)|(?=\d{1,3}(?:\s+[A-Z“\"]|\s*$)))(?<!\bNo\.)(?:(?<=[a-z.,;:!?\"”’)\]])|(?<=[”\"’])\s(?=\d{1,3}(?:\s*$|\s+[A-Z“]))|"
    rf"{CLAUSE_MARKER_GAP})"
    r"(?P<key>\d{1,3})(?=[\s,;:.)]|$)"
)


SENTENCE_GOES_ON = re.compile(r"\s+[A-Z“\"]|\s*$")  # after a note number: the next sentence, or the paragraph's end
# a report's numbered paragraph ('1.1 The Commissioner …', '4.12 In the event …'), as inquiries, committees and ombudsmen
# number theirs: its number opens the paragraph, and no part of it is a note's marker
DECIMAL_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})+\.?(?=\s)")


# on a converter's page, where the note's page bounds it, a marker may follow a capital or sit inside a closing mark too:
# 'in the UK19 doing', '“unequivocal69”'; and set off by a space after a semicolon at the paragraph's end
PAGE_GLUED_MARKER = re.compile(rf"(?:(?<=[A-Za-z.,;:!?\"”’)\]])|{CLAUSE_MARKER_GAP})(?P<key>\d{{1,3}})(?=[\s,;:.)”’\"]|$)")


def _footnote_pages(notes: list[Unit], body: list[Unit]) -> dict[str, tuple[int, int]]:
    """A page footnote is cited on its page, above it: for each note's key, the lines from the page's text (after the
    notes of the page before) down to the note."""
    text_lines = sorted(unit.line for unit in body)
    apart = sorted(unit.data["end"] for unit in body if unit.data.get("notes apart"))  # a cover's notes, counted apart
    pages: dict[str, tuple[int, int]] = {}
    start = above = 0
    for unit in sorted(notes, key=lambda n: n.line):
        following = bisect.bisect_right(text_lines, above)
        if following < len(text_lines) and text_lines[following] < unit.line:
            start = above  # the page's text stands between the note above and this one: a new page's notes
        start = max([start] + [line for line in apart if line < unit.line])
        pages[unit.data["key"]] = (start, unit.line)
        above = unit.line
    return pages


# '(Quay Post 3/5/02, 2,7)': the next of a short list of pages or figures inside an open bracket, no note's number ('between
# 1990 and 2019,2 when' keeps its marker)
LISTED_NUMBER = re.compile(r"\([^()]{0,80},\s*\d{1,4},$")


def glued_note_markers(body: list[Unit], keys: set[str], inferred: list[str], pages: dict[str, tuple[int, int]] | None = None) -> None:
    """Note numbers glued to words ('it.1', 'Destiny."83'): taken as markers only where they run in order, or cite again,
    at the end of a sentence, a note already cited ('… in Kyiv.2' after note 4): never a figure's decimals ('1.2 million').
    A converter's page footnote is cited on its page, above it (`pages`), in any order: a cover's note numbered apart
    ('Skepticalscience.com2') cites none of the report's."""
    expected = 1
    changed = 0
    for unit in body:
        numbered = DECIMAL_PARAGRAPH_NUMBER.match(unit.text)
        paragraph_number = numbered.end() if numbered else 0

        def replace(match: re.Match[str], line: int = unit.line, paragraph_number: int = paragraph_number) -> str:
            nonlocal expected, changed
            number = int(match.group("key"))
            if (
                match.group("key") not in keys
                or match.end() <= paragraph_number
                or LISTED_NUMBER.search(match.string[max(0, match.start() - 100) : match.start()])
            ):
                return match.group(0)
            if pages is not None:
                if not pages[match.group("key")][0] < line < pages[match.group("key")][1]:
                    return match.group(0)
                changed += 1
                return f"[{number}]"
            if expected <= number <= expected + 2:
                expected, changed = number + 1, changed + 1
                return f"[{number}]"
            before = match.string[max(0, match.start() - 2) : match.start()]
            if number < expected and re.fullmatch(r"[a-z)\]”\"’][.!?]|[a-z.!?][”\"’]", before) and SENTENCE_GOES_ON.match(match.string, match.end()):
                changed += 1
                return f"[{number}]"
            return match.group(0)

        unit.text = (GLUED_MARKER if pages is None else PAGE_GLUED_MARKER).sub(replace, unit.text)
    if changed:
        inferred.append(f"{changed} note numbers glued to the text (like 'it.1') read as note markers")


# a footnote's number glued to the word it follows, or to the stop after it ("good.328 According", "Georgia.313 Cohen",
# "said,12 and"): never after a digit or a capital's stop ("4.5 percent", "Section 2.3", "$6.50", "IV.A.1"), nor to a
# short word's letters ("h1 h2", "mp3")
GLUED_FOOTNOTE = re.compile(r"(?:(?<=[a-z][.,;:!?])|(?<=[a-z][.,!?][\"”’])|(?<=[a-z]{3}))(?P<key>\d{1,4})(?=\s|$)")
GLUED_FOOTNOTES_MIN = 5  # fewer numbers running in order may be chance
GLUED_STEP = 10  # the next note's number, those the PDF's text lost or set apart ("?l" for 311, "emails 281") passed over
GLUED_REACH = 30_000  # characters from one note's number to the next: a volume numbering from 1 again starts a new run


def _glued_runs(places: list[tuple[int, int]]) -> set[int]:
    """The places (text offset, number) whose numbers run up in order, each a few above the one before it and near it:
    runs of GLUED_FOOTNOTES_MIN or more, longest first, each place in one run."""
    length: list[int] = []
    before: list[int] = []
    latest: dict[int, int] = {}  # a number's latest place
    for index, (offset, number) in enumerate(places):
        best, link = 1, -1
        for previous_number in range(number - 1, max(0, number - GLUED_STEP) - 1, -1):
            previous = latest.get(previous_number)
            if previous is not None and offset - places[previous][0] <= GLUED_REACH and length[previous] + 1 > best:
                best, link = length[previous] + 1, previous
        length.append(best)
        before.append(link)
        latest[number] = index
    taken: set[int] = set()
    for end in sorted(range(len(places)), key=lambda index: (-length[index], index)):
        if length[end] < GLUED_FOOTNOTES_MIN or end in taken:
            continue
        run, index = [], end
        while index >= 0 and index not in taken:
            run.append(index)
            index = before[index]
        if len(run) >= GLUED_FOOTNOTES_MIN:
            taken.update(run)
    return taken


def glued_footnote_numbers(body: list[Unit], inferred: list[str], problems: list[Problem]) -> None:
    """A PDF's footnote numbers glued to the words they follow, in a text whose notes were not found apart: the glued
    numbers that run 1, 2, 3 … through the text (a number or two lost, a second volume counting from 1 again) are its
    note markers. With no note texts to point to, they are taken out of the words ('good.328 According' reads 'good.
    According') and the problem says so; out of order they are the text's own ('quay.7 was'). Such a text's notes are
    these numbers: a number in brackets in it ('[1] etter', a bracketed letter the PDF's text misread) is no marker."""
    matches: list[tuple[int, re.Match[str], str]] = []
    places: list[tuple[int, int]] = []
    offset = 0
    for index, unit in enumerate(body):
        if unit.kind in ("paragraph", "quote", "bullet"):
            for match in GLUED_FOOTNOTE.finditer(unit.text):
                key = match.group("key")
                for number, quote in ((key, ""), (key[1:], '"')) if key[:1] == "9" and len(key) > 1 else ((key, ""),):
                    matches.append((index, match, quote))  # '9' for the closing quote the PDF's text misread: 'tragedy.957'
                    places.append((offset + match.start(), int(number)))
        offset += len(unit.text) + 1
    taken: dict[tuple[int, int], tuple[re.Match[str], str]] = {}
    for position in sorted(_glued_runs(places)):
        index, match, quote = matches[position]
        taken.setdefault((index, match.start()), (match, quote))  # a number read both ways is one marker
    if not taken:
        return
    for (index, _), (match, quote) in sorted(taken.items(), reverse=True):
        body[index].text = body[index].text[: match.start()] + quote + body[index].text[match.end() :]
    for unit in body:
        if NOTE_MARKER.search(unit.text):
            unit.data["brackets no markers"] = True
    inferred.append(f"{len(taken)} footnote numbers glued to the words they follow (like 'good.328') read as note markers")
    problems.append(
        Problem(
            body[min(taken)[0]].line,
            f"{len(taken)} footnote numbers glued to words are note markers, but the notes' texts are not set apart in the "
            "export (a PDF's page footnotes run into the text): the numbers are taken out of the words",
        )
    )


SITE_ITEMS_MIN = 5
SITE_ITEM_WORDS = 12


def _site_items_after_notes(units: list[Unit], position: int, end: int | None) -> list[int]:
    """A page's notes list may end on a line in capitals that opens the site's own items ('PROGRAMS', 'SEARCH' and their
    links and topic tags) rather than more of the report: where that line and all after it, up to the story's end, are
    short lines with no sentence among them, five or more, they are the site's. A heading in capitals over prose
    ('ABOUT THE AUTHORS' over a paragraph) is the report's."""
    stop = end if end is not None else len(units)
    rest = list(range(position, stop))
    if len(rest) < SITE_ITEMS_MIN:
        return []
    for index in rest:
        text = units[index].text.strip()
        if len(text.split()) > SITE_ITEM_WORDS or text[-1:] in TERMINAL:
            return []
    return rest


# the headings a think tank's or a paper's site sets after a paper's notes: its author's box, its lists of other pieces,
# its calls and its site map ('About the author', 'Related articles', 'Keep reading', 'Site map'), in any case; never
# 'About the project' or 'About the series', a part of the report that goes on after its notes
SITE_HEADING_AFTER_NOTES = re.compile(
    rf"^(?:(?P<author>{AUTHOR_BIOS_WORDS}|the\s+authors?|authors?)"
    r"|related(?:\s+(?:articles?|reading|content|posts?|research|publications?|stories|topics|analysis|commentary|work|experts?))?"
    r"|keep\s+reading|read\s+(?:more|next)|more\s+(?:from|on|by|in)\b.{0,40}|more\s+(?:reading|research|publications)"
    r"|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended(?:\s+(?:reading|for\s+you))?|(?:most\s+)?(?:popular|read)"
    r"|latest(?:\s+(?:research|publications|analysis|commentary|news))?|site\s*map|explore(?:\s+more)?|topics|tags|share(?:\s+this)?"
    r"|newsletters?|subscribe|sign\s+up|follow\s+us|stay\s+(?:connected|informed|in\s+touch)|connect\s+with\s+us|contact(?:\s+us)?"
    r"|support\s+(?:us|our\s+work)|donate|about\s+us)"
    r"\s*:?$",
    re.I,
)


def site_heading_after_notes(text: str) -> str | None:
    """A heading of the site's after the paper's notes list: 'author' for the author's box (its paragraphs are the author's
    note), 'site' for the others (all after it is the site's), None for a line of the notes."""
    match = SITE_HEADING_AFTER_NOTES.match(text.strip())
    if match is None:
        return None
    return "author" if match.group("author") else "site"


def _rest_is_notes(units: list[Unit], position: int) -> bool:
    """A `[n] text` line starts the notes list only if everything after it is notes or page leftovers."""
    for unit in units[position:]:
        text = unit.text
        if NOTE_LINE.match(text) or AUTHOR_NOTE.match(text) or NOTES_HEADING.match(text):
            continue
        if furniture_kind(text) or VIDEO_LEFTOVER.match(text):
            continue
        return False
    return True


PAGE_FOOTNOTE = re.compile(r"^(?:\[(?P<k1>\d{1,3})\]|(?P<k2>\d{1,3})\.?(?=\s+[A-Z“\"‘']))\s*(?P<text>\S.*)$")


BRACKETED_NUMBER = re.compile(r"\[(\d+)\]")
# a number glued to a word or a stop and ended by a space, a stop or the line's end: every such number is a whole run of digits
GLUED_NUMBER = re.compile(r"(?<=[a-z.,;:!?\"”’)])(\d+)(?=[\s,;:.)]|$)")


MONTH_WORD = "|".join([*MONTH_NAMES, *(rf"{name[:3]}\.?" for name in MONTH_NAMES), r"Sept\.?"])
# a number inside a page's footnotes run together on one line ('… 7 Nov 2001 33 Ibid.'), the next note's if it is one more
# than the note read: before a word that is no lower-case word's and no month's ('… Estimates, 6 June 2002' is a date), no
# bracket's and no quotation's ('item 3 (a)', 'Table 3 “Ages …”' are the note's own), or closing the line
RUN_NOTE_NUMBER = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,3})(?=\s+(?!(?:" + MONTH_WORD + r")\b)[^\sa-z(\[“\"‘'«„]|\s*$)")
# '… p. 12', '… item 3', '… Appendix 3', '… Table 3' closing a note: the page or the part cited, no next note
PAGE_REFERENCE_END = re.compile(r"\b(?:pp?|pages?|paras?|no|vol|at|items?|s)\.?\s*\d+$", re.I)
PART_REFERENCE_END = re.compile(r"\b[A-Z][a-z]+\s+\d+$")
CARRIED_NOTE_MOST = 200  # a note's words carried to the line under the run are a note's length, never a page's paragraph


def _run_together_notes(first: int, text: str) -> list[tuple[str, str]]:
    """A page's footnotes run together on one line: `text` holds note `first`'s words (its number aside) and, from the
    next number on (one more each time), the next notes' own. The last may be only its number, closing the line: its
    words are carried over to the next line (`carried_key`)."""
    notes: list[tuple[str, str]] = []
    key, at = first, 0
    while True:
        following = next((found for found in RUN_NOTE_NUMBER.finditer(text, at) if int(found["n"]) == key + 1), None)
        if following is None or (following.end() == len(text.rstrip()) and _cites_a_part(text[: following.end()])):
            notes.append((str(key), text[at:].strip()))
            return notes
        notes.append((str(key), text[at : following.start()].strip()))
        key, at = key + 1, following.end()


def _cites_a_part(text: str) -> bool:
    return PAGE_REFERENCE_END.search(text) is not None or PART_REFERENCE_END.search(text) is not None


def _number_kept(notes: list[tuple[str, str]]) -> None:
    """The number closing a run whose words the next line does not carry: the last note's own words ('… 2019 3')."""
    if len(notes) > 1 and not notes[-1][1]:
        key, _ = notes.pop()
        notes[-1] = (notes[-1][0], f"{notes[-1][1]} {key}")


def page_footnotes(units: list[Unit], start: int) -> dict[int, list[tuple[str, str]]]:
    """A PDF's page footnotes kept between the body's paragraphs: '[22] Abel, Missile Crisis, 14.' (or '22 Abel, …' with the
    marker glued to the word in the body) after the paragraph citing it and before the next page's text. They are taken
    only as a run numbered up from 1, each cited above it, with body text after the first (notes only at the end are
    read by the Notes-list rules)."""
    found: dict[int, list[tuple[str, str]]] = {}
    laid_out = {p: units[p] for p in range(start, len(units)) if units[p].data.get("footnote")}
    if laid_out:  # the page footnotes the PDF's layout set apart (pdftext)
        return {p: [(unit.data["footnote"], unit.text[len(unit.data["footnote"]) :].strip())] for p, unit in laid_out.items()}
    if any(u.data.get("md_note") for u in units[start:]):
        return {}  # an export defining its notes ('[^1]: …'): its numbered lines are its own (a contents list's '1. Review …')
    last = 0
    cited_above = 0
    text_above: list[str] = []  # the lines over the one read, but numbered lines, each after a line break
    bracketed_above: set[str] = set()  # the markers cited in them, '[22]', each read once (not the whole text at each line)
    glued_above: set[str] = set()  # and the numbers glued to a word or a stop, '…crisis.22'
    above_first = ""  # the text over the first numbered line
    bare = True  # every numbered line's number bare ('12. …'), its marker glued to a word
    carried = ""  # the key of a note whose number closed the line above, its words on this line
    carried_from = 0  # the line of that number
    for position in range(start, len(units)):
        text = units[position].text
        heading = units[position].data.get("heading") or units[position].data.get("contents")
        if carried and (heading or PAGE_FOOTNOTE.match(text) or len(text) > CARRIED_NOTE_MOST):
            _number_kept(found[carried_from])
            last = int(found[carried_from][-1][0])
            carried = ""
        if carried:
            found[position] = _run_together_notes(int(carried), text)
            last = int(found[position][-1][0])
            cited_above += sum(key in glued_above for key, _ in found[position])
            carried, carried_from = (found[position][-1][0] if not found[position][-1][1] else ""), position
            continue
        carried = ""
        match = None if heading else PAGE_FOOTNOTE.match(text)
        key = int(match.group("k1") or match.group("k2")) if match else 0
        if match and last < key <= last + 3 and (key == 1 or found):
            bracketed = bool(match.group("k1"))
            notes = [(str(key), match.group("text").strip())] if bracketed else _run_together_notes(key, match.group("text"))
            cited_above += sum(
                (bracketed and k in bracketed_above) or (not bracketed and k in glued_above) for k, note in notes if note or k == str(key)
            )
            found[position] = notes
            above_first = above_first or "".join(text_above)
            bare = bare and not bracketed
            last = int(notes[-1][0])
            carried, carried_from = (notes[-1][0] if not notes[-1][1] else ""), position
            continue
        text_above.append("\n" + text)
        bracketed_above.update(BRACKETED_NUMBER.findall(text))
        glued_above.update(GLUED_NUMBER.findall(text))
    for notes in found.values():
        notes[:] = [(key, note) for key, note in notes if note]  # a number whose words the next line did not carry
    noted = sum(len(notes) for notes in found.values())
    if noted < 3 or cited_above < 0.8 * noted or (bare and _cited_before_the_first(found, above_first)):
        return {}
    first = min(found)
    if not any(
        position > first and position not in found and len(units[position].text) >= 60 and not furniture_kind(units[position].text)
        for position in range(first, len(units))
    ):
        return {}  # every numbered line is at the end, or only the page's furniture after them: a notes list, read by the rules for one
    return found


def _cited_before_the_first(found: dict[int, list[tuple[str, str]]], above_first: str) -> bool:
    """Every note cited above the first numbered line: a notes list closing the text (its notes' own paragraphs between
    its numbers), not a page's footnotes, which the pages after the first cite below it."""
    keys = [key for notes in found.values() for key, _ in notes]
    glued = {m.group("key") for m in GLUED_MARKER.finditer(above_first)}
    later = keys[len(keys) // 2 :]
    return len(keys) >= ENDNOTES_MIN and sum(key in glued for key in later) >= 0.8 * len(later)


def _cut_by_page(before: Unit, text: str) -> bool:
    """The paragraph before a page's footnotes ends mid-sentence and this one goes on with it."""
    if before.kind != "paragraph" or len(before.text) < 60:
        return False
    end = re.sub(r"(?<=[.!?\"”’)])\d{1,3}$", "", before.text.rstrip())  # a marker glued to the last word: 'Board.12'
    if end[-1:] in TERMINAL + ":;" + QUOTE_CLOSE + ")]" or NOTE_MARKER.search(end[-6:]):
        return False
    # lower case goes on with the sentence; so does anything that is not a heading or a list item ('Democratic Progressive' / 'Party and …')
    return text[:1].islower() or not (looks_like_heading(text, None) or BULLET.match(text) or NUMBERED_ITEM.match(text))


def note_sort_key(key: str) -> tuple[int, int]:
    if key.isdigit():
        return (0, int(key))
    return (1, roman_value(key)) if is_roman(key) else (2, 0)


NO_OUTLET_LINES = 3  # notes naming no outlet, from which they are said in one problem line
NOTE_NUMBER_LEFTOVER = re.compile(r"^\s*[.):]\s+(?=\S)")  # '1.  p93-95, …' whose number was read as its key: '. p93-95, …'
IBID = re.compile(r"\b(?:ibid|ibidem)\b\.?", re.I)
# a law review's 'Id.', 'Id. at 5', 'See id.': the authority of the note before, written only at the note's start
ID = re.compile(r"^(?:(?:see(?: also)?|cf\.|accord)\s+)?id\.(?=[\s,;:]|$)", re.I)
# 'Okafor, op. cit., 51': the work of that author cited in an earlier note; 'Okafor, supra note 4, at 51' names the note
OP_CIT = re.compile(r"(?P<author>[A-Z][\w’'-]+)(?:\s+et al\.)?,?\s+(?:op\.\s?cit\.|loc\.\s?cit\.|supra(?!\s+notes?\s+\d))")
SUPRA_NOTE = re.compile(r"\bsupra,?\s+(?:note|n\.)\s*(?P<key>\d{1,4})\b", re.I)
IBID_NOTE_MAX = 120  # characters: a citation; a longer note saying 'ibid' in passing is prose
PINPOINT = re.compile(r"^(?:(?:pp?\.?\s?\d[\w–-]*|lines?\s\d[\d–-]*|paras?\.?\s\d[\d–-]*|and)\s*,?\s*)+", re.I)  # 'p52, lines 6-13, '
TRAILING_PAGES = re.compile(r",\s*(?:pp?\.?\s?)?\d[\d–-]*\.?$")  # '…, 12.': the page the earlier note cited
AUTHOR_AT_START = 80  # characters: an earlier note is that author's work where the name stands this near its start


def _referred_note(note: Unit, last: tuple[str, str] | None, sources: dict[str, str]) -> tuple[re.Match[str], tuple[str, str] | None] | None:
    """Whether a short note points at an earlier one ('ibid', 'Id. at 5', 'Okafor, op. cit., 51', 'supra note 4'): where
    it says so, and the key and source of the note it points at (None where that is not found)."""
    if len(_plain(note)) > IBID_NOTE_MAX:
        return None
    text = note.text.strip()
    same = IBID.search(text) or ID.match(text)
    if same is not None:
        return same, last
    supra = SUPRA_NOTE.search(text)
    if supra is not None:
        key = supra.group("key")
        return supra, ((key, sources[key]) if key in sources else None)
    cited = OP_CIT.search(text)
    if cited is not None:
        author = re.compile(rf"\b{re.escape(cited.group('author'))}\b")
        earlier = [(key, source) for key, source in sources.items() if author.search(source[:AUTHOR_AT_START])]
        return cited, (earlier[-1] if earlier else None)
    return None


def tidy_notes(notes: list[Unit], inferred: list[str]) -> None:
    """A note's leftover of its number ('. p93-95, …') goes; a note pointing at an earlier one ('ibid', 'Id. at 5',
    'Okafor, op. cit., 51', 'supra note 4') says which and what it cites, after the words that point ('p52, lines 14-21,
    ibid (note 5: Viscount Rothermere, Transcript …)'), so that its card alone names the source: 'ibid' and 'Id.' the
    nearest note above that points at none, 'op. cit.' the latest naming that author near its start."""
    trimmed, glossed = 0, 0
    last: tuple[str, str] | None = None  # the key and source of the last note that points at no other
    sources: dict[str, str] = {}
    for note in sorted(notes, key=lambda n: note_sort_key(n.data["key"])):
        leftover = NOTE_NUMBER_LEFTOVER.match(note.text)
        if leftover:
            note.text, trimmed = note.text[leftover.end() :], trimmed + 1
        referred = _referred_note(note, last, sources)
        if referred is None:
            cited = TRAILING_PAGES.sub("", PINPOINT.sub("", note.text.strip())).strip().rstrip(".;, ")
            if cited:
                sources[note.data["key"]] = cited
                last = (note.data["key"], cited)
            continue
        words, source = referred
        if source is not None and source[1]:
            end = words.end() + len(note.text) - len(note.text.lstrip())
            named = SUPRA_NOTE.fullmatch(words.group(0)) is not None  # 'supra note 2' says which note already
            note.text = f"{note.text[:end]} ({'' if named else f'note {source[0]}: '}{source[1]}){note.text[end:]}"
            glossed += 1
    if trimmed:
        inferred.append(f"{trimmed} notes opened with the stop after their number ('. …'): left out")
    if glossed:
        inferred.append(f"{glossed} notes pointing at an earlier one ('ibid', 'Id.', 'op. cit.') given its number and source, in brackets")


def check_notes(body: list[Unit], notes: list[Unit], meta: Meta, problems: list[Problem]) -> dict[str, Unit]:
    defined: dict[str, Unit] = {}
    for note in notes:
        if note.data["key"] in defined:
            problems.append(Problem(note.line, f"note {note.data['key']} is defined twice (first at line {defined[note.data['key']].line})"))
            continue
        defined[note.data["key"]] = note
    cited: dict[str, int] = {}
    for unit in body:
        for key in _cited_keys(unit):
            if key.isdigit() or key in defined or unit.data.get("markdown"):
                cited.setdefault(key, unit.line)
    for key, line in sorted(cited.items(), key=lambda item: note_sort_key(item[0])):
        if key not in defined:
            problems.append(Problem(line, f"note {key} is cited but never defined"))
    no_outlet: list[tuple[str, Unit]] = []
    uncited = [key for key in defined if key not in cited]
    if len(defined) >= UNCITED_NOTES_MIN and len(uncited) == len(defined):  # one line: the export lost every marker
        problems.append(
            Problem(notes[0].line, f"none of the {len(defined)} notes is cited in the text: the export lost their markers (superscript numbers?)")
        )
        uncited = []
    for key in uncited:
        problems.append(Problem(defined[key].line, f"note {key} is defined but never cited"))
    for key, note in defined.items():
        shown = _plain(note)  # a saved page's note opens with its linked title: ["Title"](https://…). Outlet.
        if not re.match(r"^\s*[\w\"“‘(]", shown) or re.match(r"^\s*,", shown) or not shown.strip():
            no_outlet.append((key, note))
    if len(no_outlet) >= NO_OUTLET_LINES:  # one line for them all, not one a note: the other problems must still be seen
        listed = ", ".join(key for key, _ in no_outlet[:12]) + (", …" if len(no_outlet) > 12 else "")
        key, note = no_outlet[0]
        problems.append(
            Problem(
                note.line,
                f"{len(no_outlet)} of {len(defined)} notes name no outlet at their start ({listed}), e.g. note {key}: {_shorten(note.text.strip(), 80)!r}",
            )
        )
    else:
        problems += [Problem(note.line, f"note {key} names no outlet: {note.text.strip()!r}") for key, note in no_outlet]
    numeric = sorted(int(k) for k in set(defined) | set(cited) | {meta.get("author_note_number", "")} if k.isdigit())
    if numeric:
        missing = sorted(set(range(numeric[0], numeric[-1] + 1)) - set(numeric))
        if numeric[0] > 1:  # an excerpt of a longer document ('c. Case Illustrations', its notes 23–25): one line, not one a note
            where = notes[0].line if notes else 1
            lost = "note 1 is" if numeric[0] == 2 else f"notes 1–{numeric[0] - 1} are"
            problems.append(Problem(where, f"{lost} missing: the text's notes start at {numeric[0]} (an excerpt?)"))
        for number in missing:
            problems.append(Problem(notes[0].line if notes else 1, f"note {number} is missing: neither cited nor defined"))
    return defined


def convert_markers(text: str, defined: dict[str, Unit]) -> str:
    escaped = escape_markdown(text)
    markers = {m.start() for m in note_markers(escaped, ESCAPED_NOTE_MARKER)}

    def replace(match: re.Match[str]) -> str:
        key = match.group("key")
        if (key.isdigit() or key in defined) and (match.string is not escaped or match.start() in markers):
            return f"[^{key}]"
        return match.group(0)

    converted = ESCAPED_NOTE_MARKER.sub(replace, escaped)
    while True:  # "[12][13]": escaping took the first marker for a reference link's text
        again = ADJACENT_ESCAPED_MARKER.sub(replace, converted)
        if again == converted:
            return converted
        converted = again


ADJACENT_ESCAPED_MARKER = re.compile(r"(?<!\\)\\\[(?P<key>\d{1,3}|[ivxlcdm]{1,7})\](?=\[\^)")
GOES_ON = re.compile(r"^(?:[a-z]|[,.;:)\]’”](?:\s|$))")  # the sentence goes on: a word in lower case, or its punctuation


BARE_NUMBER_LINE = re.compile(r"^\d{1,3}$")
BARE_NOTES_MIN = 2
BARE_NOTE_MAX = 1500  # characters: a longer piece is the site's, not a note


def _note_pieces(units: list[Unit]) -> list[list[Unit]]:
    """Units grouped into notes: a piece that goes on a sentence (lower case, punctuation, after no stop) joins the one above."""
    groups: list[list[Unit]] = []
    for unit in units:
        text = unit.text.strip()
        goes_on = groups and (GOES_ON.match(text) or not _finished(groups[-1][-1]))
        if goes_on:
            groups[-1].append(unit)
        else:
            groups.append([unit])
    return groups


def notes_after_author_box(body: list[Unit], notes: list[Unit], meta: Meta, inferred: list[str]) -> None:
    """A copied page whose notes were links: each note's number stays on a line of its own where the text cites it ('…
    could research include:' / '1' / 'Fast grants …'), the notes at the very end, after the author's box, with no numbers.
    Where the numbers run 1 to N and exactly N notes follow the box, the notes are those, in order."""
    at = meta.get("author_box_at")
    if notes or at is None:
        return
    numbers = [index for index, unit in enumerate(body[:at]) if unit.kind == "paragraph" and BARE_NUMBER_LINE.match(unit.text.strip())]
    if len(numbers) < BARE_NOTES_MIN or [int(body[i].text) for i in numbers] != list(range(1, len(numbers) + 1)):
        return
    tail = body[at:]
    groups = _note_pieces(tail)
    if len(groups) != len(numbers) or any(u.kind != "paragraph" for u in tail) or any(sum(len(u.text) for u in g) > BARE_NOTE_MAX for g in groups):
        return
    for key, group in enumerate(groups, start=1):
        text = group[0].text.strip()
        for piece in group[1:]:
            text = _glued(text, piece.text)
        notes.append(Unit(group[0].line, text, "note", data={"key": str(key)}))
    for index in reversed(numbers):
        above = body[index - 1] if index else None
        if above is not None and above.kind in ("paragraph", "bullet"):
            above.text = f"{above.text.rstrip()}[{body[index].text.strip()}]"
        else:
            body[index + 1].text = f"[{body[index].text.strip()}] {body[index + 1].text}"
        del body[index]
    del body[at - len(numbers) :]
    inferred.append(
        f"{len(numbers)} note numbers on lines of their own, and the {len(numbers)} paragraphs after the author's box read as their notes"
    )


# what an author's note says: thanks, a disclaimer, the author's post, where to write ('The author thanks …', 'The views
# expressed are the author's own', 'Corresponding author: …'); a citation ('Varn Courier, 3 May 2003.') says none of it
AUTHORS_NOTE_WORDS = re.compile(
    r"\b(?:thanks?|thanked|grateful|gratitude|acknowledge?s?|disclaimer|the authors?\b|corresponding|views expressed|opinions expressed"
    r"|(?:is|was) (?:a|an|the) (?:\w+ ){0,3}(?:candidate|student|fellow|lecturer|professor|researcher|director|analyst|member))",
    re.I,
)


def reads_as_authors_note(text: str) -> bool:
    """A note that reads as the author's own (thanks, a disclaimer, a post, an e-mail address), never a source's citation."""
    return AUTHORS_NOTE_WORDS.search(text) is not None or E_MAIL_ADDRESS.search(text) is not None


def author_note_from_marker(body: list[Unit], notes: list[Unit], meta: Meta, inferred: list[str]) -> None:
    """The note an academic paper's author line cites with a number glued to the name ('Ms Jane Roe1 Ph.D. Candidate,
    …': bylines sets `author_note_key`) is the author's note where it reads as one (a disclaimer, thanks) and the text
    cites it nowhere else:
    the byline's marker read, not a note never cited."""
    key = meta.pop("author_note_key", None)
    note = next((n for n in notes if n.data.get("key") == key), None)
    if note is None or meta.get("author_note") or not reads_as_authors_note(_plain(note)) or any(key in _cited_keys(unit) for unit in body):
        return  # a source's citation ('Varn Courier, 3 May 2003.') is no author's note, whatever number it has
    notes.remove(note)
    meta["author_note_number"] = key  # check_notes counts it: the body's notes then start at the next number
    meta["author_note"] = squash_spaces(_plain(note))
    inferred.append(f"line {note.line}: note {key}, cited by the number glued to the author's name, read as the author's note")


def _cited_keys(unit: Unit) -> list[str]:
    if unit.data.get("markdown"):
        return list(unit.data.get("note_keys", []))
    if unit.data.get("brackets no markers"):
        return []
    symbols: list[str] = unit.data.get("symbol cites", [])  # '* Figures …' under '… said so.*' (dossier/symbolnotes.py)
    return [m.group("key") for m in note_markers(unit.text)] + symbols


PLACED_NOTE_MAX = 500  # characters of a source note a web page sets under the paragraph citing it
PLACED_NOTE_REACH = 3  # units above it where that paragraph may be (the paragraph's other lines between)
# a figure's caption a scrape glued onto the note's last word: '… des femmesFigure 2: Three loops …'
GLUED_CAPTION = re.compile(r"(?<=[a-z0-9.)])(?=(?:Figure|Fig\.|Graph|Chart|Table|Map)\s+\d{1,3}\s*[:.]\s)")


def note_under_its_paragraph(units: list[Unit], position: int, start: int) -> tuple[str, str, str] | None:
    """A note a web page sets mid-text under the paragraph that cites it ('[1] Source: Harbour Herald, …'), the text
    going on under it: its key, its text and the figure's caption a scrape glued to its end (or ''); None for any other
    line. The marker must stand in the paragraph just above, and no other line defines that note."""
    found = NOTE_LINE.match(units[position].text.strip())
    if found is None or not found.group("key").isdigit() or not found.group("text").strip():
        return None
    key = found.group("key")
    above = units[max(start, position - PLACED_NOTE_REACH) : position]
    if not any(unit.kind != "note" and f"[{key}]" in unit.text and not NOTE_LINE.match(unit.text.strip()) for unit in above):
        return None
    if any((other := NOTE_LINE.match(unit.text.strip())) and other.group("key") == key for unit in units[position + 1 :]):
        return None  # the notes list at the end defines it
    text = found.group("text").strip()
    glued = GLUED_CAPTION.search(text)
    note, caption = (text[: glued.start()].strip(), text[glued.start() :].strip()) if glued else (text, "")
    return (key, note, caption) if len(note) <= PLACED_NOTE_MAX else None
