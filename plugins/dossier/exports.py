"""The statements data, per report and site-wide, from parts kept between builds.

A report's rows of data/statements.json and data/statements.csv are encoded once and kept in the cache under a
key made of everything they show: the report's text, the registry's bytes, the names of its speakers (provisional
speakers are merged across reports, so their ids and names are part of the key) and this package's code. The
site-wide files are the parts merged in statement order, byte for byte what encoding every row gives; each
report's own files (data/reports/<slug>/statements.json and .csv) are its part alone. After a one-report edit
only that report's rows are encoded again; the others are copied as they were kept. While no report's part
changed, the site-wide files are the last build's (hard links), like each unchanged report's own files, and no
part is read from the cache.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import heapq
import io
import json
import os
import pickle
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import background, readahead, takeover
from .fingerprints import add_parts, statements_shown
from .kept import file_stamp, keep, still_as_written
from .model import Report, Statement
from .speakers import DATA_COLUMNS, SpeakerBook, statement_order, statement_rows

PART_SUFFIX = ".statements"
FILES_MANIFEST = "statements-files.json"  # each per-report file the last build wrote: its part's key, size and SHA-256
REPORTS_FOLDER = "reports"  # data/reports/<slug>/statements.json and .csv
JSON_HEAD = "{" + json.dumps("columns") + ": " + json.dumps(DATA_COLUMNS, ensure_ascii=False) + ",\n " + json.dumps("statements") + ": [\n"
CSV_HEAD = ",".join(DATA_COLUMNS) + "\r\n"
FileEntry = list[Any]  # [part key, size, SHA-256, *kept.file_stamp]
KEPT_FILES_MANIFEST = "kept-files.json"  # site-wide files linked from the last build when their key is the same
LAYOUT_FILE = "statements-layout.pickle"  # where each row of the last build's site-wide files is (SiteLayout)
Row = tuple[tuple[str, str, int], "int | str", "int | str"]  # a row's sort key and its JSON and CSV text, or its number in the last build's files
SITE_FILES = {"statements.json": (JSON_HEAD, ",\n", "\n]}\n"), "statements.csv": (CSV_HEAD, "", "")}  # head, separator, tail


@dataclass
class StatementsPart:
    """One report's statements as encoded lines, in statement order, each with its sort key."""

    order: list[tuple[str, str, int]]
    json_lines: list[str]
    csv_lines: list[str]


def encode(book: SpeakerBook, slug: str) -> StatementsPart:
    registry = book.registry
    return encode_statements(book.reports[slug], book.by_report.get(slug, []), lambda actor_id: registry[actor_id].name)


def encode_statements(report: Report, statements: list[Statement], name_of: Callable[[str], str]) -> StatementsPart:
    """A report's part, its statements' speakers named by name_of."""
    statements = sorted(statements, key=statement_order)
    rows = statement_rows(statements, {report.slug: report}, name_of)
    csv_lines = [csv_line([("yes" if row["inline"] else "no") if column == "inline" else row[column] for column in DATA_COLUMNS]) for row in rows]
    return StatementsPart(
        [statement_order(s) for s in statements],
        [json.dumps(row, ensure_ascii=False) for row in rows],
        csv_lines,
    )


def csv_line(values: list[Any]) -> str:
    """What csv.writer(…, lineterminator="\\r\\n").writerow(values) writes, for a row of strings: csv reads each field
    character by character (about 40 ns each: 0.7 ms for a report's rows), where four substring searches tell whether
    a field is quoted. A row with anything but strings, or of one empty field, is left to csv."""
    if len(values) < 2 or not all(isinstance(value, str) for value in values):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerow(values)
        return buffer.getvalue()
    fields = ['"' + value.replace('"', '""') + '"' if ("," in value or '"' in value or "\r" in value or "\n" in value) else value for value in values]
    return ",".join(fields) + "\r\n"


