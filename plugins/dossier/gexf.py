"""The actor graph as GEXF (for Gephi), written as networkx's `write_gexf` writes a MultiDiGraph, byte for byte.

networkx built the whole document as ElementTree elements, indented them and serialized them in Python: at 1,000
reports (1,678 actors, 5,348 relations) about a second and a half of the build process's CPU, plus a third of a
second to import networkx, in a cold build's single-threaded last stretch. Here the same text is written line by
line: GEXF 1.2draft, pretty-printed with two spaces, attribute ids numbered in the order their titles first come
(nodes' first), the edges' declarations before the nodes', edges listed as a MultiDiGraph iterates them (by source
in node order, then by target in the order each pair first came, then by key) and numbered in that order, and the
key written as the attribute `networkx_key`. The creator line still names networkx (its installed version), so a
file compares equal to the ones built before. tests/test_gexf.py checks the text against networkx's own.
"""

from __future__ import annotations

import itertools
import re
import xml.sax.saxutils
from collections.abc import Iterable, Iterator, Mapping, Sequence

Value = str | int
Node = tuple[str, Mapping[str, Value]]  # an id and its data: "label" and the attributes
Edge = tuple[str, str, str, Mapping[str, Value]]  # source, target, key and the attributes

HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
)
KEY_TITLE = "networkx_key"
# ElementTree's escaping of an attribute's value, after &, < and >
_ATTRIBUTE_ENTITIES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}


_ESCAPED = re.compile(r'[&<>"\r\n\t]')


def attribute(value: str) -> str:
    """The value as ElementTree writes it in an attribute (most need nothing done)."""
    return xml.sax.saxutils.escape(value, _ATTRIBUTE_ENTITIES) if _ESCAPED.search(value) else value


def type_name(value: Value) -> str:
    """The GEXF type networkx declares for a Python value of this type."""
    if type(value) is str:
        return "string"
    if type(value) is int:
        return "long"
    raise TypeError(f"attribute value type is not written here: {type(value)}")


class _Attributes:
    """The attribute declarations of nodes or of edges: an id for each title, numbered on from the other class's."""

    def __init__(self, numbers: Iterator[int]) -> None:
        self._numbers = numbers
        self.ids: dict[str, str] = {}
        self.lines: list[str] = []

    def id_of(self, title: str, value: Value) -> str:
        """The title's id, declared with the type of its first value."""
        kind = type_name(value)
        found = self.ids.get(title)
        if found is None:
            found = self.ids[title] = str(next(self._numbers))
            self.lines.append(f'      <attribute id="{found}" title="{attribute(title)}" type="{kind}" />\n')
        return found

    def values(self, data: Iterable[tuple[str, Value]], indent: str) -> list[str]:
        lines = [f"{indent}<attvalues>\n"]
        for title, value in data:
            lines.append(f'{indent}  <attvalue for="{self.id_of(title, value)}" value="{attribute(str(value))}" />\n')
        lines.append(f"{indent}</attvalues>\n")
        return lines

    def declaration(self, kind: str) -> list[str]:
        if not self.lines:
            return []
        return [f'    <attributes mode="static" class="{kind}">\n', *self.lines, "    </attributes>\n"]


def _element(opening: str, children: list[str], indent: str, tag: str) -> list[str]:
    """An element with its children's lines, or an empty one."""
    if not children:
        return [f"{indent}{opening} />\n"]
    return [f"{indent}{opening}>\n", *children, f"{indent}</{tag}>\n"]


def gexf_text(nodes: Sequence[Node], edges: Sequence[Edge], modified: str, creator: str) -> str:
    """The GEXF networkx writes of a MultiDiGraph given these nodes (in order, each with its data) and then these
    edges; `modified` is the quoted value of the meta element's lastmodifieddate, `creator` its creator's text."""
    numbers = itertools.count()
    node_attributes, edge_attributes = _Attributes(numbers), _Attributes(numbers)
    data = {node: dict(values) for node, values in nodes}
    # a MultiDiGraph's adjacency: an edge's ends are added as nodes (without data) where they were not
    adjacency: dict[str, dict[str, dict[str, dict[str, Value]]]] = {node: {} for node in data}
    for source, target, key, values in edges:
        adjacency.setdefault(source, {})
        adjacency.setdefault(target, {})
        adjacency[source].setdefault(target, {}).setdefault(key, {}).update(values)
    node_lines: list[str] = []
    for node in adjacency:
        values = dict(data.get(node, {}))
        label = str(values.pop("label", node))
        opening = f'<node id="{attribute(node)}" label="{attribute(label)}"'
        children = node_attributes.values(values.items(), "        ") if values else []
        node_lines += _element(opening, children, "      ", "node")
    edge_lines: list[str] = []
    number = 0
    for source, targets in adjacency.items():
        for target, keyed in targets.items():
            for key, values in keyed.items():
                opening = f'<edge source="{attribute(source)}" target="{attribute(target)}" id="{number}"'
                edge_lines += _element(opening, edge_attributes.values([*values.items(), (KEY_TITLE, key)], "        "), "      ", "edge")
                number += 1
    lines = [
        HEADER,
        f"  <meta lastmodifieddate={modified}>\n",
        f"    <creator>{xml.sax.saxutils.escape(creator)}</creator>\n",
        "  </meta>\n",
        '  <graph defaultedgetype="directed" mode="static" name="">\n',
        *edge_attributes.declaration("edge"),
        *node_attributes.declaration("node"),
        *_element("<nodes", node_lines, "    ", "nodes"),
        *_element("<edges", edge_lines, "    ", "edges"),
        "  </graph>\n",
        "</gexf>\n",
    ]
    return "".join(lines)
