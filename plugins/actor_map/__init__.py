"""The actor map: map.html (pyvis network in the theme's own page), its text twin and the graph exports.

Runs after the speakers plugin, whose SpeakerBook gives the statements; the
graph itself (dossier.relations) and the page data (dossier.mapdata) are plain
code. The vis-network script is copied from the installed pyvis package.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib.util
import os
import pickle
from array import array
from dataclasses import dataclass
from importlib import metadata

from dossier import readahead, takeover
from dossier.analysis import code_version
from dossier.buildstate import ACTOR_GRAPH, dossier_settings, on_initialized, relations_read, report_articles, speaker_book
from dossier.exports import KeptFiles, assemble
from dossier.fingerprints import PageFingerprints, add_parts, site_shape
from dossier.kept import file_stamp, keep, still_as_written
from dossier.mapdata import CORE_ACTORS, CSV_HEADER, INDEX_FILE, SHARD_FOLDER, MapView
from dossier.model import ContentError
from dossier.pages import page_file, section_label
from dossier.progress import progress
from dossier.relations import ActorGraph, Evidence
from pelican import signals
from pelican.generators import Generator

VENDOR_FILE = "theme/vendor/vis-network.min.js"
DATA_FOLDER = "data"
SHARDS_MANIFEST = "map-shards.json"  # each report shard the last build wrote: its key, size and SHA-256
RELATIONS_LAYOUT = "relations-layout.pickle"  # where each relation's lines are in the last build's relations.csv
GRAPH_PARTS = "graph-parts.pickle"  # each report's share of the graph in the last build (ActorGraph.parts), under its basis
ROW_ORDERS = "map-row-orders.pickle"  # the order of each relation's passages in the last build's map rows (MapView.orders)
PAGE_SHOWN = "map-page-shown.pickle"  # the passages the last build's map page showed (MapView.page_shown)


def vis_network_source() -> str:
    # found, not imported: importing pyvis costs a warm build half a second (see MapView.network_data)
    spec = importlib.util.find_spec("pyvis")
    folder = os.path.dirname(spec.origin) if spec and spec.origin else ""
    path = os.path.join(folder, "lib", "vis-9.1.2", "vis-network.min.js")
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    # No source map ships with it; the comment would only make browser tools ask for a missing file.
    return text.replace("//# sourceMappingURL=vis-network.min.js.map", "")


def relations_key(view: MapView) -> str:
    """Everything data/relations.csv shows: what every relation shows (relations_base), the readings its relations
    and passages come from, and where each report's passages are (its title, and each section's title and page)."""
    digest = hashlib.sha256()
    add_parts(digest, relations_base(view), *(f"{slug}\0{each}" for slug, each in sorted(report_places(view).items())))
    return digest.hexdigest()


def relations_base(view: MapView) -> str:
    """What every line of data/relations.csv may show beyond its own report's passages: the code, the registry (names,
    affiliations, provisional actors) and the speakers, the merged actors, the registry's label, and whether the site
    has one report (a passage's place then names no report)."""
    book = view.book
    digest = hashlib.sha256()
    add_parts(digest, code_version(), site_shape(book), sorted(book.merged.items()), view.registry_label, len(book.reports) == 1)
    return digest.hexdigest()


def report_places(view: MapView) -> dict[str, str]:
    """Each report's share of data/relations.csv as a digest: its reading, its title and its sections' titles and pages."""
    readings = view.graph.reading_digests()
    found = {}
    for slug, report in view.book.reports.items():
        digest = hashlib.sha256()
        add_parts(digest, readings.get(slug, ""), report.title, *(f"{s.slug}\0{section_label(s)}\0{page_file(s)}" for s in report.sections))
        found[slug] = digest.hexdigest()
    return found


@dataclass
class RelationsLayout:
    """Where each relation's lines are in the last build's data/relations.csv, for splicing the next build's: the
    file's key, relations_base, each report's digest (report_places), each relation (source, kind, target) in file
    order with its byte range (start and end, one after the other), and the relations each report has passages in."""

    file_key: str
    base: str
    places: dict[str, str]
    relations: list[tuple[str, str, str]]
    bounds: array[int]
    by_report: dict[str, list[int]]


def write_relations_csv(kept: KeptFiles, view: MapView, cache_folder: str = "") -> None:
    """data/relations.csv: the last build's file (see KeptFiles) while its key is the same; else spliced from it (the
    lines of each relation none of whose passages is in a changed report copied as they were, the others written),
    or written whole, as it is made (at 1,000 reports 62 MB)."""
    relative, key = "relations.csv", relations_key(view)
    layout_file = os.path.join(cache_folder, RELATIONS_LAYOUT) if cache_folder else ""
    last = load_relations_layout(layout_file) if layout_file and kept.previous_folder else None
    if kept.link(relative, key):
        if layout_file and not (last is not None and last.file_key == key):
            with contextlib.suppress(OSError):
                os.remove(layout_file)  # the file's rows are not where that layout says
        return
    base, places = relations_base(view), report_places(view)
    old_path = os.path.join(kept.previous_folder, relative) if kept.previous_folder else ""
    entry = kept.previous.get(relative)
    usable = (
        last is not None
        and last.base == base
        and isinstance(entry, list)
        and len(entry) >= 3
        and entry[0] == last.file_key
        and still_as_written(old_path, entry[1], entry[2], entry[3:])
    )
    rows = view.rows
    order = [(row.relation.source, row.relation.kind, row.relation.target) for row in rows]
    pieces: list[int | bytes] = []
    tails: dict[int, tuple[Evidence, bytes]] = {}  # each passage's own columns, for the other relations it backs (MapView.relation_data)
    if usable and last is not None:
        changed = {slug for slug, each in places.items() if last.places.get(slug) != each} | (set(last.places) - set(places))
        dirty = {number for slug in changed for number in last.by_report.get(slug, ())}
        numbers = {relation: number for number, relation in enumerate(last.relations)}
        shares = view.graph.shares  # the reports each relation has passages from
        for relation, row in zip(order, rows, strict=True):
            number = numbers.get(relation)
            if number is None or number in dirty or any(slug in changed for slug, _ in shares.get(row.relation.key, ())):
                pieces.append(view.relation_data(row, tails))
            else:
                pieces.append(number)
        bounds, size, digest = assemble(os.path.join(kept.output_folder, relative), CSV_HEADER, "", "", pieces, old_path, last.bounds)
    else:
        lines = (view.relation_data(row, tails) for row in rows)
        bounds, size, digest = assemble(os.path.join(kept.output_folder, relative), CSV_HEADER, "", "", lines)
    kept.record(relative, [key, size, digest, *file_stamp(os.path.join(kept.output_folder, relative))])
    copied = sum(1 for piece in pieces if isinstance(piece, int))
    progress(f"relations.csv: {len(rows) - copied} of {len(rows)} relations written, {copied} copied from the last build's file")
    if layout_file:
        by_report: dict[str, list[int]] = {}
        for number, row in enumerate(rows):
            for slug in dict.fromkeys(slug for slug, _ in view.graph.shares.get(row.relation.key, ())):
                by_report.setdefault(slug, []).append(number)
        keep(layout_file, pickle.dumps(RelationsLayout(key, base, places, order, bounds, by_report), protocol=pickle.HIGHEST_PROTOCOL))


def graph_basis(book) -> str:
    """What every report's share of the graph depends on beyond its reading: this code, which actors are known
    (provisional ones included) and which provisional actors were merged into others."""
    digest = hashlib.sha256()
    add_parts(digest, code_version(), *sorted(book.registry.actors), repr(sorted(book.merged.items())))
    return digest.hexdigest()


def load_kept(path: str, basis: str) -> dict | None:
    """What the last build kept in path (ActorGraph.parts, MapView.orders) if it was made on this basis, else None."""
    try:
        found_basis, parts = readahead.load(path)
    except Exception:  # absent, damaged or written by other code: worked out again
        return None
    return parts if found_basis == basis and isinstance(parts, dict) else None


def load_relations_layout(path: str) -> RelationsLayout | None:
    try:
        with open(path, "rb") as handle:
            found = pickle.load(handle)
    except Exception:  # absent, damaged or written by other code: the file is written whole
        return None
    return found if isinstance(found, RelationsLayout) else None


@contextlib.contextmanager
def collection_paused():
    """The cyclic garbage collector held off while the graph and the map's rows are made, and what the build holds then
    (the speaker book, the graph, the rows: they live until the build ends) left out of its later collections, as
    dossier.analysis does with the loaded analyses: at 1,000 reports its collections went through those 150,000
    passages' rows again and again (a sixth of the map view's CPU, and as much again after it)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.freeze()
            gc.enable()


class ActorMapGenerator(Generator):
    def generate_context(self) -> None:
        book = speaker_book(self.context)
        if book is None:
            raise RuntimeError("the actor map needs the speakers plugin's speaker_book")
        readings = {a.report.slug: found for a in report_articles(self.context) if (found := relations_read(a)) is not None}
        dossier = dossier_settings(self.settings)
        core = self.settings.get("DOSSIER_MAP_ACTORS", CORE_ACTORS)
        if not isinstance(core, int) or isinstance(core, bool) or core < 1:
            raise ContentError("DOSSIER_MAP_ACTORS", None, f"must be a whole number of actors, 1 or more, like {CORE_ACTORS}, not {core!r}")
        with collection_paused():
            parts_file = os.path.join(dossier.cache_path, GRAPH_PARTS) if dossier.cache_path else ""
            basis = graph_basis(book) if dossier.cache_path else ""
            kept_parts = load_kept(parts_file, basis) if parts_file else None
            graph = ActorGraph(list(book.reports.values()), book.registry, book.statements, readings, book.merged, kept_parts)
            if parts_file and (graph.parts_made or kept_parts is None or set(kept_parts) != set(graph.parts)):
                keep(parts_file, pickle.dumps((basis, graph.parts), protocol=pickle.HIGHEST_PROTOCOL))
            orders_file = os.path.join(dossier.cache_path, ROW_ORDERS) if dossier.cache_path else ""
            kept_orders = load_kept(orders_file, code_version()) if orders_file else None
            shown_file = os.path.join(dossier.cache_path, PAGE_SHOWN) if dossier.cache_path else ""
            kept_shown = load_kept(shown_file, basis) if shown_file else None
            self.view = MapView(graph, book, dossier.actors, dossier.cache_path, core, kept_orders, kept_shown)
            if orders_file and (self.view.orders_made or kept_orders is None or len(kept_orders) != len(self.view.orders)):
                keep(orders_file, pickle.dumps((code_version(), self.view.orders), protocol=pickle.HIGHEST_PROTOCOL))
            if shown_file and (self.view.page_shown_made or kept_shown is None or kept_shown.keys() != self.view.page_shown.keys()):
                keep(shown_file, pickle.dumps((basis, self.view.page_shown), protocol=pickle.HIGHEST_PROTOCOL))
        self.context[ACTOR_GRAPH] = graph
        progress(
            f"map: {len(graph.actors)} actors, {len(graph.relations)} relations, {len(self.view.passages)} passages;"
            f" {graph.parts_made} of {len(graph.parts)} report(s)' share of the graph worked out, the rest the last build's;"
            f" the passages of {self.view.orders_made} relation(s) sorted, the rest in the last build's order"
        )

    def generate_output(self, writer) -> None:
        view = self.view
        save_as = dossier_settings(self.settings).actor_map_save_as
        vendor = os.path.join(self.output_path, *VENDOR_FILE.split("/"))
        os.makedirs(os.path.dirname(vendor), exist_ok=True)
        with open(vendor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(vis_network_source())  # before the page, whose asset name is the file's hash
        template = self.get_template("map")
        table_pages = [] if view.complete else view.table_pages()
        writer.write_file(
            save_as, template, self.context, self.settings["RELATIVE_URLS"], map=view, map_json=view.payload_json(), table_pages=table_pages
        )
        if not view.complete:  # the text twin on pages of its own, and the index of the actors the page does not hold
            table = self.get_template("map-table")
            for number, page in enumerate(table_pages):
                writer.write_file(
                    page["file_name"],
                    table,
                    self.context,
                    self.settings["RELATIVE_URLS"],
                    map=view,
                    table_page=page,
                    table_pages=table_pages,
                    previous_page=table_pages[number - 1] if number else None,
                    next_page=table_pages[number + 1] if number + 1 < len(table_pages) else None,
                )
            os.makedirs(os.path.join(self.output_path, *INDEX_FILE.split("/")[:-1]), exist_ok=True)
            with open(os.path.join(self.output_path, *INDEX_FILE.split("/")), "w", encoding="utf-8", newline="\n") as handle:
                handle.write(view.index_script())
        self.write_shards(view, dossier_settings(self.settings).previous_output)
        folder = os.path.join(self.output_path, DATA_FOLDER)
        os.makedirs(folder, exist_ok=True)
        dates = [r.date for r in view.book.reports.values() if r.date]
        stamp = max(dates).isoformat() if dates else "1970-01-01"
        # One at a time: at archive scale each is tens of megabytes.
        with open(os.path.join(folder, "actors.json"), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(view.actors_json())
        dossier = dossier_settings(self.settings)
        kept = KeptFiles(folder, os.path.join(dossier.previous_output, DATA_FOLDER) if dossier.previous_output else "", dossier.cache_path)
        # tens of megabytes at archive scale, and the same after most edits: the last build's file while its inputs are
        write_relations_csv(kept, view, dossier.cache_path)
        key = "\0".join((view.graph.shape(), stamp, metadata.version("networkx"), code_version()))
        kept.write("graph.gexf", key, lambda: view.gexf(stamp).encode("utf-8"))  # the same graph: the last build's file
        kept.save()

    def write_shards(self, view: MapView, previous_output: str) -> None:
        """data/map/<slug>.js for every report; one the last build wrote the same is linked from it, not rewritten."""
        folder = os.path.join(self.output_path, *SHARD_FOLDER.split("/"))
        os.makedirs(folder, exist_ok=True)
        book = view.book
        fingerprints = PageFingerprints(self.settings, book)
        # what a shard is made of beyond its report and the site's shape: the relations its passages back (another
        # report's typed relation drops a co-mention; the registry adds a basis) and the merged provisional actors
        shared = f"{len(book.reports) == 1}\0{sorted(book.merged.items())}"
        relations = view.shard_relations()
        keys = {
            slug: fingerprints.page(f"{SHARD_FOLDER}/{slug}.js", {"depends_on_reports": [slug], "depends_on": f"{shared}\0{relations[slug]}"})
            for slug in book.reports
        }
        kept = KeptFiles(
            folder,
            os.path.join(previous_output, *SHARD_FOLDER.split("/")) if previous_output else "",
            dossier_settings(self.settings).cache_path,
            SHARDS_MANIFEST,
        )
        made: dict[str, str] = {}

        def shard(slug: str) -> bytes:
            if not made:  # every shard that must be written, made together
                made.update(view.shards({s for s in keys if kept.previous.get(f"{s}.js", [None])[0] != keys[s] or s == slug}))
            return made[slug].encode("utf-8") if slug in made else view.shards({slug})[slug].encode("utf-8")

        for slug in sorted(keys):
            kept.write(f"{slug}.js", keys[slug], functools.partial(shard, slug))
        kept.save()
        progress(f"map: {len(view.core)} of {len(view.graph.actors)} actors in the page; {kept.written} report shards written")


def get_generators(pelican):
    return ActorMapGenerator


def register() -> None:
    takeover.declare(SHARDS_MANIFEST, SHARD_FOLDER)
    readahead.declare(GRAPH_PARTS, ROW_ORDERS)
    signals.initialized.connect(on_initialized)
    signals.get_generators.connect(get_generators)