def load_manifest(path: str) -> dict[str, FileEntry]:
    try:
        with open(path, encoding="utf-8") as handle:
            found = json.load(handle)
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def reuse(old: str, new: str, entry: FileEntry) -> FileEntry | None:
    """Link the last build's file if it is still exactly what was written (see kept.still_as_written); the entry
    to record for the new link, or None."""
    if not isinstance(entry, list) or len(entry) < 3:
        return None
    stamp = takeover.stamp_of(new)  # linked while the build read and gathered
    if stamp is not None:
        return [*entry[:3], *stamp]
    if not still_as_written(old, entry[1], entry[2], entry[3:]):
        return None
    try:
        os.link(old, new)
        return [*entry[:3], *file_stamp(new)]
    except OSError:
        return None


def link_unchanged(previous: dict[str, FileEntry], relative: str, key: str, previous_folder: str, folder: str) -> FileEntry | None:
    """Link the last build's file at `relative` into `folder` if it was made under the same key and is still as
    written; the entry to record for the link, or None (then the file is to be written)."""
    entry = previous.get(relative)
    if not (isinstance(entry, list) and entry[:1] == [key]):
        return None
    return reuse(os.path.join(previous_folder, *relative.split("/")), os.path.join(folder, *relative.split("/")), entry)


def _record_written(recorded: dict[str, FileEntry], relative: str, key: str, target: str, data: bytes) -> None:
    """write_new's entry of a file the writing thread has written (dossier.background)."""
    recorded[relative] = [key, len(data), hashlib.sha256(data).hexdigest(), *file_stamp(target)]


def write_new(target: str, key: str, data: bytes) -> FileEntry:
    """Write a file this build made and return its entry: key, size, SHA-256 and file_stamp."""
    takeover.unshare(target)
    with open(target, "wb") as handle:
        handle.write(data)
    return [key, len(data), hashlib.sha256(data).hexdigest(), *file_stamp(target)]


def base_key(registry_digest: str, code: str) -> str:
    """What every part depends on: the registry's bytes and this package's code."""
    return hashlib.sha256(f"{registry_digest}\0{code}".encode()).hexdigest()


def part_key(base: str, report: Report, statements: list[Statement], name_of: Callable[[str], str], shown: str = "") -> str:
    """The key of a report's part: what its rows show of the report (fingerprints.statements_shown, given as `shown`
    when worked out already) and its speakers' ids and names (they change when provisional speakers are merged across
    reports). An edit elsewhere in the report (its summary, a paragraph no statement quotes) leaves it the same."""
    digest = hashlib.sha256()
    speakers = sorted({s.speaker for s in statements})
    add_parts(digest, base, shown or statements_shown(report, statements), *(f"{a}\0{name_of(a)}" for a in speakers))
    return digest.hexdigest()


def part_file(folder: str, key: str) -> str:
    return os.path.join(folder, key + PART_SUFFIX)


@dataclass
class SiteLayout:
    """Where each row of the last build's site-wide statements files is, for splicing the next build's: the key of
    the files and of each report's part, each row's sort key in file order, and per file each row's byte range
    (start and end, one after the other)."""

    site_key: str
    keys: dict[str, str]
    order: list[tuple[str, str, int]]
    bounds: dict[str, array[int] | None]


def load_layout(path: str) -> SiteLayout | None:
    try:
        found = readahead.load(path)
    except Exception:  # absent, damaged or written by other code: the site-wide files are written whole
        return None
    return found if isinstance(found, SiteLayout) else None


