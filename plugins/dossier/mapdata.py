"""What the actor map page shows: the vis-network nodes, edges and options, the evidence passages and the text twin.

The nodes, edges and options are those pyvis made, written here; the page itself
is the theme's template (pyvis's own page loads Bootstrap from a CDN and can
switch tooltips to raw HTML). Passages are listed once in the page and the
graph data points to them, so evidence text is never duplicated.

At archive scale the page holds only the most connected actors (CORE_ACTORS)
and the relations among them, with a small index of every other actor (name,
place, the reports that name them); each report's actors, relations and
passages are a classic script, data/map/<slug>.js, that the page adds when a
search, a focus or a report's view needs it (fetch() is not allowed from
file://). A shard depends on its report and the registry only, so an edit
rewrites that report's shard and the page.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import json.encoder
import os
import re
import xml.sax.saxutils
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from .actors import fold_chars
from .dates import format_date
from .gexf import gexf_text
from .kept import keep
from .model import ACTOR_KIND_GROUPS, ACTOR_KINDS, Actor
from .pages import paragraph_path, section_label
from .relations import RELATION_TYPES, ActorGraph, Evidence, Relation, one_line
from .text import json_records

if TYPE_CHECKING:
    from .speakers import SpeakerBook

T = TypeVar("T")

# Shape and colour by kind, never colour alone; both pass 3:1 against the light and dark page backgrounds.
KIND_STYLES = {
    "person": {"shape": "dot", "color": "#2563a8", "symbol": "circle"},
    "state": {"shape": "square", "color": "#8a5a00", "symbol": "square"},
    "organization": {"shape": "diamond", "color": "#2e7d32", "symbol": "diamond"},
    "outlet": {"shape": "triangle", "color": "#b3364b", "symbol": "triangle"},
    "forum": {"shape": "hexagon", "color": "#7b4fb0", "symbol": "hexagon"},
    "unknown": {"shape": "star", "color": "#6b6b6b", "symbol": "star"},
}
# Line style by relation type, never colour alone: solid with an arrow, thick solid, dashed, dash-dot, dotted.
RELATION_STYLES: dict[str, dict[str, Any]] = {
    "affiliation": {"dashes": False, "width": 1.5, "arrow": True, "color": "#7a7a7a"},
    "contact": {"dashes": False, "width": 4, "arrow": False, "color": "#2563a8"},
    "support": {"dashes": [12, 6], "width": 2.5, "arrow": True, "color": "#2e7d32"},
    "opposition": {"dashes": [12, 5, 3, 5], "width": 2.5, "arrow": True, "color": "#c0392b"},
    "quoting": {"dashes": [6, 3, 1, 3], "width": 1.5, "arrow": True, "color": "#7b4fb0"},
    "co-mention": {"dashes": [2, 5], "width": 1.5, "arrow": False, "color": "#8f8f8f"},
}
REGISTRY_BASIS = "actor registry"  # what an affiliation from the registry rests on, said as such, never quoted
PASSAGE_LIMIT = 200
LARGE_MAP_RELATIONS = 300
PASSAGES_SHOWN = 6  # per relation in the page; data/relations.csv has them all
CORE_ACTORS = 150  # actors the site-wide page holds itself; the rest come from the report shards
SHARD_REPORTS = 24  # of an actor's reports, the latest this many are loaded when the actor is searched or focused
SHARD_FOLDER = "data/map"
NETWORK_CACHE = "map-network.json"  # the last build's drawing (MapView.network_data)
INDEX_FILE = "data/map-index.js"  # the index of the actors a large map's page does not hold
TABLE_PAGE = "map-table.html"  # a large map's text twin, in pages of TABLE_ROWS relations
TABLE_ROWS = 300
LARGE_PAGE_PASSAGES = 1  # per typed relation in a page that holds only part of the map; its reports' shards have more


@dataclass
class Passage:
    id: str
    text: str
    url: str
    date: str
    where: str
    from_registry: bool = False
    date_label: str = ""


@dataclass
class Row:
    """A relation as the map shows it. Its passages are places in `relation.evidence` (Relation.evidence_at), made
    into passages only when asked: a warm build's rows take their order from the last build's, and a page shows a few."""

    relation: Relation
    source_name: str
    target_name: str
    label: str
    dates: str
    order: Sequence[int] = field(default_factory=list)  # all passages, oldest first, the registry's entry included
    shown_order: list[int] = field(default_factory=list)  # the report sentences a page shows, of them
    sentence_count: int = 0  # how many of them are report sentences
    basis: str = ""  # "actor registry" for an affiliation the registry gives: shown as what it is, not as a passage
    passages: list[Passage] = field(default_factory=list)  # the shown sentences as numbered in map.html (its rows only)

    @property
    def evidence(self) -> list[Evidence]:
        return self.relation.evidence_at(self.order)

    @property
    def shown(self) -> list[Evidence]:
        return self.relation.evidence_at(self.shown_order)

    @property
    def hidden(self) -> int:
        """The report sentences not shown."""
        return self.sentence_count - len(self.shown_order)


def spread(items: Sequence[T], count: int) -> list[T]:
    """At most `count` items, the first and the last among them and the rest evenly between."""
    if len(items) <= count:
        return list(items)
    step = (len(items) - 1) / (count - 1)
    return [items[round(i * step)] for i in range(count)]


def report_day(date: dt.date | None) -> str:
    return date.isoformat() if date else ""


class IsoDates(dict[dt.date | None, str]):
    """date -> date.isoformat(), None -> "": each worked out once."""

    def __missing__(self, date: dt.date | None) -> str:
        found = self[date] = date.isoformat() if date else ""
        return found


class DateLabels(dict[dt.date | None, str]):
    """date -> format_date(date), None -> "": each worked out once."""

    def __missing__(self, date: dt.date | None) -> str:
        found = self[date] = format_date(date)
        return found


encode_string = json.encoder.encode_basestring  # a str as JSON with its characters as they are (ensure_ascii=False)


def dumps(value: Any) -> str:
    """JSON as the map's data files write it: sorted keys, no spaces, characters as they are."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def date_span(dates: list[dt.date]) -> str:
    if not dates:
        return ""
    first, last = dates[0], dates[-1]
    return format_date(first) if first == last else f"{format_date(first)} – {format_date(last)}"


