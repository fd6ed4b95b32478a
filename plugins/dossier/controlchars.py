"""Control characters in an imported text or page: bytes a scraper or a copy left in ('running around\\x10...'), which
no page shows and the build refuses in a report. The importer drops them, C0 and C1 alike, and says so; tab, line ends
and form feed (a PDF text's page break) are whitespace and stay, and a line tabulation (Word's manual line break) is
read as the line end it stands for in a text (in the written report, where a line end would change the Markdown, as a
space)."""

from __future__ import annotations

import re

from .importunits import Problem

STRAY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# a soft hyphen (U+00AD, '&shy;'): a break a page offers inside a word, invisible unless the line breaks there; left in,
# "Wal\u00adcott" is no name the detector reads or the search finds, and a word typed in a correction never matches it
SOFT_HYPHEN = "\u00ad"
_SOFT_HYPHEN_REFERENCE = re.compile(r"&shy;|&shy(?![\w;])|&#0*173(?!\d);?|&#[xX]0*[aA][dD](?![0-9a-fA-F]);?")
LINE_TABULATION = "\x0b"
# a page's numeric character reference, its whole number read ('&#16;', '&#x10;', never the '&#x1F' of '&#x1F600;')
_NUMERIC_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|(\d+));?")
# the C1 codes Windows-1252 leaves empty: a browser reads '&#133;' and the other C1 references as Windows-1252's
# characters ('…'), and only these as the control characters
_C1_WITHOUT_CHARACTER = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def _is_stray_code(code: int) -> bool:
    return (code < 0x20 and chr(code) not in "\t\n\x0c\r") or code == 0x7F or code in _C1_WITHOUT_CHARACTER


def _stray_code(reference: re.Match[str]) -> int | None:
    """The control character a numeric reference stands for, if it is one to drop."""
    digits = (reference.group(1) or reference.group(2)).lstrip("0")
    if len(digits) > 7:  # past any character: the parser's business, and never a long int to convert
        return None
    code = int(digits or "0", 16 if reference.group(1) else 10)
    return code if _is_stray_code(code) else None


def without_control_characters(text: str, inferred: list[str], written: bool = False) -> str:
    """text (the report written, if written) without stray control characters; one line in inferred names them and the
    first one's line."""
    text = text.replace(LINE_TABULATION, " " if written else "\n")
    first = STRAY_CONTROL.search(text)
    if not first:
        return text
    line = text.count("\n", 0, first.start()) + 1
    inferred.append(f"line {line}{' of the report written' if written else ''}: {_dropped(text)}")
    return STRAY_CONTROL.sub("", text)


def without_soft_hyphens(text: str, inferred: list[str]) -> str:
    """text without soft hyphens (characters or references); one line in inferred counts them."""
    count = text.count(SOFT_HYPHEN) + len(_SOFT_HYPHEN_REFERENCE.findall(text))
    if not count:
        return text
    inferred.append(
        f"{count} soft hyphen{'s' * (count > 1)} (U+00AD) dropped from inside words: no page shows them, and names and search read the words whole"
    )
    # a word processor's break at a line's end ("institu\u00ad" over "tions") joins the word's halves
    return _SOFT_HYPHEN_REFERENCE.sub("", re.sub("\u00ad[ \t]*\n[ \t]*(?=\\w)", "", text).replace(SOFT_HYPHEN, ""))


def page_without_control_characters(html: str, problems: list[Problem]) -> str:
    """A saved page's markup without control characters, given as characters or as references; one problem names them.
    Soft hyphens go too, without a word: a page sets them by the hundred, and they are no problem of its."""
    html = without_soft_hyphens(html.replace(LINE_TABULATION, "\n"), [])
    references: list[str] = []
    first_line = 0

    def stray_reference(reference: re.Match[str]) -> str:
        nonlocal first_line
        code = _stray_code(reference)
        if code is None:
            return reference.group()
        if not references:
            first_line = html.count("\n", 0, reference.start()) + 1
        references.append(chr(code))
        return ""

    html = _NUMERIC_REFERENCE.sub(stray_reference, html)
    first = STRAY_CONTROL.search(html)
    if first or references:
        line = html.count("\n", 0, first.start()) + 1 if first else first_line
        problems.append(Problem(min(line, first_line or line), _dropped(html, references)))
    return STRAY_CONTROL.sub("", html)


def _dropped(text: str, references: list[str] | None = None) -> str:
    """Names the control characters of text, and those the references gave (dropped first), with their count."""
    found = STRAY_CONTROL.findall(text) + (references or [])
    codes = ", ".join(f"U+{ord(code):04X}" for code in sorted(set(found)))
    plural = "s" if len(found) > 1 else ""
    return f"{len(found)} control character{plural} ({codes}) dropped: no page shows them and a report may not hold them"
