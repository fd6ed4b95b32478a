"""Offline search: search.html and its sharded index, classic scripts under search/ (works from file://)."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import pickle
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass

from dossier import background, takeover
from dossier.analysis import code_version
from dossier.buildstate import actor_graph, dossier_settings, on_initialized, speaker_book
from dossier.kept import keep
from dossier.progress import progress
from dossier.search import (
    ACTORS_SOURCE,
    INDEX_FILE,
    PART_SUFFIX,
    Files,
    IndexState,
    SearchPart,
    actor_rows,
    actors_part,
    assemble,
    part_file,
    part_key,
    patch,
    report_part,
)
from pelican import signals
from pelican.generators import Generator

SEARCH_SAVE_AS = "search.html"
STATE_FILE = "search-index.last"  # the last build's IndexState and its files' stamps
FILES_MANIFEST = "search-files.json"  # the same stamps, for dossier.takeover: each file's size and inode


class SearchGenerator(Generator):
    def generate_context(self) -> None:
        started = time.perf_counter()
        book = speaker_book(self.context)
        if book is None:
            raise RuntimeError("the search page needs the speakers plugin's speaker_book")
        dossier = dossier_settings(self.settings)
        self.previous_output = dossier.previous_output
        self.last_files: dict[str, tuple[int, int]] = {}  # the last build's files' sizes and inodes, when its index is patched
        self.folder = folder = dossier.cache_path
        code = code_version()
        makers: dict[str, Callable[[], SearchPart]] = {}
        keys: dict[str, str] = {}
        # each actor's name by its id, as registry[actor_id].name gives it, looked up without a Python call for each of
        # an archive's 19,000 statements
        name_of = {actor_id: actor.name for actor_id, actor in book.registry.actors.items()}.__getitem__
        for slug, report in sorted(book.reports.items()):
            keys[slug] = part_key(code, report, book.by_report.get(slug, []), name_of)
            makers[slug] = functools.partial(report_part, report, book)
        rows = actor_rows(actor_graph(self.context), book)
        keys[ACTORS_SOURCE] = hashlib.sha256(f"{code}\0{json.dumps(rows, ensure_ascii=False)}".encode()).hexdigest()
        makers[ACTORS_SOURCE] = functools.partial(actors_part, rows)
        self.encoded = 0

        def part_of(name: str) -> SearchPart:
            part = cached(folder, keys[name])
            if part is None:
                part = makers[name]()
                self.encoded += 1
                store(folder, keys[name], part)
            return part

        result = self.patched(keys, part_of)
        if result is None:
            self.files, self.state = assemble({name: part_of(name) for name in sorted(keys)}, keys)
        else:
            self.files, self.state = result
        forget_unused(folder, set(keys.values()))
        seconds = time.perf_counter() - started
        same = sum(1 for text in self.files.values() if text is None)
        how = f"patched into the last build's ({same} files as they were)" if result is not None else "assembled whole"
        progress(f"search index: {len(self.files)} files, {how}; {self.encoded} of {len(keys)} parts encoded, in {seconds:.2f} s")
        # written apart while the pages are rendered (creating 3,775 files at 1,000 reports took seconds)
        self.written = background.apart(self.write_files)

    def patched(self, keys: dict[str, str], part_of: Callable[[str], SearchPart]) -> tuple[Files, IndexState] | None:
        """The last build's index with the sources that changed patched in, where it can be trusted and is worth it."""
        last = load_state(self.folder) if self.previous_output else None
        if last is None or last.index.sources != sorted(keys):
            return None
        changed = [number for number, name in enumerate(last.index.sources) if last.index.part_keys[number] != keys[name]]
        if len(changed) > max(4, len(keys) // 4):  # most of it: as fast to assemble it whole
            return None
        for relative, stamp in last.files.items():  # the very files the last build wrote (a failed build's are others)
            try:
                found = os.stat(os.path.join(self.previous_output, *relative.split("/")))
            except OSError:
                return None
            if (found.st_size, found.st_ino) != stamp:
                return None
        self.last_files = last.files
        olds = {number: cached(self.folder, last.index.part_keys[number]) for number in changed}
        if any(old is None for old in olds.values()):
            return None
        changes = {number: (old, part_of(last.index.sources[number]), keys[last.index.sources[number]]) for number, old in olds.items() if old}
        return patch(last.index, changes, self.read_last)

    def read_last(self, relative: str) -> str | None:
        try:
            with open(os.path.join(self.previous_output, *relative.split("/")), encoding="utf-8", newline="") as handle:
                return handle.read()
        except (OSError, UnicodeDecodeError):
            return None

    def generate_output(self, writer) -> None:
        written, stamps, seconds = self.written()
        if self.folder:
            keep(os.path.join(self.folder, STATE_FILE), pickle.dumps(LastIndex(self.state, stamps), protocol=pickle.HIGHEST_PROTOCOL))
            keep(os.path.join(self.folder, FILES_MANIFEST), json.dumps(stamps, sort_keys=True).encode())
        progress(f"search index: {written} of {len(self.files)} files written, the rest linked from the last build, in {seconds:.2f} s")
        writer.write_file(SEARCH_SAVE_AS, self.get_template("search"), self.context, self.settings["RELATIVE_URLS"], search_index=INDEX_FILE)

    def write_files(self) -> tuple[int, dict[str, tuple[int, int]], float]:
        """The index's files: written, or linked from the last build where they are the same; how many were written,
        each file's size and inode, and the seconds it took."""
        started = time.perf_counter()
        written = 0
        stamps: dict[str, tuple[int, int]] = {}
        folders: set[str] = set()
        previous = self.previous_output if self.previous_output and os.path.isdir(self.previous_output) else ""
        for relative, text in sorted(self.files.items()):
            path = os.path.join(self.output_path, *relative.split("/"))
            folder = os.path.dirname(path)
            if folder not in folders:  # once a folder, not once a file (3,000 files at 1,000 reports)
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            old = os.path.join(previous, *relative.split("/")) if previous else ""
            if text is None:
                taken = takeover.stamp_of(path)  # linked while the build read and gathered: the last build's inode
                last = self.last_files.get(relative)
                if taken is not None and last is not None and taken[1] == last[1]:
                    stamps[relative] = last
                    continue
                takeover.unshare(path)
                link_or_copy(old, path)
            else:
                takeover.unshare(path)
                data = text.encode("utf-8")
                if not (old and same_file(old, data, path)):
                    with open(path, "wb") as handle:
                        handle.write(data)
                    written += 1
            found = os.stat(path)
            stamps[relative] = (found.st_size, found.st_ino)
        return written, stamps, time.perf_counter() - started


@dataclass
class LastIndex:
    """A build's index and the size and inode of each file it put in its output folder."""

    index: IndexState
    files: dict[str, tuple[int, int]]


def load_state(folder: str) -> LastIndex | None:
    if not folder:
        return None
    try:
        with open(os.path.join(folder, STATE_FILE), "rb") as handle:
            found = pickle.load(handle)
    except Exception:  # absent, damaged or written by other code: assemble the index whole
        return None
    return found if isinstance(found, LastIndex) and isinstance(found.index, IndexState) else None


def link_or_copy(old: str, new: str) -> None:
    try:
        os.link(old, new)
    except OSError:  # another file system: a copy
        shutil.copyfile(old, new)


def cached(folder: str, key: str) -> SearchPart | None:
    if not folder:
        return None
    try:
        with open(part_file(folder, key), "rb") as handle:
            found = pickle.load(handle)
    except Exception:  # absent, damaged or written by other code: encode it again
        return None
    return found if isinstance(found, SearchPart) else None


def store(folder: str, key: str, part: SearchPart) -> None:
    if folder:
        keep(part_file(folder, key), pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL))


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
    takeover.declare(FILES_MANIFEST, check=takeover.INODE)
    signals.initialized.connect(on_initialized)
    signals.get_generators.connect(get_generators)
