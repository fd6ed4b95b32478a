"""British house style: speech in single quotation marks ('…' or ‘…’), double marks for a quote inside it.

A report written so is read with its marks swapped, one character for one, so every offset stays where it was:
the engine, which reads double marks, finds the same spans, and each statement's words are then taken back from
the text as written.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..model import Report, Section, Statement, without_note_markers

# an opening mark after a space, a bracket or a dash, before a word; a closing one after a word or a stop, before a
# space, a stop or the end: an apostrophe inside a word ("Britain's", "don't") is neither
OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[\w\[.…$£€])")
CLOSING = re.compile(r"(?<=[\w.,!?;:)\]…%])['’](?=$|[\s.,;:!?)\]—–-])")
SINGLE_MARK = re.compile("['‘]")
ANY_SINGLE_MARK = re.compile(r"['‘’]")  # compiled once, not in the first report that has one
BLANK_LINES = re.compile(r"(\n\s*\n)")
# the marks SINGLE_SPAN can start at: after a space, a bracket, a dash or nothing (its look-behind, checked after the mark)
OPENING_SINGLE_MARK = re.compile(r"['‘](?<![^\s(\[—–-]['‘])")
SINGLE_SPAN = re.compile(r"(?:(?<![^\s(\[—–-]))['‘][\w\[][^'‘’\n]{10,}?[\w.,!?;:)\]…]['’](?=$|[\s.,;:!?)\]—–-])")
TO_INNER = str.maketrans({"“": "‘", "”": "’", '"': "'", "„": "‘"})
SINGLE_STYLE_MIN = 3  # single-marked passages of a few words the report must hold, at least twice its double marks


def uses_single_marks(text: str) -> bool:
    doubles = text.count("“") + text.count("«") + text.count('"') // 2  # opening double marks, about
    if text.count("'") + text.count("‘") < max(SINGLE_STYLE_MIN, 2 * doubles):
        return False  # too few single marks to open as many passages as it takes, however many of them do
    needed = max(SINGLE_STYLE_MIN, 2 * doubles)
    # SINGLE_SPAN tried only where it may start, not at every character; and only while the marks left could still
    # open as many passages as it takes (each opens one at most)
    starts = opening_single_marks(text)
    singles = 0
    for index, start in enumerate(starts):
        if singles + len(starts) - index < needed:
            return False
        match = SINGLE_SPAN.match(text, start)
        singles += match is not None and len(match.group(0).split()) >= 3
    return singles >= needed


OPENS_AFTER = frozenset("([—–-")  # besides a space: what may stand before an opening single mark


def after_space_bracket_or_dash(before: str) -> bool:
    return before.isspace() or before in OPENS_AFTER


def after_no_word_character(before: str) -> bool:
    return not (before.isalnum() or before == "_")


def opening_single_marks(text: str, opens_after: Callable[[str], bool] = after_space_bracket_or_dash) -> list[int]:
    """Each "'" and "‘" in order (found by str.find, which skips the other characters faster than re scans for the
    pair) at the text's start or after a character opens_after accepts; by default where OPENING_SINGLE_MARK matches:
    after a space, a bracket or a dash."""
    starts = []
    for mark in "'‘":
        at = text.find(mark)
        while at >= 0:
            if not at or opens_after(text[at - 1]):
                starts.append(at)
            at = text.find(mark, at + 1)
    return sorted(starts)


def as_double_marks(text: str) -> str:
    """The same text, as long, with its single speech marks made double and the double ones inside them single."""
    chars = list(text)
    nested = _nested_pairs(text) if text.count("'") + text.count("‘") >= 4 else None
    if nested is not None:
        for opened, closed in nested:
            chars[opened], chars[closed] = "“", "”"
            chars[opened + 1 : closed] = list(text[opened + 1 : closed].translate(TO_INNER))
        return "".join(chars)
    opened = -1
    for mark in ANY_SINGLE_MARK.finditer(text):
        at = mark.start()
        if opened < 0 and OPENING.match(text, at):
            opened = at
        elif opened >= 0 and CLOSING.match(text, at):
            chars[opened], chars[at] = "“", "”"
            inner = text[opened + 1 : at].translate(TO_INNER)
            chars[opened + 1 : at] = list(inner)
            opened = -1
    if opened >= 0:  # a quotation that goes on in the next paragraph: British style leaves it unclosed
        chars[opened] = "“"
        chars[opened + 1 :] = list(text[opened + 1 :].translate(TO_INNER))
    return "".join(chars)


def _nested_pairs(text: str) -> list[tuple[int, int]] | None:
    """The outer quotations of a paragraph that quotes others inside a quotation in the same single marks ("'His advice
    is 'stay home'. Police then say 'we need rules'. These are my decisions.'"), where the marks pair up so, each inner
    quote closed inside its outer one and every closing mark closing one; None where they do not, or nothing nests."""
    pairs = []
    open_at: list[int] = []
    nests = False
    for mark in ANY_SINGLE_MARK.finditer(text):
        at = mark.start()
        if OPENING.match(text, at):
            if len(open_at) == 2:
                return None  # three deep: no writer's nesting
            open_at.append(at)
            nests = nests or len(open_at) == 2
        elif CLOSING.match(text, at):
            if not open_at:
                return None  # a closing mark with nothing open: a plural's apostrophe ("the workers' union"), a lost opening
            opened = open_at.pop()
            if not open_at:
                pairs.append((opened, at))
    return pairs if nests and not open_at else None


def with_double_marks(report: Report) -> Report:
    """A copy of the report for the engine to read: paragraphs and source text in double marks."""
    sections, _changed = _paragraphs_converted(report, as_double_marks)
    return _copy_with(report, sections, as_double_marks)


def _paragraphs_converted(report: Report, convert: Callable[[str], str]) -> tuple[list[Section], bool]:
    """The report's sections with each paragraph's text converted, and whether any paragraph changed."""
    changed = False
    sections = []
    for section in report.sections:
        paragraphs = []
        for paragraph in section.paragraphs:
            text = convert(paragraph.text)
            if text != paragraph.text:
                changed = True
                paragraph = dataclasses.replace(paragraph, text=text)
            paragraphs.append(paragraph)
        sections.append(dataclasses.replace(section, paragraphs=paragraphs))
    return sections, changed


def _copy_with(report: Report, sections: list[Section], convert: Callable[[str], str]) -> Report:
    """A copy of the report with these sections and its source text converted paragraph by paragraph."""
    source = "".join(convert(piece) for piece in BLANK_LINES.split(report.source_text))
    return dataclasses.replace(report, sections=sections, source_text=source, _sections_by_slug={})


def as_written(statements: list[Statement], read: Report, written: Report) -> None:
    """Each statement's words taken back from the report as written (the marks inside them as the writer put them)."""
    pairs: dict[str, list[tuple[str, str]]] = {}
    for shadow, section in zip(read.sections, written.sections, strict=True):
        pairs[section.slug] = [(without_note_markers(a), without_note_markers(b)) for a, b in zip(shadow.paragraphs, section.paragraphs, strict=True)]
    for statement in statements:
        statement.paragraphs = [_written(piece, pairs.get(statement.section_slug, [])) for piece in statement.paragraphs]
        for quoted in statement.quoted:
            quoted.text = _written(quoted.text, pairs.get(statement.section_slug, []))


def _written(piece: str, paragraphs: list[tuple[str, str]]) -> str:
    for read, written in paragraphs:
        at = read.find(piece)
        if at >= 0:
            return written[at : at + len(piece)]
    return piece


# a pair of single marks around a few words, in a paragraph with no double marks: "Russia says the powers must stop
# 'strangling' it", as wire headlines and digests quote; never an apostrophe ("Britain's", "the '90s", "don't")
# (longer where a stop, comma or question mark stands before the closing mark, which no apostrophe follows: "Mehta said,
# 'The state won three awards - Best State Award for Tourism and Best Film Friendly State.'")
PLAIN_PAIRED_SINGLE = (
    r"(?:^|(?<=[\s(\[—–-]))['‘](?=[\w\[])"
    r"(?P<words>[^'‘’\n\"“”«»]{1,80}?[\w.,!?;:)\]…%]|[^'‘’\n\"“”«»]{80,600}?[.,!?…])['’](?=$|[\s.,;:!?)\]—–-])"
)
# the same, written to start with the mark (the look-behind after it: no character before it but a space, a bracket or a
# dash), so that re skips to each mark instead of trying "^" and the look-behind at every character
PAIRED_SINGLE = re.compile(r"['‘](?<![^\s(\[—–-]['‘])" + PLAIN_PAIRED_SINGLE.removeprefix(r"(?:^|(?<=[\s(\[—–-]))['‘]"))
DOUBLE_MARK = re.compile('["“”«»„]')
DOUBLE_MARKS = '"“”«»„'  # DOUBLE_MARK's characters


def paired_singles_as_double(text: str) -> str:
    """The same text, as long, with each closed pair of single marks made double, where it holds no double marks."""
    # DOUBLE_MARK.search(text) or not SINGLE_MARK.search(text), asked of each mark by str's "in" (faster than re's scan)
    if any(mark in text for mark in DOUBLE_MARKS) or not ("'" in text or "‘" in text):
        return text
    nested = _nested_pairs(text) if text.count("'") + text.count("‘") + text.count("’") >= 4 else None
    if nested is not None:  # "Mehta said, 'The state won awards for the book 'Golden Places' this year.'": the outer pair
        chars = list(text)
        for opened, closed in nested:
            chars[opened], chars[closed] = "“", "”"
        return "".join(chars)
    return PAIRED_SINGLE.sub(lambda m: "“" + m.group("words") + "”", text)


def with_paired_singles(report: Report) -> Report:
    """A copy of the report for the engine to read, where a paragraph in single marks only has them doubled; the
    report itself where no paragraph has any (told before any section is copied)."""
    if all(paired_singles_as_double(p.text) == p.text for section in report.sections for p in section.paragraphs):
        return report
    sections, changed = _paragraphs_converted(report, paired_singles_as_double)
    return _copy_with(report, sections, paired_singles_as_double) if changed else report
