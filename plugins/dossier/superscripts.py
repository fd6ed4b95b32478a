"""Note markers a PDF set as superscripts, which its text layer (pypdf's, a viewer's copy) gives on a line of their own
over the line they belong to, a double space left in that line where each one sat:

    1 2
    Harbour states  and coastal towns  have been
    vocal about their ambitions for

Numbers so set that count up from 1 through the text, each line of them over a line of the text, are the notes'
markers, where the notes list defines the last of them; a kerned number may come apart ('1 5' for 15). Each marker
goes into the line under it at its gap, in order; one with no gap left for it ends the line. Numbers that stand at the
top of their pages, under the running head or the page break, are the pages' numbers counting up, not markers."""

from __future__ import annotations

import re
from collections.abc import Collection

MARKER_LINE = re.compile(r"^\d{1,3}(?: \d{1,3}){0,5}$")
GAP = re.compile(
    r"(?<=\S) {2,}(?=\S)|(?<! ) {2,}$"
)  # where a superscript sat: two spaces or more, inside the line or closing it (a run tried once, from its start)
SUPERSCRIPT_LINES_MIN = 5  # fewer such lines may be a chart's axis or a table's numbers
GAPPED_SHARE = 0.5  # of those lines, as many over a line that keeps a gap for each of its markers
PAGE_TOP_SHARE = 0.5  # of those lines, as many at a page's top (under its running head) make them the pages' numbers
NOTE_DEFINITION = r"^{key}\.?\s+\S"  # the notes list's entry for a key: '12. Jane Roe, …', '12 Jane Roe, …'


def _keys(line: str, expected: int) -> list[int]:
    """The markers a line of numbers holds, counting on from `expected`, or [] where it breaks the count. A number
    the text layer kerned apart ('1 5') is read whole where that gives the next key."""
    tokens = line.split()
    keys: list[int] = []
    at = 0
    while at < len(tokens):
        for end in range(at + 1, len(tokens) + 1):
            if int("".join(tokens[at:end])) == expected:
                keys.append(expected)
                expected += 1
                at = end
                break
        else:
            return []
    return keys


def _with_markers(line: str, keys: list[int]) -> str:
    """The line with each key's marker at a gap, in order; the keys left over end the line."""
    gaps = list(GAP.finditer(line))
    pieces: list[str] = []
    at = 0
    for gap, key in zip(gaps, keys, strict=False):
        pieces.append(f"{line[at : gap.start()]}[{key}] ")
        at = gap.end()
    rest = line[at:]
    left = keys[len(gaps) :]
    if left:
        rest = rest.rstrip() + "".join(f"[{key}]" for key in left) + " "
    return "".join(pieces) + rest


def superscript_markers(lines: list[str], page_tops: Collection[int] = ()) -> dict[int, str]:
    """Line numbers (from 1) of the lines of superscript markers, each with '' (the line drops out), and of the lines
    under them, each with its text the markers put in. {} where the text does not set its markers so. `page_tops`:
    the numbers of the lines that open a page or run along its top (a page break, a running head)."""
    found: list[tuple[int, list[int]]] = []
    expected = 1
    for index, line in enumerate(lines[:-1]):
        text = line.strip()
        below = lines[index + 1]
        if "\f" in line or not MARKER_LINE.match(text) or "\f" in below or not below.strip() or MARKER_LINE.match(below.strip()):
            continue
        keys = _keys(text, expected)
        if keys:
            found.append((index, keys))
            expected = keys[-1] + 1
    if len(found) < SUPERSCRIPT_LINES_MIN:
        return {}
    if sum(1 for index, _ in found if index in page_tops) >= PAGE_TOP_SHARE * len(found):
        return {}
    gapped = sum(1 for index, keys in found if len(GAP.findall(lines[index + 1])) == len(keys))
    if gapped < GAPPED_SHARE * len(found):
        return {}
    last_line, last_keys = found[-1]
    defined = re.compile(NOTE_DEFINITION.format(key=last_keys[-1]))
    if not any(defined.match(line.strip()) for line in lines[last_line + 2 :]):
        return {}
    rewritten: dict[int, str] = {}
    for index, keys in found:
        rewritten[index + 1] = ""
        rewritten[index + 2] = _with_markers(lines[index + 1], keys)
    return rewritten
