"""A report exported as reStructuredText (a Sphinx or docutils source: `.rst`), read as the Markdown export is.

reStructuredText underlines a section's title with a line of one sign (`=====`, `-----`, an overline too at times), the
levels in the order the styles first appear; it cites a footnote as `[23]_` and defines it as `.. [23] text` (its lines
indented under it), often under `.. rubric:: Footnotes`; it marks words with roles (`:abbr:`NFSP (National …)``),
links (`` `words <address>`_ ``) and literals (``` ``x`` ```); a block indented under a paragraph is a block quote; a
line opening `..` that is none of these is a comment or a directive. This module rewrites such a text as the Markdown
the importer reads (`# Title`, `[23]`, `[23] text`, `> quote`), one line for each line so that problem lines still point
into the file; it reads no other markup of the language (tables, substitutions, field lists stay as written).
"""

from __future__ import annotations

import re
from itertools import pairwise

from .markdownexport import MarkdownExport

RST_NAME = re.compile(r"\.(?:rst|rest)$", re.I)
ADORNMENT = re.compile(r"^(?P<sign>[=\-~^\"'`#*+:._])(?P=sign){2,}\s*$")
FOOTNOTE_DEFINITION = re.compile(r"^\.\.\s+\[(?P<key>\d{1,3})\]\s+(?P<text>.*)$")
DIRECTIVE = re.compile(r"^\.\.\s+(?P<name>[\w-]+)::\s*(?P<argument>.*)$")
EXPLICIT = re.compile(r"^\.\.(?:\s|$)")  # a comment, a link target, a substitution's definition
FOOTNOTE_REFERENCE = re.compile(r"\s*\[(?P<key>\d{1,3})\]_")
ROLE = re.compile(r":[\w.+-]+:`(?P<text>[^`]+)`|`(?P<text2>[^`]+)`:[\w.+-]+:")
TARGET = re.compile(r"\s*<[^<>]*>$")  # ':ref:`the inquiry <inquiry-terms>`'
LINK = re.compile(r"`(?P<text>[^`<]+?)\s*(?:<[^`>]*>)?`__?")
LITERAL = re.compile(r"``(?P<text>[^`]+)``")
INTERPRETED = re.compile(r"(?<![\w`])`(?P<text>[^`]+)`(?![\w`])")
LIST_ITEM = re.compile(r"^(?P<mark>[-*+•]|\d{1,3}[.)]|\(\d{1,3}\))\s+")
TEXT_DIRECTIVES = {"note", "tip", "hint", "important", "attention", "caution", "warning", "danger", "error", "admonition"}
TEXT_DIRECTIVES |= {"topic", "sidebar", "compound", "container", "highlights", "figure", "class", "epigraph", "pull-quote"}
QUOTE_DIRECTIVES = {"epigraph", "pull-quote"}
RST_EVIDENCE = 3  # footnote definitions, directives and underlined titles in a file of another name, one of them `..`


def read_rst_export(text: str, source_name: str = "") -> MarkdownExport | None:
    """The export rewritten as Markdown, or None when it is not reStructuredText."""
    lines = text.split("\n")
    if not (RST_NAME.search(source_name) or _looks_like_rst(lines)):
        return None
    return MarkdownExport("\n".join(_as_markdown(_numbered(lines))))


AUTO_DEFINITION = re.compile(r"^(\.\.\s+\[)#(?P<label>[\w-]*)(\])")
AUTO_REFERENCE = re.compile(r"\[#(?P<label>[\w-]*)\]_")


def _numbered(lines: list[str]) -> list[str]:
    """Auto-numbered footnotes ('.. [#]', '.. [#label]', cited '[#]_', '[#label]_') numbered as docutils numbers them:
    in the definitions' order, past the numbers the text gives by hand."""
    taken = {int(m.group("key")) for m in map(FOOTNOTE_DEFINITION.match, lines) if m}
    numbers: list[int] = []
    labels: dict[str, int] = {}
    for line in lines:
        match = AUTO_DEFINITION.match(line)
        if match:
            number = next(n for n in range(len(taken) + len(numbers) + 2) if n and n not in taken and n not in numbers)
            numbers.append(number)
            if match.group("label"):
                labels[match.group("label")] = number
    if not numbers:
        return lines
    anonymous = iter(n for n in numbers if n not in labels.values())
    definitions = iter(numbers)

    def cite(match: re.Match[str]) -> str:
        label = match.group("label")
        number = labels.get(label) if label else next(anonymous, None)
        return f"[{number}]_" if number else match.group(0)

    return [
        AUTO_DEFINITION.sub(lambda m: f"{m.group(1)}{next(definitions)}{m.group(3)}", line)
        if AUTO_DEFINITION.match(line)
        else AUTO_REFERENCE.sub(cite, line)
        for line in lines
    ]


