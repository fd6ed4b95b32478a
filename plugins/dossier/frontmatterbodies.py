"""A page builder's text kept in the front matter (Netlify CMS, Forestry, Sanity-style Hugo sites): a list of cards, blocks
or sections whose fields hold the page's Markdown (`cards:` / `  - body: >-` / `      > “We will rebuild.”`). Those
fields are the report's text, read in their order, each set on the lines its field takes in the file."""

from __future__ import annotations

import yaml  # type: ignore[import-untyped]  # PyYAML ships no type hints

# the keys a page builder's block keeps its Markdown under (a quote card's quotation and its credit, a section's body)
TEXT_KEYS = frozenset({"body", "text", "content", "quote", "attribution", "markdown"})
MIN_WORDS = 8  # a block list whose fields hold fewer words in all is settings ('text: Read more'), no text


def front_matter_text(source: str, first_line: int) -> dict[int, str]:
    """The builder's text fields of the front matter `source` (whose first line is the file's line `first_line`, 1-based):
    each field's value by the file line it starts on, its lines fitted into the lines the field takes. Empty where the
    front matter holds no list of blocks with such fields."""
    try:
        root = yaml.compose(source)
    except yaml.YAMLError:
        return {}
    if not isinstance(root, yaml.MappingNode):
        return {}
    placed: dict[int, str] = {}
    for _key, value in root.value:
        if not isinstance(value, yaml.SequenceNode):
            continue
        for item in value.value:
            if not isinstance(item, yaml.MappingNode):
                continue
            for key, field in item.value:
                if isinstance(key, yaml.ScalarNode) and key.value in TEXT_KEYS and isinstance(field, yaml.ScalarNode) and field.value.strip():
                    placed[first_line + key.start_mark.line] = _fitted(field.value, field.end_mark.line - key.start_mark.line + 1)
    return placed if sum(len(text.split()) for text in placed.values()) >= MIN_WORDS else {}


def _fitted(text: str, room: int) -> str:
    """The field's text, its lines stripped of the spaces the scalar kept; joined where the field's own lines are fewer."""
    lines = [line.rstrip() if line.strip() else "" for line in text.strip().split("\n")]
    if len(lines) + 1 > room:
        lines = [" ".join(line for line in lines if line)]
    return "\n".join(lines)