CSV_HEADER = "source,source_name,relation,target,target_name,evidence_count,date,passage,url,where,rule\r\n"
NEEDS_QUOTES = re.compile(r'[,"\r\n]')


def csv_field(text: str) -> str:
    """A field as csv.writer writes it (the excel dialect): quoted, its quotes doubled, if it holds a comma, a quote or a line end."""
    return '"' + text.replace('"', '""') + '"' if NEEDS_QUOTES.search(text) else text


def shorten(text: str, limit: int = PASSAGE_LIMIT) -> str:
    return cut(one_line(text), limit)


def cut(line: str, limit: int = PASSAGE_LIMIT) -> str:
    """A text on one line, at most `limit` characters: cut at a word, with an ellipsis."""
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + " …"


# a relation's passages in row order as positions in its evidence, their dates in that order and how many are report
# sentences, under what they come from (ActorGraph.shares and how many passages there are)
KeptOrder = tuple[Any, tuple[int, ...], list[dt.date], int]
# the passages a page row shows, under what they come from (its KeptOrder's first item) and their places in its evidence
KeptShown = tuple[Any, list[int], list[Evidence]]


class MapView:
    """Everything the map page and its data exports need, from the graph and the speaker book."""

    def __init__(
        self,
        graph: ActorGraph,
        book: SpeakerBook,
        registry_name: str = "actors.toml",
        cache_folder: str = "",
        core_actors: int = CORE_ACTORS,
        kept_orders: dict[str, KeptOrder] | None = None,
        kept_shown: dict[str, KeptShown] | None = None,
    ) -> None:
        """`kept_orders` may give the last build's `orders`: a relation whose passages come from the same readings (and
        as many from the registry) takes the order of its passages from there instead of sorting them, and their dates
        and how many are report sentences instead of looking at each passage again (at 1,000 reports, 150,000 passages
        scattered over the loaded analyses: about 0.1 s of a warm build). `kept_shown` may give the last build's
        `page_shown`, made with the same merged actors: a page row that shows the same places of passages from the same
        readings takes them from there, so the readings they are in are not unpickled (a hundred at 1,000 reports)."""
        self.core_actors = core_actors
        self.graph = graph
        self.book = book
        self.registry = graph.registry
        self.passages: list[Passage] = []
        self._passage_ids: dict[Evidence, Passage] = {}
        self._where: dict[tuple[str, str], str] = {}
        self._iso = IsoDates()  # a passage's date as its rows sort by it: an archive's 150,000 passages share a few hundred dates
        self._csv_places: dict[tuple[str, str], tuple[str, str]] = {}  # (report, section) -> its page's address, where it is (CSV)
        self._by_report: dict[str, list[tuple[Row, list[int]]]] | None = None
        self._places: dict[tuple[str, str], tuple[str, str]] = {}  # (report, section) -> its page's address, where it is
        self._date_labels = DateLabels()
        self._shard_nodes: dict[str, str] = {}  # each actor's node in the shards, as JSON
        self.registry_label = f"Actor registry ({registry_name})"  # where an affiliation's passage is
        self._kept_orders = kept_orders or {}
        self.orders: dict[str, KeptOrder] = {}  # each relation's passages in row order, as positions, for the next build
        self._same_dates: dict[dt.date, dt.date] = {}  # equal dates as one object: the kept orders pickle each date once
        self.orders_made = 0  # how many relations' passages from reports were sorted (not taken from kept_orders)
        rows = [self._row(relation) for relation in graph.sorted_relations()]
        # relations read in the text first; affiliations the registry alone gives after them
        self.rows = [r for r in rows if r.shown_order] + [r for r in rows if not r.shown_order]
        self.cache_folder = cache_folder
        # the layout is worked out apart while the build renders other pages, and waited for when first needed
        self._positions = graph.positions_later(cache_folder) if cache_folder else functools.cache(graph.positions)
        self.report_order = sorted(book.reports, key=lambda slug: (report_day(book.reports[slug].date), slug))
        self.core = self._core_ids()
        self.complete = len(self.core) == len(graph.actors)
        # the rows map.html itself holds (all of them unless the map is larger than CORE_ACTORS)
        self.page_rows = [r for r in self.rows if r.relation.source in self.core and r.relation.target in self.core]
        if not self.complete:  # the page's weight is in its passages: the latest of each typed relation, none for co-mentions
            for row in self.page_rows:
                row.shown_order = [] if row.relation.kind == "co-mention" else row.shown_order[-LARGE_PAGE_PASSAGES:]
        self._kept_shown = kept_shown or {}
        self.page_shown: dict[str, KeptShown] = {}  # the passages each page row shows, for the next build
        self.page_shown_made = 0  # how many page rows' passages were gathered (not taken from kept_shown)
        for row in self.page_rows:
            row.passages = [self.passage(e) for e in self._page_shown(row)]

    def _page_shown(self, row: Row) -> list[Evidence]:
        if not row.shown_order:
            return []
        key = row.relation.key
        order = self.orders.get(key)
        kept = self._kept_shown.get(key)
        if order is not None and kept is not None and kept[0] == order[0] and kept[1] == row.shown_order:
            shown = kept[2]
        else:
            shown = row.shown
            self.page_shown_made += 1
        if order is not None:
            self.page_shown[key] = (order[0], row.shown_order, shown)
        return shown

    # passages and rows

    def describe(self, evidence: Evidence, passage_id: str = "") -> Passage:
        if evidence.from_registry:  # for the exports only: the page never lists the registry's entry as a passage
            return Passage(passage_id, evidence.text, "", "", self.registry_label, True)
        report = self.book.reports[evidence.report_slug]
        return Passage(
            passage_id,
            cut(evidence.line),
            paragraph_path(report, evidence.section_slug, evidence.anchor),
            evidence.date.isoformat() if evidence.date else "",
            self.where(evidence.report_slug, evidence.section_slug),
            date_label=format_date(evidence.date),
        )

    def where(self, report_slug: str, section_slug: str) -> str:
        """Where a passage is, as the page shows it; the same for every passage of a section, so worked out once."""
        key = (report_slug, section_slug)
        if key not in self._where:
            report = self.book.reports[report_slug]
            title = section_label(report.section(section_slug))
            self._where[key] = shorten(title, 48) if len(self.book.reports) == 1 else f"{shorten(report.title, 40)} · {shorten(title, 40)}"
        return self._where[key]

    def passage(self, evidence: Evidence) -> Passage:
        """The passage as listed in the page, numbered once however many relations it backs."""
        found = self._passage_ids.get(evidence)
        if found is None:
            found = self._passage_ids[evidence] = self.describe(evidence, f"ev-{len(self.passages) + 1}")
            self.passages.append(found)
        return found

    def _row(self, relation: Relation) -> Row:
        # by date (undated first), report and paragraph, in the order gathered where those are the same; the passage's
        # number ends every comparison before the passage itself (a sort key function costs a call for each of an
        # archive's ~150,000 passages, on every build). The order depends only on the passages' dates, reports and
        # paragraphs, so a relation whose passages come from the same readings keeps the last build's order.
        key = relation.key
        count = relation.evidence_count
        shares = self.graph.shares.get(key)
        signature = (tuple(shares), count) if shares is not None else None  # tuples: the kept orders load in two thirds of the time
        kept = self._kept_orders.get(key)
        if signature is not None and kept is not None and kept[0] == signature:
            _, positions, dates, sentence_count = kept
        else:
            iso = self._iso
            evidence = relation.evidence
            decorated = [(iso[e.date], e.report_slug, e.anchor, number, e) for number, e in enumerate(evidence)]
            decorated.sort()
            positions = tuple(item[3] for item in decorated)
            same = self._same_dates
            dates = [same.setdefault(e.date, e.date) for *_, e in decorated if e.date]
            sentence_count = sum(1 for *_, e in decorated if e.report_slug)
        if signature is not None:  # not an affiliation the registry alone gives (no reading's passage; nothing to sort)
            self.orders[key] = (signature, positions, dates, sentence_count)
            if kept is None or kept[0] != signature:
                self.orders_made += 1
        # in date order now: the relation's dates without sorting them again (Relation.dates keeps them)
        relation._dates = (count, dates)
        # the report sentences, not the registry's entry
        sentences = positions if sentence_count == len(positions) else [n for n in positions if relation.is_sentence(n)]
        return Row(
            relation,
            self.registry[relation.source].name,
            self.registry[relation.target].name,
            RELATION_TYPES[relation.kind],
            date_span(relation.dates),
            positions,
            spread(sentences, PASSAGES_SHOWN),
            sentence_count,
            REGISTRY_BASIS if len(sentences) < len(positions) else "",
        )

    def _core_ids(self) -> set[str]:
        """The actors the site-wide page holds: the most quoted and most related, CORE_ACTORS of them."""
        degree: dict[str, int] = {}
        for relation in self.graph.relations.values():
            degree[relation.source] = degree.get(relation.source, 0) + 1
            degree[relation.target] = degree.get(relation.target, 0) + 1
        counts = self.graph.statement_counts
        ranked = sorted(self.graph.actors, key=lambda a: (-(counts.get(a.id, 0) + degree.get(a.id, 0)), fold_chars(a.name), a.id))
        return {a.id for a in ranked[: self.core_actors]}

    def unrelated(self) -> list[Actor]:
        """The actors the page draws with no line to another, by name: the text twin lists them, as the table lists
        the others."""
        related = {end for row in self.page_rows for end in (row.relation.source, row.relation.target)}
        alone = {a.id: a for a in self.graph.actors if a.id in self.core and a.id not in related}
        return sorted(alone.values(), key=lambda a: (fold_chars(a.name), a.id))

    # legend

    def kinds_present(self) -> list[tuple[str, str, dict[str, str]]]:
        present = {a.kind for a in self.graph.actors}
        return [(kind, ACTOR_KIND_GROUPS[kind], KIND_STYLES[kind]) for kind in ACTOR_KINDS if kind in present]

    def relations_present(self) -> list[tuple[str, str, dict[str, Any]]]:
        present = {r.kind for r in self.graph.relations.values()}
        return [(kind, RELATION_TYPES[kind], RELATION_STYLES[kind]) for kind in RELATION_TYPES if kind in present]

    def date_bounds(self) -> tuple[str, str]:
        """The first and last date of any passage (each relation's dates are in order: its first and last are enough;
        sorting an archive's 150,000 dates cost a build about 0.03 s)."""
        spans = [dates for r in self.graph.relations.values() if (dates := r.dates)]
        if not spans:
            return ("", "")
        return (min(dates[0] for dates in spans).isoformat(), max(dates[-1] for dates in spans).isoformat())

    # the network vis-network draws

    @property
    def positions(self) -> dict[str, tuple[int, int]]:
        return self._positions()

    def network(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The page's nodes and edges, each a dict of vis-network's options: what pyvis's Network.add_node and
        add_edge made of the same arguments (pyvis itself is no longer imported: with networkx and IPython, which
        it imports, about half a second of a cold build's last, single-threaded stretch)."""
        nodes: dict[str, dict[str, Any]] = {}  # by id: an id is drawn once
        for actor in self.graph.actors:
            if actor.id not in self.core or actor.id in nodes:
                continue
            style = KIND_STYLES.get(actor.kind, KIND_STYLES["unknown"])
            x, y = self.positions.get(actor.id, (0, 0))
            statements = self.graph.statement_counts.get(actor.id, 0)
            nodes[actor.id] = {
                "color": style["color"],
                "x": x,
                "y": y,
                "size": 12 + min(statements, 10) * 1.5,
                "physics": False,
                "id": actor.id,
                "label": actor.name or actor.id,
                "shape": style["shape"],
            }
        edges = []
        for row in self.page_rows:
            relation = row.relation
            if relation.source not in nodes or relation.target not in nodes:
                raise ValueError(f"a relation of the map's page ends outside it: {relation.key}")
            style = RELATION_STYLES[relation.kind]
            edges.append(
                {
                    "id": relation.key,
                    "dashes": style["dashes"],
                    "width": style["width"],
                    "color": {"color": style["color"], "highlight": style["color"], "hover": style["color"]},
                    "arrows": {"to": {"enabled": style["arrow"], "scaleFactor": 0.6}},
                    "from": relation.source,
                    "to": relation.target,
                }
            )
        return list(nodes.values()), edges

    def options(self) -> dict[str, Any]:
        """vis-network's options for the page (every one pyvis's defaults gave is set here)."""
        # Curves help a small map read; on a large one they cost more drawing time than they give.
        curved = len(self.page_rows) <= LARGE_MAP_RELATIONS
        return {
            "edges": {"smooth": {"enabled": curved, "type": "continuous", "roundness": 0.2}, "selectionWidth": 2, "hoverWidth": 1},
            "interaction": {"hover": True, "tooltipDelay": 3600000, "multiselect": False, "navigationButtons": False, "keyboard": False},
            "physics": {"enabled": False},
            "layout": {"improvedLayout": False},
            "nodes": {"font": {"size": 15, "strokeWidth": 3}, "borderWidth": 1},
        }

    def network_data(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
        """The nodes, edges and options for the page. Kept in the cache folder under a digest of what they are made
        from (and this file's code): a warm build whose map drawing is the same takes them from there."""
        digest = hashlib.sha256()
        for actor in self.graph.actors:
            if actor.id in self.core:
                x, y = self.positions.get(actor.id, (0, 0))
                digest.update(repr((actor.id, actor.name, actor.kind, x, y, self.graph.statement_counts.get(actor.id, 0))).encode())
        for row in self.page_rows:
            digest.update(repr((row.relation.source, row.relation.target, row.relation.key, row.relation.kind)).encode())
        with open(__file__, "rb") as handle:
            digest.update(handle.read())
        path = os.path.join(self.cache_folder, NETWORK_CACHE) if self.cache_folder else ""
        if path:
            try:
                with open(path, encoding="utf-8") as handle:
                    kept = json.load(handle)
                if kept["key"] == digest.hexdigest():
                    return kept["nodes"], kept["edges"], kept["options"]
            except (OSError, ValueError, KeyError, TypeError):
                pass
        nodes, edges = self.network()
        options = self.options()
        # through JSON, as a later build reads it: the same values either way
        text = json.dumps({"key": digest.hexdigest(), "nodes": nodes, "edges": edges, "options": options}, sort_keys=True)
        found: dict[str, Any] = json.loads(text)
        if path:
            keep(path, text.encode())
        return found["nodes"], found["edges"], found["options"]

    def payload(self) -> dict[str, Any]:
        nodes, edges, options = self.network_data()
        by_id = {a.id: a for a in self.graph.actors}
        report_index = {slug: number for number, slug in enumerate(self.report_order)}
        out_nodes = []
        kind_styles: dict[str, Any] = {}
        for node in nodes:
            actor = by_id[node["id"]]
            # Every node of a kind looks the same: pyvis's per-node style is sent once per kind.
            kind_styles.setdefault(actor.kind, {"shape": node["shape"], "color": node["color"]})
            label = fold_chars(actor.name)
            item = {"id": node["id"], "label": node["label"], "x": node["x"], "y": node["y"], "size": node["size"], "kind": actor.kind}
            aliases = sorted({fold_chars(form) for form in actor.surface_forms} - {label})
            if aliases:
                item["aliases"] = aliases
            if actor.id in self.book.speakers:
                item["page"] = f"speakers/{actor.file_name}"
            if actor.affiliation in self.registry:
                item["affiliation"] = self.registry[actor.affiliation].name
            if actor.description:
                item["description"] = shorten(actor.description, 160)
            statements = self.graph.statement_counts.get(actor.id, 0)
            if statements:
                item["statements"] = statements
            if self.complete and len(report_index) > 1:
                item["reports"] = [report_index[slug] for slug in sorted(self.graph.actor_reports.get(actor.id, ()))]
            elif not self.complete:
                item["shards"], item["inReports"] = self.shards_of(actor.id, report_index)
            out_nodes.append(item)
        out_edges: list[Any] = []  # dicts, or short lists on a large map
        for edge, row in zip(edges, self.page_rows, strict=True):
            relation = row.relation
            passages = [int(p.id[3:]) for p in row.passages]
            if not self.complete:
                # A large map's edges are short lists, [from, relation, to, [passages], more, basis] without empty
                # ends, and no id (it is "<from>--<relation>--<to>", Relation.key): 900 of them at 1,000 reports.
                compact: list[Any] = [edge["from"], relation.kind, edge["to"], passages, row.hidden, row.basis]
                while not compact[-1]:
                    compact.pop()
                out_edges.append(compact)
                continue
            item = {"id": edge["id"], "from": edge["from"], "to": edge["to"], "relation": relation.kind}
            # the passages' dates are read from the page's passage list, where they are written once
            item["passages"] = passages
            if row.hidden:
                item["more"] = row.hidden
            if row.basis:
                item["basis"] = row.basis
            if self.complete and len(report_index) > 1:
                item["reports"] = [report_index[slug] for slug in relation.reports]
            out_edges.append(item)
        # Every edge of a type looks the same: pyvis's per-edge style is sent once per type.
        edge_styles: dict[str, Any] = {}
        for edge, row in zip(edges, self.page_rows, strict=True):
            edge_styles.setdefault(row.relation.kind, {key: edge[key] for key in ("dashes", "width", "color", "arrows") if key in edge})
        for kind in RELATION_TYPES:  # a shard may bring a type the page's own rows lack
            if kind not in edge_styles and any(r.kind == kind for r in self.graph.relations.values()):
                style = RELATION_STYLES[kind]
                color = {"color": style["color"], "highlight": style["color"], "hover": style["color"]}
                edge_styles[kind] = {
                    "dashes": style["dashes"],
                    "width": style["width"],
                    "color": color,
                    "arrows": {"to": {"enabled": style["arrow"], "scaleFactor": 0.6}},
                }
        extra: dict[str, Any] = {}
        if not self.complete:  # the text twin is a page of its own: the panels take the passages from here
            # [text, url, date, date label, where as a number in passageWheres]: many passages share a "where"
            wheres = {where: number for number, where in enumerate(dict.fromkeys(p.where for p in self.passages))}
            extra["passages"] = [[p.text, p.url, p.date, p.date_label, wheres[p.where]] for p in self.passages]
            extra["passageWheres"] = list(wheres)
        return {
            **extra,
            "complete": self.complete,
            "actorCount": len(self.graph.actors),
            "relationCount": len(self.rows),
            "nodes": out_nodes,
            "edges": out_edges,
            "options": options,
            "relations": {kind: label for kind, label, _style in self.relations_present()},
            "edgeStyles": edge_styles,
            "kindStyles": kind_styles,
            "kinds": {kind: label for kind, label in ACTOR_KINDS.items()},
            # a large map's list of reports (by which its actors name their shards) is in INDEX_FILE
            "reports": self.report_order if self.complete else [],
            # neutral co-mention lines are many on a large map: the page starts with them hidden there
            "hiddenRelations": ["co-mention"] if len(self.rows) > LARGE_MAP_RELATIONS else [],
        }

    def shards_of(self, actor_id: str, report_index: dict[str, int]) -> tuple[list[int], int]:
        """The reports that name an actor, as numbers in the report order: the latest SHARD_REPORTS, and how many in all."""
        numbers = sorted(report_index[slug] for slug in self.graph.actor_reports.get(actor_id, ()))
        return numbers[-SHARD_REPORTS:], len(numbers)

    def index(self, report_index: dict[str, int]) -> dict[str, Any]:
        """Every actor the page does not hold, to find by name: [id, name, kind, x, y, size, statements, speaker page
        or "", [report numbers], reports in all, [aliases]]; and the registry's affiliations, which no report holds."""
        entries = []
        for actor in self.graph.actors:
            if actor.id in self.core:
                continue
            x, y = self.positions.get(actor.id, (0, 0))
            statements = self.graph.statement_counts.get(actor.id, 0)
            label = fold_chars(actor.name)
            aliases = sorted({fold_chars(form) for form in actor.surface_forms} - {label})
            shards, total = self.shards_of(actor.id, report_index)
            page = f"speakers/{actor.file_name}" if actor.id in self.book.speakers else ""
            entries.append([actor.id, actor.name, actor.kind, x, y, 12 + min(statements, 10) * 1.5, statements, page, shards, total, aliases])
        held = {r.relation.key for r in self.page_rows}
        registry_only = [
            [r.relation.key, r.relation.source, r.relation.target] for r in self.rows if r.relation.key not in held and not r.sentence_count
        ]
        return {"index": entries, "registryEdges": registry_only, "reports": self.report_order}

    def index_script(self) -> str:
        """INDEX_FILE, for an archive larger than the page: every actor the page does not hold, to find by name, and
        the registry's affiliations among them; the page adds it (a classic script) when a search or a shard needs it."""
        report_index = {slug: number for number, slug in enumerate(self.report_order)}
        body = dumps(self.index(report_index))
        return f"dossierMapIndex({body});\n"

    def table_pages(self) -> list[dict[str, Any]]:
        """The text twin of a map larger than the page (TABLE_PAGE and on): its rows, TABLE_ROWS a page, each page
        with the passages its rows cite."""
        chunks = [self.page_rows[i : i + TABLE_ROWS] for i in range(0, len(self.page_rows), TABLE_ROWS)] or [[]]
        pages = []
        for number, rows in enumerate(chunks, 1):
            cited = {p.id: p for row in rows for p in row.passages}
            pages.append(
                {
                    "number": number,
                    "start": (number - 1) * TABLE_ROWS,
                    "file_name": TABLE_PAGE if number == 1 else TABLE_PAGE.replace(".html", f"-{number}.html"),
                    "rows": rows,
                    "passages": sorted(cited.values(), key=lambda p: int(p.id[3:])),
                }
            )
        return pages

    def _rows_by_report(self) -> dict[str, list[tuple[Row, list[int]]]]:
        """Each report's rows and the places of their passages from it in the row's evidence, in row order; worked
        out from the relations' shares (one range of places a report), so without going through the passages."""
        if self._by_report is not None:
            return self._by_report
        by_report: dict[str, list[tuple[Row, list[int]]]] = {slug: [] for slug in self.book.reports}
        for row in self.rows:
            ranges = row.relation.share_ranges()
            if not ranges:
                continue
            order = row.order
            if len(ranges) == 1:
                slug, start, end = ranges[0]
                by_report[slug].append((row, list(order) if len(order) == end else [n for n in order if n < end]))
                continue
            rank = sorted(range(len(order)), key=order.__getitem__)  # where each place is in the row's order
            by_rank = rank.__getitem__
            for slug, start, end in ranges:
                by_report[slug].append((row, sorted(range(start, end), key=by_rank)))
        self._by_report = by_report
        return by_report

    def shard_relations(self) -> dict[str, str]:
        """For each report, the relations its shard lists and whether the registry is their basis too: with the
        report's text and the registry, what its shard is made from."""
        found: dict[str, list[str]] = {slug: [] for slug in self.book.reports}
        for row, slugs in self._row_reports():
            # json.dumps([key, basis], ensure_ascii=False) as its C string encoder writes it, without setting up an encoder
            # for each of an archive's 5,000 rows (a repr of each report's list cost 0.04 s)
            # json.dumps's default ", " between the two: the text every shard's key has been built from (", " -> ","
            # would rewrite every report's shard once)
            entry = f"[{encode_string(row.relation.key)}, {encode_string(row.basis)}]"
            for slug in slugs:
                found[slug].append(entry)
        return {slug: f"[{','.join(entries)}]" for slug, entries in found.items()}

    def _row_reports(self) -> list[tuple[Row, list[str]]]:
        """Each row, in order, with the reports it has passages from: from the graph's shares (what each relation's
        passages are made of), so without going through the passages."""
        shares = self.graph.shares
        return [(row, [slug for slug, _ in shares.get(row.relation.key, ())]) for row in self.rows]

    def _report_rows(self, slug: str) -> list[tuple[Row, list[int]]]:
        """One report's rows and the places of their passages from it (what _rows_by_report gives for that report)."""
        found = []
        for row, slugs in self._row_reports():
            if slug in slugs:
                own = row.relation.numbers_from(slug)
                found.append((row, [number for number in row.order if number in own]))
        return found

    def shards(self, only: set[str] | None = None) -> dict[str, str]:
        """Each report's script for the map page: its actors' details, its relations and their passages from it
        (of the reports named in only, if given)."""
        # a few reports' shards (a warm build's): their rows only, not every report's
        few = only is not None and len(only) * 8 < len(self.book.reports)
        by_report = (
            {slug: self._report_rows(slug) for slug in self.book.reports if slug in only} if few and only is not None else self._rows_by_report()
        )
        named: dict[str, set[str]] = {slug: set() for slug in self.book.reports}
        for actor_id, reports in self.graph.actor_reports.items():
            for slug in reports:
                named[slug].add(actor_id)
        out = {}
        edge_ends: dict[str, tuple[str, str]] = {}
        for slug, rows in by_report.items():
            if only is not None and slug not in only:
                continue
            actors = named[slug]
            passages: list[list[str]] = []
            # a sentence that backs several relations is listed once: the same passage, or an equal one (another
            # rule's, a merged speaker's), by its fields (its report is this one) rather than Evidence's hash, a call
            numbered: dict[tuple[str, str, str, dt.date | None, str], int] = {}
            numbered_ids: dict[int, tuple[Evidence, int]] = {}  # the passage kept with its number: an id is unique while it lives
            edges: list[str] = []
            for row, own in rows:
                relation = row.relation
                actors.update((relation.source, relation.target))
                shown = relation.evidence_at(spread(own, PASSAGES_SHOWN))
                numbers = []
                for evidence in shown:
                    seen = numbered_ids.get(id(evidence))
                    if seen is not None and seen[0] is evidence:
                        number = seen[1]
                    else:
                        key = (evidence.text, evidence.section_slug, evidence.anchor, evidence.date, evidence.speaker)
                        if key not in numbered:
                            numbered[key] = len(passages)
                            passages.append(self._shard_passage(evidence))
                        number = numbered[key]
                        numbered_ids[id(evidence)] = (evidence, number)
                    numbers.append(number)
                ends = edge_ends.get(relation.key)
                if ends is None:
                    ends = edge_ends[relation.key] = self._edge_ends(row)
                more = f'"more":{len(own) - len(shown)},' if len(own) > len(shown) else ""
                edges.append(f'{ends[0]}{more}"passages":[{",".join(map(str, numbers))}],{ends[1]}')
            nodes = ",".join([self._shard_node(actor_id) for actor_id in sorted(actors)])
            # what json.dumps(..., sort_keys=True) writes, with each edge's fixed keys and each node encoded once
            body = f'{{"edges":[{",".join(edges)}],"nodes":[{nodes}],"passages":{dumps(passages)},"report":{dumps(slug)}}}'
            out[slug] = f"dossierMapShard({body});\n"
        return out

    def _shard_passage(self, evidence: Evidence) -> list[str]:
        """A report's passage in a shard: what describe() gives, [text, address, date, date label, where], with its
        section's address and place and its date's forms worked out once."""
        date = evidence.date
        page, where = self._place(evidence.report_slug, evidence.section_slug)
        return [cut(evidence.text), page + evidence.anchor, self._iso[date], self._date_labels[date], where]

    def _place(self, report_slug: str, section_slug: str) -> tuple[str, str]:
        """A section's address up to the paragraph's anchor and where it is, as the page shows it."""
        key = (report_slug, section_slug)
        found = self._places.get(key)
        if found is None:
            found = self._places[key] = (paragraph_path(self.book.reports[report_slug], section_slug, ""), self.where(report_slug, section_slug))
        return found

    @staticmethod
    def _edge_ends(row: Row) -> tuple[str, str]:
        """A relation's edge in a shard, as JSON with sorted keys, before its "more" and "passages" and after them:
        the same in every shard that lists it."""
        relation = row.relation
        basis = f'"basis":{dumps(row.basis)},' if row.basis else ""
        return (
            f'{{{basis}"from":{dumps(relation.source)},"id":{dumps(relation.key)},',
            f'"relation":{dumps(relation.kind)},"to":{dumps(relation.target)}}}',
        )

    def _shard_node(self, actor_id: str) -> str:
        """An actor's details in a shard, as JSON; the same in every shard that names them, so made once."""
        node = self._shard_nodes.get(actor_id)
        if node is None:
            actor = self.registry[actor_id]
            details = {"id": actor_id}
            if actor.affiliation in self.registry:
                details["affiliation"] = self.registry[actor.affiliation].name
            if actor.description:
                details["description"] = shorten(actor.description, 160)
            node = self._shard_nodes[actor_id] = dumps(details)
        return node

    def payload_json(self) -> str:
        """The payload for a <script type="application/json"> block: no '<', '>' or '&' that could end it early."""
        text = dumps(self.payload())
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

    # exports

    def actors_json(self) -> str:
        actors = []
        for actor in self.graph.actors:
            actors.append(
                {
                    "id": actor.id,
                    "name": actor.name,
                    "kind": actor.kind,
                    "affiliation": actor.affiliation or "",
                    "aliases": list(actor.aliases),
                    "description": actor.description,
                    "native_name": actor.native_name or "",
                    "provisional": actor.provisional,
                    "statements": self.graph.statement_counts.get(actor.id, 0),
                    "mentions": self.graph.mention_counts.get(actor.id, 0),
                    "reports": sorted(self.graph.actor_reports.get(actor.id, ())),
                    "page": f"speakers/{actor.file_name}" if actor.id in self.book.speakers else "",
                    "position": list(self.positions.get(actor.id, (0, 0))),
                }
            )
        return json_records({}, "actors", actors)

    def write_relations_csv(self, handle: TextIO) -> None:
        """What csv.writer writes for these rows (csv_field is its quoting), a relation's own columns encoded once for
        its rows and a section's place once for its passages: csv.writer goes through long passages a character at
        a time (at 300 reports, 40,000 rows, twice the time). Written as it goes: at 1,000 reports the file is 62 MB."""
        handle.write(CSV_HEADER)
        tails: dict[int, tuple[Evidence, bytes]] = {}
        for row in self.rows:
            handle.write(self.relation_data(row, tails).decode("utf-8"))

    def relation_data(self, row: Row, tails: dict[int, tuple[Evidence, bytes]] | None = None) -> bytes:
        """A relation's lines of data/relations.csv, UTF-8: one per passage, the relation's columns on each. `tails`:
        each passage's own columns as encoded for an earlier relation, by the passage's id (kept with the passage, so
        that the id names no other): a sentence that names three actors backs three relations with one passage, and
        encoding its text was most of the file's work."""
        relation = row.relation
        head = ",".join(
            map(csv_field, (relation.source, row.source_name, relation.kind, relation.target, row.target_name, str(row.relation.evidence_count)))
        ).encode()
        tails = {} if tails is None else tails
        own: list[bytes] = []
        for evidence in row.evidence:
            kept = tails.get(id(evidence))
            if kept is None or kept[0] is not evidence:
                kept = tails[id(evidence)] = (evidence, self._csv_tail(evidence))
            own.append(kept[1])
        return head + head.join(own) if own else b""

    def _csv_tail(self, evidence: Evidence) -> bytes:
        """A passage's own columns of data/relations.csv, after the relation's: date, passage, address, where, rule."""
        if not evidence.report_slug:  # the registry's entry
            page, where, line = "", csv_field(self.registry_label), evidence.line
        else:
            place = (evidence.report_slug, evidence.section_slug)
            found = self._csv_places.get(place)
            if found is None:
                page = paragraph_path(self.book.reports[evidence.report_slug], evidence.section_slug, "")
                found = self._csv_places[place] = (page, csv_field(self.where(*place)))
            page, where = found
            line = evidence.text  # a report's sentence is on one line already (Evidence.line)
        url = csv_field(page + evidence.anchor) if page else ""
        return f",{self._iso[evidence.date]},{csv_field(line)},{url},{where},{csv_field(evidence.rule)}\r\n".encode()

    def gexf(self, stamp: str) -> str:
        """GEXF for Gephi, as networkx writes it (dossier.gexf), dated by the content's own date, not the build's,
        so that builds stay identical."""
        graph = self.graph
        modified = xml.sax.saxutils.quoteattr(stamp)
        return gexf_text(graph.export_nodes(), graph.export_edges(), modified, f"NetworkX {metadata.version('networkx')}")
