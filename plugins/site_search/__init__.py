"""Offline search: search.html and its sharded index, classic scripts under search/ (works from file://)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import shutil
import time

from dossier.analysis import code_version
from dossier.buildstate import actor_graph, dossier_settings, on_initialized, speaker_book
from dossier.fingerprints import add_parts
from dossier.kept import keep
from dossier.progress import progress
from dossier.search import INDEX_FILE, SearchPart, actors_part, report_part, site_files
from pelican import signals
from pelican.generators import Generator

SEARCH_SAVE_AS = "search.html"
CACHE_FOLDER = "search"  # under the cache path: one pickled SearchPart a source, named by its key
PART_SUFFIX = ".search"


class SearchGenerator(Generator):
    def generate_context(self) -> None:
        started = time.perf_counter()
        book = speaker_book(self.context)
        if book is None:
            raise RuntimeError("the search page needs the speakers plugin's speaker_book")
        dossier = dossier_settings(self.settings)
        self.previous_output = dossier.previous_output
        folder = os.path.join(dossier.cache_path, CACHE_FOLDER) if dossier.cache_path else ""
        code = code_version()
        graph = actor_graph(self.context)
        parts: dict[str, SearchPart] = {}
        used: set[str] = set()
        encoded = 0
        for slug, report in sorted(book.reports.items()):
            digest = hashlib.sha256()
            said = [(s.anchor, s.speaker, book.registry[s.speaker].name, s.date, s.date_is_guess) for s in book.by_report.get(slug, [])]
            add_parts(digest, code, report.source_path, report.source_text, *said)
            key = digest.hexdigest()
            used.add(key)
            part = cached(folder, key)
            if part is None:
                part = report_part(report, book)
                encoded += 1
                store(folder, key, part)
            parts[slug] = part
        parts[""] = actors_part(graph, book)  # the actors change with every report: encoded every build
        forget_unused(folder, used)
        self.files = site_files(parts)
        size = sum(len(text.encode()) for text in self.files.values())
        seconds = time.perf_counter() - started
        progress(f"search index: {len(self.files)} files, {size / 1024:.0f} KB; {encoded} of {len(book.reports)} reports encoded, in {seconds:.2f} s")

    def generate_output(self, writer) -> None:
        started = time.perf_counter()
        written = 0
        for relative, text in sorted(self.files.items()):
            path = os.path.join(self.output_path, *relative.split("/"))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = text.encode("utf-8")
            if self.previous_output and same_file(os.path.join(self.previous_output, *relative.split("/")), data, path):
                continue
            with open(path, "wb") as handle:
                handle.write(data)
            written += 1
        seconds = time.perf_counter() - started
        progress(f"search index: {written} of {len(self.files)} files written, the rest linked from the last build, in {seconds:.2f} s")
        writer.write_file(SEARCH_SAVE_AS, self.get_template("search"), self.context, self.settings["RELATIVE_URLS"], search_index=INDEX_FILE)


def cached(folder: str, key: str) -> SearchPart | None:
    if not folder:
        return None
    try:
        with open(os.path.join(folder, key + PART_SUFFIX), "rb") as handle:
            found = pickle.load(handle)
    except Exception:  # absent, damaged or written by other code: encode it again
        return None
    return found if isinstance(found, SearchPart) else None


def store(folder: str, key: str, part: SearchPart) -> None:
    if folder:
        keep(os.path.join(folder, key + PART_SUFFIX), pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL))


def forget_unused(folder: str, used: set[str]) -> None:
    if not folder:
        return
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.endswith(PART_SUFFIX) and name[: -len(PART_SUFFIX)] not in used:
            with contextlib.suppress(OSError):
                os.remove(os.path.join(folder, name))


def same_file(old: str, data: bytes, new: str) -> bool:
    """Whether the last build's file holds exactly data; if so it is linked (or copied) to new."""
    try:
        if os.path.getsize(old) != len(data):
            return False
        with open(old, "rb") as handle:
            if handle.read() != data:
                return False
    except OSError:  # no such file in the last build
        return False
    try:
        os.link(old, new)
    except OSError:  # another file system: a copy
        try:
            shutil.copyfile(old, new)
        except OSError:
            return False
    return True


def get_generators(pelican):
    return SearchGenerator


def register() -> None:
    signals.initialized.connect(on_initialized)
    signals.get_generators.connect(get_generators)