def _looks_like_rst(lines: list[str]) -> bool:
    explicit = sum(1 for line in lines if FOOTNOTE_DEFINITION.match(line) or DIRECTIVE.match(line))
    titles = sum(1 for above, line in pairwise(lines) if _underlines(line, above))
    return explicit >= 1 and explicit + titles >= RST_EVIDENCE


def _underlines(line: str, above: str) -> bool:
    return bool(ADORNMENT.match(line)) and bool(above.strip()) and not ADORNMENT.match(above) and len(line.rstrip()) >= len(above.strip())


def _indent(line: str) -> int:
    return len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())


def _as_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    styles: list[tuple[str, bool]] = []  # the title styles in the order they first appear: their levels
    index = 0
    item_indent = -1  # the text's indent of the list item above, whose later paragraphs are indented to it
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        below = lines[index + 1] if index + 1 < len(lines) else ""
        above = lines[index - 1] if index else ""
        if not stripped:
            out[index] = ""
            index += 1
            continue
        if _indent(line) == 0:
            overlined = index + 2 < len(lines) and ADORNMENT.match(line) and ADORNMENT.match(lines[index + 2]) and lines[index + 1].strip()
            if overlined:
                level = _level(styles, (line.strip()[0], True))
                out[index], out[index + 1], out[index + 2] = "", "#" * level + " " + _inline(lines[index + 1].strip()), ""
                index += 3
                continue
            if _underlines(below, line) and not (above.strip() and not ADORNMENT.match(above)):
                level = _level(styles, (below.strip()[0], False))
                out[index], out[index + 1] = "#" * level + " " + _inline(stripped), ""
                index += 2
                continue
        definition = FOOTNOTE_DEFINITION.match(line)
        directive = DIRECTIVE.match(line)
        if definition or directive or EXPLICIT.match(line):
            block = _indented_block(lines, index + 1, _indent(line))
            for number in block:
                out[number] = ""
            if definition:
                words = [definition.group("text").strip()] + [lines[number].strip() for number in block]
                out[index] = f"[{definition.group('key')}] " + _inline(" ".join(w for w in words if w))
            elif directive and directive.group("name") == "rubric":
                out[index] = "## " + _inline(directive.group("argument").strip())
            elif directive and directive.group("name") in ("image", "figure"):
                out[index] = f"![]({directive.group('argument').strip()})"
                if directive.group("name") == "figure":
                    _keep_content(lines, out, block, quoted=False)
            elif directive and directive.group("name") in TEXT_DIRECTIVES:
                out[index] = ""
                _keep_content(lines, out, block, quoted=directive.group("name") in QUOTE_DIRECTIVES)
            else:
                out[index] = ""  # a comment, a link target, a directive whose content is no prose (contents, raw, code)
            index = (block[-1] if block else index) + 1
            continue
        item = LIST_ITEM.match(stripped)
        if _indent(line) == 0:
            item_indent = item.end() if item else (-1 if not above.strip() else item_indent)
        if _indent(line) > 0 and not above.strip() and _indent(line) != item_indent:
            block = _indented_block(lines, index, 0)
            for number in block:
                out[number] = "> " + _inline(lines[number].strip()) if lines[number].strip() else ""
            index = block[-1] + 1
            continue
        out[index] = _inline(stripped if _indent(line) == item_indent else line.rstrip())
        index += 1
    return out


def _level(styles: list[tuple[str, bool]], style: tuple[str, bool]) -> int:
    if style not in styles:
        styles.append(style)
    return min(styles.index(style) + 1, 6)


def _indented_block(lines: list[str], start: int, indent: int) -> list[int]:
    """The lines from `start` indented deeper than `indent`, blank lines between them included, none after."""
    block: list[int] = []
    index = start
    while index < len(lines) and (not lines[index].strip() or _indent(lines[index]) > indent):
        block.append(index)
        index += 1
    while block and not lines[block[-1]].strip():
        block.pop()
    return block


def _keep_content(lines: list[str], out: list[str], block: list[int], quoted: bool) -> None:
    """A directive's content as paragraphs of the text (its options, `:alt: …`, left out)."""
    options = True
    for number in block:
        text = lines[number].strip()
        options = options and (not text or text.startswith(":"))
        if text and not options:
            out[number] = ("> " if quoted else "") + _inline(text)


def _inline(text: str) -> str:
    """The words of a line without reStructuredText's inline markup."""
    text = FOOTNOTE_REFERENCE.sub(lambda m: f"[{m.group('key')}]", text)
    text = ROLE.sub(lambda m: TARGET.sub("", m.group("text") or m.group("text2")), text)
    text = LINK.sub(lambda m: m.group("text"), text)
    text = LITERAL.sub(lambda m: m.group("text"), text)
    return INTERPRETED.sub(lambda m: m.group("text"), text)
