"""The markup a Jekyll (kramdown) site's Markdown keeps that no reader should see: its attribute lines ('{: .no_toc }',
'{: .fs-2}'), its table-of-contents placeholder ('1. TOC' over '{:toc}'), thematic breaks ('***', '* * *'), an embedded
player's HTML ('<div class="video-container">' / '<iframe …>' / '</div>'), and note markers set as superscripts
('<sup>7</sup>', '<sup><a href="#fn7">7</a></sup>') with the notes under a Notes heading ('<sup>7</sup> Jane Roe, …' or
'7. Jane Roe, …'), read as Markdown's own footnotes ('[^7]', '[^7]: …').

Every rewrite keeps the file's line numbers: a line of markup becomes a blank line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# a block's attribute list on a line of its own, kramdown's IAL ('{: .no_toc }', '{:.fs-2}', '{: #intro}', '{:toc}')
ATTRIBUTE_LINE = re.compile(r"^\s*\{:[^{}\n]*\}\s*$")
# the list item kramdown replaces with the table of contents, over its '{:toc}' line: '1. TOC', '* Table of contents'
TOC_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*+])\s+(?:TOC|table of contents|contents)\s*$", re.I)
TOC_MARK = re.compile(r"^\s*\{:\s*toc\s*\}\s*$")
# a thematic break of stars or underscores ('***', '* * *', '___'), or spaced hyphens ('- - -'); three hyphens run together
# under a line of text underline it as a heading (setext), which the Markdown reader reads
THEMATIC_BREAK = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|-[ \t]+-[ \t]+-[ \t-]*)$")
# an embedded player: an '<iframe …>' and the '<div>' lines wrapping it
IFRAME_OPEN = re.compile(r"<iframe\b[^>]*>", re.I)
IFRAME_SOURCE = re.compile(r"\bsrc=[\"'](?P<src>[^\"']+)[\"']", re.I)
DIV_OPEN_LINE = re.compile(r"^\s*<div\b[^<>]*>\s*$", re.I)
DIV_CLOSE_LINE = re.compile(r"^\s*</div>\s*$", re.I)
IFRAME_LINE = re.compile(r"^\s*<iframe\b.*?(?:</iframe>\s*|/>\s*|>\s*)$", re.I)
# a note marker set as a superscript number, bare or linked: '<sup>7</sup>', '<sup><a href="#fn7">7</a></sup>',
# '<sup>[7]</sup>'; never a power ('10<sup>6</sup>', '40 km<sup>2</sup>') nor an ordinal ('21<sup>st</sup>')
SUPERSCRIPT_NUMBER = re.compile(
    r"<sup\b[^>]*>\s*(?:<a\b[^>]*>\s*)?\[?(?P<key>\d{1,3})\]?\s*(?:</a>\s*)?</sup>"
    r"|<a\b[^>]*>\s*<sup\b[^>]*>\s*\[?(?P<key2>\d{1,3})\]?\s*</sup>\s*</a>",
    re.I,
)
POWER_BEFORE = re.compile(r"(?:\d|\b\d[\d,.]*\s?(?:sq\.?\s?)?[A-Za-z]{1,2})$")  # '10', '40 km', '3 m'
# the notes list's heading in Markdown or as a line of its own: '## Notes', '**Endnotes**', 'NOTES'
NOTES_HEADING_LINE = re.compile(r"^\s*(?:#{1,6}\s+)?(?:\*\*|__)?(?:end\s*notes|notes|footnotes)(?:\*\*|__)?\s*:?\s*$", re.I)
HEADING_LINE = re.compile(r"^\s*#{1,6}\s+\S")
NOTE_DEFINITION = re.compile(r"^\s*(?:" + SUPERSCRIPT_NUMBER.pattern + r"|(?P<key3>\d{1,3})[.)](?=\s))\s*(?P<text>\S.*)$", re.I)


@dataclass
class MarkupRead:
    """What was read as markup: the lines the dry run lists."""

    inferred: list[str] = field(default_factory=list)
    dropped: dict[str, list[str]] = field(default_factory=dict)
    picture_captions: dict[int, str] = field(default_factory=dict)  # a site's picture shortcode's line: the caption it gives


def without_site_markup(lines: list[str], read: MarkupRead) -> list[str]:
    """The export's lines with kramdown's attribute lines, its table-of-contents placeholder, thematic breaks and embedded
    players blanked out."""
    lines = list(lines)
    attributes = toc = breaks = 0
    for index, line in enumerate(lines):
        if TOC_MARK.match(line) and index > 0 and TOC_ITEM.match(lines[index - 1]):
            lines[index - 1] = lines[index] = ""
            toc += 1
        elif ATTRIBUTE_LINE.match(line):
            lines[index] = ""
            attributes += 1
        elif THEMATIC_BREAK.match(line):
            lines[index] = ""
            breaks += 1
    for index, line in enumerate(lines):
        if not IFRAME_LINE.match(line):
            continue
        source = IFRAME_SOURCE.search(line)
        read.dropped.setdefault("embedded player (an <iframe>)", []).append(source.group("src") if source else line.strip())
        lines[index] = ""
        above, below = index - 1, index + 1
        while above >= 0 and below < len(lines) and DIV_OPEN_LINE.match(lines[above]) and DIV_CLOSE_LINE.match(lines[below]):
            lines[above] = lines[below] = ""
            above, below = above - 1, below + 1
    if attributes:
        read.inferred.append(f"{attributes} kramdown attribute lines ('{{: .no_toc }}') read as markup, left out")
    if toc:
        read.inferred.append("kramdown's table-of-contents placeholder ('1. TOC' over '{:toc}') left out: the site makes the contents")
    if breaks:
        read.inferred.append(f"{breaks} thematic breaks ('***', '* * *') read as markup, no text")
    return lines


def _power(line: str, match: re.Match[str]) -> bool:
    return bool(POWER_BEFORE.search(line[: match.start()]))


def with_superscript_notes(lines: list[str], read: MarkupRead) -> list[str]:
    """Superscript note numbers as Markdown's footnote markers, and the notes under the last Notes heading after them
    ('<sup>7</sup> …', '7. …') as its footnotes, where the text above that heading cites them so. With no notes listed
    so, the markers are bracketed numbers ('[7]'), which the dry run names as notes cited but never defined."""
    if "<sup" not in "\n".join(lines).lower():
        return lines
    heading = next((i for i in range(len(lines) - 1, -1, -1) if NOTES_HEADING_LINE.match(lines[i])), len(lines))
    markers = {index: [m for m in SUPERSCRIPT_NUMBER.finditer(lines[index]) if not _power(lines[index], m)] for index in range(heading)}
    cited = {m.group("key") or m.group("key2") for found in markers.values() for m in found}
    if not cited:
        return lines
    lines = list(lines)
    defined = 0
    for index in range(heading + 1, len(lines)):
        if HEADING_LINE.match(lines[index]):
            break
        definition = NOTE_DEFINITION.match(lines[index])
        key = definition and (definition.group("key") or definition.group("key2") or definition.group("key3"))
        if definition and key in cited:
            lines[index] = f"[^{key}]: {definition.group('text')}"
            defined += 1
    opening = "[^" if defined else "["
    for index, found in markers.items():
        line = lines[index]
        for match in reversed(found):
            line = line[: match.start()].rstrip() + opening + (match.group("key") or match.group("key2")) + "]" + line[match.end() :]
        lines[index] = line
    read.inferred.append(
        f"{len(cited)} superscript note numbers ('<sup>7</sup>') read as note markers"
        + (f", the {defined} numbered lines under the Notes heading as their notes" if defined else "")
    )
    return lines
