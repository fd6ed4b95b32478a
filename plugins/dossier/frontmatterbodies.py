"""A page builder's text kept in the front matter (Netlify CMS, Forestry, Sanity-style Hugo sites): a list of cards, blocks
or sections whose fields hold the page's Markdown (`cards:` / `  - body: >-` / `      > “We will rebuild.”`). Those
fields are the report's text, read in their order, each a paragraph of its own, set on the front matter's lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml  # type: ignore[import-untyped]  # PyYAML ships no type hints

# the keys a page builder's block keeps its Markdown under (a quote card's quotation and its credit, a section's body)
TEXT_KEYS = frozenset({"body", "text", "content", "quote", "attribution", "markdown"})
# a block that links somewhere is a site's menu entry or button ('text: Meet the team' / 'url: /team/'), never text
LINK_KEYS = frozenset({"url", "href", "link", "path", "page"})
MIN_WORDS = 8  # a block list whose fields hold fewer words in all is settings ('text: Read more'), no text
SENTENCE_WORDS = 6  # a field holding a sentence of at least this many words is prose
SENTENCE = re.compile(r"[.!?…][\"”’')\]]*$")
CREDIT_KEYS = frozenset({"attribution"})  # a quote card's credit, set after its quotation as the card shows it
ITEM_JOINER = " — "  # a credit after its quotation; a block's fields where the front matter has no room for each alone


@dataclass
class FieldText:
    line: int  # the file line its key stands on, 1-based
    item: int  # which block of the list it belongs to
    key: str
    text: str


def front_matter_fields(source: str, first_line: int, body: str) -> list[FieldText]:
    """The builder's text fields of the front matter `source` (whose first line is the file's line `first_line`, 1-based),
    every one in order. Empty where the front matter holds no list of blocks with such fields, where the blocks link
    somewhere (a menu), and where the fields hold no sentence while the Markdown `body` under the front matter has prose."""
    try:
        root = yaml.compose(source)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    found: list[FieldText] = []
    items = 0
    for _key, value in root.value:
        if not isinstance(value, yaml.SequenceNode):
            continue
        for item in value.value:
            if not isinstance(item, yaml.MappingNode):
                continue
            if any(isinstance(key, yaml.ScalarNode) and key.value in LINK_KEYS for key, _field in item.value):
                continue
            items += 1
            for key, field in item.value:
                if isinstance(key, yaml.ScalarNode) and key.value in TEXT_KEYS and isinstance(field, yaml.ScalarNode) and field.value.strip():
                    found.append(FieldText(first_line + key.start_mark.line, items, key.value, _tidied(field.value)))
    if sum(len(found_field.text.split()) for found_field in found) < MIN_WORDS:
        return []
    if _has_prose(body) and not any(_has_prose(found_field.text) for found_field in found):
        return []
    return found


def laid_out(fields: list[FieldText], room: int) -> list[str] | None:
    """The front matter's `room` lines with the fields set on them, each a paragraph with a blank line under it (a quote
    card's credit after its quotation, '… — Name, role'): as written, else each on one line, else each block's fields
    on one line; None where even that does not fit."""
    paragraphs: list[str] = []
    for index, found in enumerate(fields):
        if found.key in CREDIT_KEYS and index and fields[index - 1].item == found.item and paragraphs:
            paragraphs[-1] = f"{paragraphs[-1]}{ITEM_JOINER}{' '.join(found.text.split())}"
        else:
            paragraphs.append(found.text)
    for layout in (
        paragraphs,
        [" ".join(paragraph.split()) for paragraph in paragraphs],
        [ITEM_JOINER.join(" ".join(found.text.split()) for found in fields if found.item == item) for item in dict.fromkeys(f.item for f in fields)],
    ):
        lines = [line for paragraph in layout for line in (*paragraph.split("\n"), "")]
        if len(lines) <= room:
            return lines + [""] * (room - len(lines))
    return None


def _tidied(text: str) -> str:
    """The field's text, its lines stripped of the spaces the scalar kept, at most one blank line between its paragraphs."""
    lines = [line.rstrip() if line.strip() else "" for line in text.strip().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def _has_prose(text: str) -> bool:
    """A line of the text is a sentence: some words and a stop at its end (a heading, a list of links or a label is not)."""
    return any(
        len(line.split()) >= SENTENCE_WORDS and SENTENCE.search(line.strip()) and not line.lstrip().startswith(("#", "|", "<", "{{"))
        for line in text.split("\n")
    )
