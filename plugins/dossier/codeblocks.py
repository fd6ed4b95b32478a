"""A command set as an indented code block between two numbered steps ('1. Install the logger' / four spaces and
'tidelog install --quay north' / '2. Run the first reading'), as how-to texts write it in plain text and in Markdown: the
block is code, kept as it is written, and the steps around it one numbered list (classify.numbered_lists goes on past it)."""

from __future__ import annotations

import re

from .importnotes import NUMBERED_ITEM
from .importunits import QUOTE_CLOSE, TERMINAL, Unit

CODE_INDENT = 4  # spaces (or a tab) past the step's margin, or in Markdown past its item's text, that set a line apart as code
# a step's marker and the spaces after it: Markdown's list item's text starts after them (CommonMark: 1 to 4 spaces)
ITEM_MARKER = re.compile(r"^(?P<margin>\s*)(?P<marker>\d{1,9}[.)])(?P<gap>[ \t]+)")
# a command's marks in plain text, where an indented line may be a step's note or a subheading: an option ('--quay',
# ' -v'), a path or a pipe, an assignment, a prompt ('$ '), a code sign, or a lower-case program's name opening it
COMMAND_SIGN = re.compile(r"(?:^|\s)--?[A-Za-z]|[/\\=|{};<>`]|^\$\s|^[a-z][\w.-]*(?:\s|$)")
SENTENCE_INSIDE = re.compile(r"[.!?][”’\"']?\s+[A-Z“‘\"]")


def _prose(text: str) -> bool:
    """Sentences: the block ends on a sentence's stop or holds one's end, as a quotation set in under a numbered
    paragraph does ('2. … told us:' / the quotation / '3. …'); a command does neither."""
    text = text.strip()
    return text[-1:] in TERMINAL + QUOTE_CLOSE or SENTENCE_INSIDE.search(text) is not None


def _indent(line: str) -> int:
    expanded = line.expandtabs(CODE_INDENT)
    return len(expanded) - len(expanded.lstrip(" "))


def _item_text_column(line: str) -> int:
    """Where a numbered list item's text starts, as Markdown reads it ('1. Pack' starts at 3): a block set in under the
    item is a paragraph of the item up to there plus CODE_INDENT, code only from there on."""
    found = ITEM_MARKER.match(line.expandtabs(CODE_INDENT))
    if found is None:
        return _indent(line)
    gap = len(found.group("gap"))
    return len(found.group("margin")) + len(found.group("marker")) + (gap if gap <= CODE_INDENT else 1)


def _step(unit: Unit) -> int | None:
    found = NUMBERED_ITEM.match(unit.text.strip())
    return int(found.group("number")) if found else None


def indented_code_between_steps(units: list[Unit], lines: list[str], inferred: list[str], markdown: bool = False) -> None:
    """Mark as code (its text fenced in data['code']) a unit whose lines are all indented by CODE_INDENT or more, set
    apart by a blank line, between a numbered step and the next ('1. …' / the block / '2. …'), the steps at the margin,
    the block no prose. In a Markdown export the block must sit CODE_INDENT past the item's text, as Markdown reads it
    (less is a paragraph of the item); in plain text it must bear a command's mark (COMMAND_SIGN), no step's note or
    subheading ('Background to the Review'). An indented paragraph elsewhere, or one of sentences (a quotation), is left."""
    for at in range(1, len(units) - 1):
        unit, above, below = units[at], units[at - 1], units[at + 1]
        number, following = _step(above), _step(below)
        if number is None or following != number + 1 or unit.data.get("code"):
            continue
        first, last = unit.line, unit.data.get("end", unit.line)
        block = lines[first - 1 : last]
        margin = min(_indent(lines[above.line - 1]), _indent(lines[below.line - 1]))
        if markdown:
            margin = _item_text_column(lines[above.line - 1])
        if first < 2 or lines[first - 2].strip() or not block or any(line.strip() and _indent(line) < margin + CODE_INDENT for line in block):
            continue
        if _prose(" ".join(block)) or not (markdown or COMMAND_SIGN.search(" ".join(line.strip() for line in block))):
            continue
        deepest = min(_indent(line) for line in block if line.strip())
        code = "\n".join(line.expandtabs(CODE_INDENT)[deepest:].rstrip() for line in block)
        unit.data["code"] = f"```\n{code}\n```"
        inferred.append(f"line {first}: the indented block between steps {number} and {following} kept as code")
