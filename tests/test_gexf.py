"""dossier.gexf writes the GEXF networkx's write_gexf writes of the same MultiDiGraph, byte for byte."""

from __future__ import annotations

import io
import re
import xml.sax.saxutils

import networkx as nx
import pytest
from dossier.gexf import gexf_text

STAMP = "2024-05-01"


def networkx_text(nodes, edges) -> str:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(nodes)
    for source, target, key, data in edges:
        graph.add_edge(source, target, key=key, **data)
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer, encoding="utf-8", prettyprint=True)
    text = buffer.getvalue().decode("utf-8")
    return re.sub(r'lastmodifieddate="[^"]*"', f"lastmodifieddate={xml.sax.saxutils.quoteattr(STAMP)}", text, count=1)


def ours(nodes, edges) -> str:
    return gexf_text(nodes, edges, xml.sax.saxutils.quoteattr(STAMP), f"NetworkX {nx.__version__}")


NODES = [
    ("b-ank", {"label": "Bo Ank", "kind": "person", "affiliation": "cordland", "statements": 3, "mentions": 12}),
    ("cordland", {"label": "Cordland", "kind": "state", "affiliation": "", "statements": 0, "mentions": 40}),
    ("odd", {"label": "Quote \" & <tag> 'apostrophe'\tand\nlines\r", "kind": "organization", "affiliation": "", "statements": 0, "mentions": 1}),
    ("bare", {}),  # a node without data
]
EDGES = [
    ("b-ank", "cordland", "affiliation", {"relation": "affiliation", "evidence": 1, "first": "", "last": ""}),
    ("odd", "b-ank", "quoting", {"relation": "quoting", "evidence": 2, "first": "2024-01-02", "last": "2024-03-04"}),
    ("b-ank", "odd", "contact", {"relation": "contact", "evidence": 1, "first": "2024-01-02", "last": "2024-01-02"}),
    ("b-ank", "cordland", "co-mention", {"relation": "co-mention", "evidence": 5, "first": "", "last": ""}),  # a second key of one pair
    ("odd", "nobody-listed", "support", {"relation": "support", "evidence": 1, "first": "", "last": ""}),  # an end not among the nodes
    ("cordland", "cordland", "co-mention", {"relation": "co-mention", "evidence": 1, "first": "", "last": ""}),  # a loop
]


@pytest.mark.parametrize(
    ("nodes", "edges"),
    [(NODES, EDGES), (NODES, []), ([], []), ([], EDGES[:2]), (NODES[:1], [])],
    ids=["graph", "no-edges", "empty", "ends-only", "one-node"],
)
def test_the_text_is_networkxs(nodes, edges):
    assert ours(nodes, edges) == networkx_text(nodes, edges)


def test_a_value_networkx_would_write_otherwise_is_refused():
    with pytest.raises(TypeError):
        ours([("a", {"label": "A", "flag": True})], [])