def assemble(
    target: str, head: str, separator: str, tail: str, pieces: Iterable[int | str | bytes], old_path: str = "", old_bounds: array[int] | None = None
) -> tuple[array[int], int, str]:
    """Write head, the pieces joined by separator, and tail to target: a piece is a row's text (or its UTF-8), or the
    number of a row of the file at old_path (old_bounds gives its byte range there; rows that follow each other there
    are copied as one range, separators included, by the kernel). Returns each row's byte range in the new file, its
    size and its SHA-256."""
    bounds = array("q")
    gap = separator.encode()
    hashed = hashlib.sha256()  # of what is written, while no range is copied: the file is then not read back
    copied = False
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(open(target, "wb", buffering=0))
        source = stack.enter_context(open(old_path, "rb", buffering=0)) if old_path and old_bounds is not None else None
        pending: list[bytes] = []  # new text, written in one go before the next range is copied
        position = 0

        def put(data: bytes) -> None:
            nonlocal position
            pending.append(data)
            position += len(data)
            if len(pending) >= 4096:  # a file written whole is tens of megabytes at 1,000 reports: not held at once
                write_pending()

        def write_pending() -> None:
            data = b"".join(pending)
            pending.clear()
            if not copied:
                hashed.update(data)
            view = memoryview(data)
            while view:
                view = view[out.write(view) :]

        run: list[int] = []  # the first and last old row of the run being gathered

        def copy_run() -> None:
            nonlocal position, copied
            assert source is not None and old_bounds is not None
            first, last = run
            run.clear()
            start, end = old_bounds[2 * first], old_bounds[2 * last + 1]
            shift = position - start
            bounds.extend(value + shift for value in old_bounds[2 * first : 2 * last + 2])
            write_pending()
            copied = True
            copy_range(source.fileno(), out.fileno(), start, end - start)
            position += end - start

        put(head.encode())
        rows = 0
        for piece in pieces:
            if isinstance(piece, int):
                if run and piece == run[1] + 1:
                    run[1] = piece
                    continue
                if run:
                    copy_run()
                if rows:
                    put(gap)
                run[:] = [piece, piece]
            else:
                if run:
                    copy_run()
                if rows:
                    put(gap)
                bounds.append(position)
                put(piece if isinstance(piece, bytes) else piece.encode())
                bounds.append(position)
            rows += 1
        if run:
            copy_run()
        put(tail.encode())
        write_pending()
    if not copied:
        return bounds, position, hashed.hexdigest()
    with open(target, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return bounds, position, digest


def copy_range(source: int, target: int, offset: int, count: int) -> None:
    """Append count bytes of the source file from offset to the target file (at its position): in the kernel where
    the system can, else through a buffer."""
    try:
        while count > 0:
            copied = os.copy_file_range(source, target, count, offset)
            if copied <= 0:
                break
            offset += copied
            count -= copied
    except OSError:
        pass
    while count > 0:
        data = os.pread(source, min(count, 1 << 22), offset)
        if not data:
            raise OSError(f"{count} bytes missing at {offset} of the last build's file")
        view = memoryview(data)
        while view:
            view = view[os.write(target, view) :]
        offset += len(data)
        count -= len(data)


class KeptFiles:
    """Files a build writes under a key naming everything they are made from: one the last build wrote under the
    same key, still exactly as written (size and SHA-256), is linked from it and not produced again.
    The manifest (in the cache folder) lists what this build wrote or linked; call save() at the end."""

    def __init__(self, output_folder: str, previous_folder: str, cache_folder: str, manifest_name: str = KEPT_FILES_MANIFEST) -> None:
        self.output_folder = output_folder
        self.previous_folder = previous_folder
        self.manifest = os.path.join(cache_folder, manifest_name) if cache_folder else ""
        self.previous = load_manifest(self.manifest) if self.manifest and previous_folder else {}
        self.recorded: dict[str, FileEntry] = {}
        self.written = 0
        self.linked = 0

    def link(self, relative: str, key: str) -> bool:
        """Link the last build's file if it was made under this key and is still as written; whether it was."""
        linked = link_unchanged(self.previous, relative, key, self.previous_folder, self.output_folder)
        if linked:
            self.recorded[relative] = linked
            self.linked += 1
        return linked is not None

    def write(self, relative: str, key: str, produce: Callable[[], bytes]) -> None:
        if not self.link(relative, key):
            self.recorded[relative] = write_new(os.path.join(self.output_folder, *relative.split("/")), key, produce())
            self.written += 1

    def record(self, relative: str, entry: FileEntry) -> None:
        """Record a file the caller wrote itself after link() said no, with its entry (key, size, SHA-256, file_stamp)."""
        self.recorded[relative] = entry
        self.written += 1

    def save(self) -> None:
        if self.manifest:
            keep(self.manifest, json.dumps(self.recorded, sort_keys=True).encode())


class StatementExports:
    """The statements data of a build; `registry_digest` names the registry's bytes, `code` this package's code.
    A report's part is loaded (or encoded) only when a file that shows it is written."""

    def __init__(
        self, book: SpeakerBook, cache_folder: str = "", registry_digest: str = "", code: str = "", shown: Callable[[str], str] | None = None
    ) -> None:
        """`shown` gives a report's statements_shown by slug, if the build keeps them (the page writer's fingerprints)."""
        self.book = book
        self.shown = shown
        self.folder = cache_folder
        self.base = base_key(registry_digest, code)
        self._parts: dict[str, StatementsPart] = {}
        self.encoded = 0  # parts encoded in this build (the rest came from the cache)
        self.reused = 0  # per-report files taken from the last build
        self.spliced = -1  # rows put into the last build's site-wide files (-1: not spliced)
        self.keys = {slug: self.key(slug) for slug in book.reports}
        self._used = set(self.keys.values())

    def key(self, slug: str) -> str:
        registry = self.book.registry
        statements = self.book.by_report.get(slug, [])
        shown = self.shown(slug) if self.shown is not None else ""
        return part_key(self.base, self.book.reports[slug], statements, lambda actor_id: registry[actor_id].name, shown)

    def site_key(self) -> str:
        """The key of the site-wide files: every report's part (they are the parts merged in statement order)."""
        digest = hashlib.sha256()
        add_parts(digest, self.base, *(f"{slug}\0{key}" for slug, key in sorted(self.keys.items())))
        return digest.hexdigest()

    @property
    def parts(self) -> dict[str, StatementsPart]:
        return {slug: self.part(slug) for slug in self.book.reports}

    def part(self, slug: str) -> StatementsPart:
        if slug not in self._parts:
            self._parts[slug] = self._load(slug)
        return self._parts[slug]

    def _load(self, slug: str) -> StatementsPart:
        path = part_file(self.folder, self.keys[slug]) if self.folder else ""
        if path:
            try:
                with open(path, "rb") as handle:
                    found = pickle.load(handle)
                if isinstance(found, StatementsPart):
                    return found
            except Exception:  # absent, damaged or written by other code: encode it again
                pass
        part = encode(self.book, slug)
        self.encoded += 1
        if path:
            keep(path, pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL))
        return part

    def merged(self) -> list[tuple[tuple[str, str, int], str, str]]:
        """Every report's rows in the order of the site-wide files (heapq.merge keeps a report's own order)."""
        streams = [zip(p.order, p.json_lines, p.csv_lines, strict=True) for _, p in sorted(self.parts.items())]
        return list(heapq.merge(*streams, key=lambda item: item[0]))

    def write(self, data_folder: str, previous_data_folder: str = "") -> None:
        """data/statements.json and .csv, and each report's own pair under data/reports/<slug>/: taken from the
        last build's data folder (a hard link) where its parts are unchanged and the file is still as it was written.
        A site-wide file whose parts changed is spliced: the last build's rows of unchanged reports copied as byte
        ranges of its file (SiteLayout says where each row is), the changed reports' rows put in between."""
        manifest = os.path.join(self.folder, FILES_MANIFEST) if self.folder else ""
        previous = load_manifest(manifest) if manifest and previous_data_folder else {}
        recorded: dict[str, FileEntry] = {}

        def take(relative: str, key: str) -> bool:
            linked = link_unchanged(previous, relative, key, previous_data_folder, data_folder)
            if linked:
                recorded[relative] = linked
            return linked is not None

        site_key = self.site_key()
        layout_file = os.path.join(self.folder, LAYOUT_FILE) if self.folder else ""
        last = load_layout(layout_file) if layout_file and previous_data_folder else None
        layout = SiteLayout(site_key, dict(self.keys), [], {})
        known = True  # whether layout says where the rows of the files this build leaves are
        missing = []
        for name in SITE_FILES:
            if take(name, site_key):
                layout.bounds[name] = last.bounds.get(name) if last is not None and last.site_key == site_key else None
            else:
                missing.append(name)
        if missing:
            self._write_site_files(missing, data_folder, previous_data_folder, previous, last, layout, recorded)
        elif last is not None and last.site_key == site_key:
            layout.order = last.order
        else:
            known = False  # both files linked, where their rows are unknown: the next change writes them whole
        written = False
        for slug in sorted(self.keys):
            os.makedirs(os.path.join(data_folder, REPORTS_FOLDER, slug), exist_ok=True)
            for name in ("statements.json", "statements.csv"):
                relative = f"{REPORTS_FOLDER}/{slug}/{name}"
                if take(relative, self.keys[slug]):
                    self.reused += 1
                    continue
                part = self.part(slug)
                data = (JSON_HEAD + ",\n".join(part.json_lines) + "\n]}\n" if name.endswith(".json") else CSV_HEAD + "".join(part.csv_lines)).encode()
                target = os.path.join(data_folder, *relative.split("/"))
                takeover.unshare(target)
                # written, hashed and recorded by the writing thread while this one goes on (two files a report: at
                # 1,000 reports their creation was about half a second of the build process)
                background.files.write(target, data, functools.partial(_record_written, recorded, relative, self.keys[slug]))
                written = True
        if written:
            background.files.finish()  # every file recorded before the manifest is kept
        if manifest:
            keep(manifest, json.dumps(recorded, sort_keys=True).encode())
        if layout_file and known:
            keep(layout_file, pickle.dumps(layout, protocol=pickle.HIGHEST_PROTOCOL))
        elif layout_file:
            with contextlib.suppress(OSError):
                os.remove(layout_file)
        self.forget_unused()

    def _write_site_files(
        self,
        names: list[str],
        data_folder: str,
        previous_data_folder: str,
        previous: dict[str, FileEntry],
        last: SiteLayout | None,
        layout: SiteLayout,
        recorded: dict[str, FileEntry],
    ) -> None:
        """Write the site-wide files in names: spliced from the last build's where its layout and file allow, else
        from every report's part. Fills layout.order and layout.bounds, and recorded."""
        usable = {
            name: os.path.join(previous_data_folder, name)
            for name in names
            if last is not None
            and last.bounds.get(name) is not None
            and isinstance(entry := previous.get(name), list)
            and len(entry) >= 3
            and entry[0] == last.site_key
            and still_as_written(os.path.join(previous_data_folder, name), entry[1], entry[2], entry[3:])
        }
        if usable and last is not None:
            changed = {slug for slug, key in self.keys.items() if last.keys.get(slug) != key} | (set(last.keys) - set(self.keys))
            parts = [self.part(slug) for slug in sorted(changed & set(self.keys))]
            fresh = heapq.merge(*(zip(p.order, p.json_lines, p.csv_lines, strict=True) for p in parts), key=lambda item: item[0])
            kept: Iterable[Row] = ((key, number, number) for number, key in enumerate(last.order) if key[1] not in changed)
            rows: list[Row] = list(heapq.merge(kept, fresh, key=lambda item: item[0]))
            self.spliced = len(rows) - sum(1 for row in rows if isinstance(row[1], int))
        else:
            rows = list(self.merged())
        layout.order = [row[0] for row in rows]
        for name in names:
            head, separator, tail = SITE_FILES[name]
            target = os.path.join(data_folder, name)
            if name in usable and last is not None:
                pieces = [row[1] for row in rows] if name.endswith(".json") else [row[2] for row in rows]
                bounds, size, digest = assemble(target, head, separator, tail, pieces, usable[name], last.bounds[name])
            else:  # the other file spliced, this one changed by hand since the last build: from every part
                whole = self.merged() if usable else rows
                pieces = [row[1] for row in whole] if name.endswith(".json") else [row[2] for row in whole]
                bounds, size, digest = assemble(target, head, separator, tail, pieces)
            layout.bounds[name] = bounds
            recorded[name] = [layout.site_key, size, digest, *file_stamp(target)]

    def forget_unused(self) -> None:
        if not self.folder:
            return
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.endswith(PART_SUFFIX) and name[: -len(PART_SUFFIX)] not in self._used:
                with contextlib.suppress(OSError):
                    os.remove(os.path.join(self.folder, name))
