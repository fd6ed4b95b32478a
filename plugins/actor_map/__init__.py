"""The actor map: map.html (pyvis network in the theme's own page), its text twin and the graph exports.

Runs after the speakers plugin, whose SpeakerBook gives the statements; the
graph itself (dossier.relations) and the page data (dossier.mapdata) are plain
code. The vis-network script is copied from the installed pyvis package.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
from importlib import metadata

from dossier.analysis import code_version
from dossier.buildstate import ACTOR_GRAPH, dossier_settings, on_initialized, relations_read, report_articles, speaker_book
from dossier.exports import KeptFiles
from dossier.fingerprints import PageFingerprints, add_parts, site_shape
from dossier.mapdata import CORE_ACTORS, INDEX_FILE, SHARD_FOLDER, MapView
from dossier.model import ContentError
from dossier.pages import page_file, section_label
from dossier.progress import progress
from dossier.relations import ActorGraph
from pelican import signals
from pelican.generators import Generator

VENDOR_FILE = "theme/vendor/vis-network.min.js"
DATA_FOLDER = "data"
SHARDS_MANIFEST = "map-shards.json"  # each report shard the last build wrote: its key, size and SHA-256


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
    """Everything data/relations.csv shows: the readings its relations and passages come from, the registry (names,
    affiliations, provisional actors) and the speakers, the merged actors, and where each report's passages are
    (its title, and each section's title and page)."""
    book = view.book
    digest = hashlib.sha256()
    add_parts(
        digest, code_version(), view.graph.readings_digest(), site_shape(book), sorted(book.merged.items()), view.registry_label, len(book.reports)
    )
    for slug, report in book.reports.items():
        add_parts(digest, slug, report.title, *(f"{s.slug}\0{section_label(s)}\0{page_file(s)}" for s in report.sections))
    return digest.hexdigest()


def write_relations_csv(kept: KeptFiles, view: MapView) -> None:
    """data/relations.csv: the last build's file (see KeptFiles) while its key is the same, else written as it is
    made (at 1,000 reports 62 MB, which KeptFiles.write would hold whole, and its text twice, at once)."""
    relative, key = "relations.csv", relations_key(view)
    if kept.link(relative, key):
        return
    with open(os.path.join(kept.output_folder, relative), "w", encoding="utf-8", newline="") as handle:
        view.write_relations_csv(handle)
    kept.record_written(relative, key)


class ActorMapGenerator(Generator):
    def generate_context(self) -> None:
        book = speaker_book(self.context)
        if book is None:
            raise RuntimeError("the actor map needs the speakers plugin's speaker_book")
        readings = {a.report.slug: found for a in report_articles(self.context) if (found := relations_read(a)) is not None}
        graph = ActorGraph(list(book.reports.values()), book.registry, book.statements, readings, book.merged)
        dossier = dossier_settings(self.settings)
        core = self.settings.get("DOSSIER_MAP_ACTORS", CORE_ACTORS)
        if not isinstance(core, int) or isinstance(core, bool) or core < 1:
            raise ContentError("DOSSIER_MAP_ACTORS", None, f"must be a whole number of actors, 1 or more, like {CORE_ACTORS}, not {core!r}")
        self.view = MapView(graph, book, dossier.actors, dossier.cache_path, core)
        self.context[ACTOR_GRAPH] = graph
        progress(f"map: {len(graph.actors)} actors, {len(graph.relations)} relations, {len(self.view.passages)} passages")

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
        write_relations_csv(kept, view)
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
    signals.initialized.connect(on_initialized)
    signals.get_generators.connect(get_generators)
