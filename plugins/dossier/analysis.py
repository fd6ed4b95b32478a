"""Every report read once, before the site is put together: parsed, its statements found and its relation
evidence gathered. Reports are read in worker processes when there are many, and each result is kept in a
cache under a key made of everything it depends on: the report's bytes and shown path, the actor registry's
bytes and this package's code. A warm build reads only the reports that changed, in a worker too while this
process loads the others' analyses from the cache.

Statements and evidence are found against the registry alone. They are exactly what the sequential build
finds as long as no report adds a provisional actor, which a later report could then name; SpeakerBook and
ActorGraph fall back to reading in order otherwise.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import gc
import hashlib
import json
import multiprocessing
import os
import pickle
import select
import signal
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from . import exports, regexcache, search
from .actors import Registry, load_registry
from .fingerprints import add_files, add_parts, statements_named, statements_shown
from .kept import keep
from .model import ContentError, Paragraph, Report, Section
from .paths import CONTENT_LINK, may_hold_link
from .relations import EvidenceReader, ReportReading
from .sourcefile import read_bytes
from .statements import Extraction, extract_statements

# The longest a build waits for its reader process to finish importing the engine before it forks workers. Only a
# build whose cache held no compiled patterns waits (regexcache.needs_programs): its reader compiles the engine's ~800
# patterns (0.75 s of CPU) and keeps their programs, which each worker would otherwise compile again. The build process
# is idle meanwhile: on 2 cores the gain is CPU more than time. The bounds, and giving up on a reader whose CPU time has
# not moved for READER_PROGRESS_CHECKED seconds (stopped, or stuck), are guards against a reader that never gets there.
# On a busy machine the imports take many seconds of wall time, as they would in each worker: giving up on a reader
# that is getting there only adds the workers' own compiling to the time waited (at load 20 on 2 cores, a bound of
# 10 s did so in every first build), so the wall bound is loose and a reader is given up on by the CPU it spends,
# READER_IMPORT_CPU, several times what the imports need.
READER_IMPORTS_WAITED = 120.0
READER_IMPORT_CPU = 10.0
READER_PROGRESS_CHECKED = 1.0
PARALLEL_FROM = 24  # fewer reports to read (and to load) than this are read in this process: starting workers costs more
CACHE_SUFFIX = ".analysis"
BODY_SUFFIX = ".body"  # the text and HTML of a cached report, apart from what every build needs of it


@dataclass
class Analysis:
    shown_path: str
    report: Report | None = None
    error: ContentError | None = None
    extraction: Extraction | None = None  # against the registry alone
    reading: ReportReading | None = None  # only when the report added no provisional actor
    from_cache: bool = False


@functools.cache
def code_version() -> str:
    """This package's code, mistune's version (it parses) and Python's (its Unicode tables fold accents)."""
    digest = hashlib.sha256()
    add_parts(digest, metadata.version("mistune"), sys.version)
    add_files(digest, os.path.dirname(os.path.abspath(__file__)), (".py",))
    return digest.hexdigest()


def analysis_key(raw_digest: str, shown_path: str, registry_digest: str) -> str:
    """The cache key of a report's analysis; raw_digest is the SHA-256 of its bytes (bytes_digest)."""
    digest = hashlib.sha256()
    add_parts(digest, code_version(), registry_digest, shown_path, raw_digest)
    return digest.hexdigest()


def bytes_digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


STAMPS_FILE = "report-stamps.json"
SETTLED_NS = 2_000_000_000  # a file changed more recently than this may change again within its clock's tick


class SourceStamps:
    """Each report's SHA-256 kept under what its status said when a build last read it (size, modification and change
    times, inode, device): while the status is the same, a build takes the digest and does not read the file (a warm
    build of 1,000 reports read and hashed 50 MB for their cache keys, about 0.1 s). Any write changes the change time,
    which no one can set back; a digest is kept only for a file whose times were settled when it was read (SETTLED_NS
    before), so a write in the same tick of a coarse clock as the one read cannot leave the status as recorded."""

    def __init__(self, cache_folder: str) -> None:
        self._file = os.path.join(cache_folder, STAMPS_FILE) if cache_folder else ""
        self._kept: dict[str, list[Any]] = {}
        self._now: dict[str, list[Any]] = {}  # what the next build may trust, of the files this one asked about
        self._status: dict[str, list[int]] = {}  # the status of each file digest() could not vouch for
        if self._file:
            try:
                with open(self._file, encoding="utf-8") as handle:
                    found = json.load(handle)
                self._kept = found if isinstance(found, dict) else {}
            except (OSError, ValueError):  # absent or damaged: every file is read
                pass

    def digest(self, path: str) -> str | None:
        """The file's SHA-256 if its status is the one recorded with it; else None (read it, then record())."""
        try:
            status = os.stat(path)
        except OSError:
            return None
        stamp = [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev]
        entry = self._kept.get(path)
        if isinstance(entry, list) and len(entry) == 6 and entry[:5] == stamp and isinstance(entry[5], str):
            self._now[path] = entry
            return entry[5]
        self._status[path] = stamp
        return None

    def record(self, path: str, raw_digest: str) -> None:
        """The digest of the bytes read after digest() gave None, kept under the status it saw then if that was settled
        (a write between the two changed the times, so the next build reads the file again)."""
        stamp = self._status.pop(path, None)
        if stamp is not None and time.time_ns() - max(stamp[1], stamp[2]) >= SETTLED_NS:
            self._now[path] = [*stamp, raw_digest]

    def save(self) -> None:
        if self._file and self._now != self._kept:
            keep(self._file, json.dumps(self._now, sort_keys=True).encode())


def analyse(raw: bytes, shown_path: str, registry: Registry | None) -> Analysis:
    from .document import decode_source, read_report  # mistune and the parser: only where a report is read

    try:
        report = read_report(decode_source(raw, shown_path), shown_path)
    except ContentError as error:
        return Analysis(shown_path, error=error)
    report.source_digest()  # kept with it: a warm build needs every report's
    if registry is None:
        return Analysis(shown_path, report)
    try:
        extraction = extract_statements(report, registry)
        # read with this report's own provisional speakers in the registry: each report is analysed once, whoever it quotes
        reading = EvidenceReader(registry, extraction.statements).read(report)
        reading.content_digest()  # kept with it: a warm build needs every reading's digest
    except Exception:  # left to the build, which reads this report again and reports the failure where it belongs
        return Analysis(shown_path, report)
    finally:
        for actor in [a for a in registry.actors.values() if a.provisional]:
            registry.remove(actor.id)
    return Analysis(shown_path, report, None, extraction, reading)


REGISTRY_FILE = "registry.pickle"


def load_registry_kept(path: str, shown_path: str, cache_folder: str = "") -> Registry:
    """load_registry's registry, taken from the cache folder while the file's bytes and this code are the same
    (reading the TOML of a 1,000-report archive's registry costs a build 0.15 s, and two plugins load it).
    Each call gives a registry of its own, as loaded: the caller may add provisional actors to it."""
    return _load_registry_keyed(path, shown_path, cache_folder)[1]


def _load_registry_keyed(path: str, shown_path: str, cache_folder: str) -> tuple[str, Registry]:
    """load_registry_kept's registry and the key it is kept under ("" where it is not kept)."""
    global _spare_registry
    if not cache_folder or not os.path.exists(path):
        return "", load_registry(path, shown_path)
    digest = hashlib.sha256()
    add_parts(digest, code_version(), shown_path, read_bytes(path, shown_path))
    key = digest.hexdigest()
    spare, _spare_registry = _spare_registry, None
    if spare is not None and spare[0] == key:
        return key, spare[1]
    kept = os.path.join(cache_folder, REGISTRY_FILE)
    try:
        with open(kept, "rb") as handle:
            found_key, found = pickle.load(handle)
        if found_key == key and isinstance(found, Registry):
            return key, found
    except Exception:  # absent, damaged or written by other code: read the file
        pass
    registry = load_registry(path, shown_path)  # a registry in error raises here: nothing is kept
    keep(kept, pickle.dumps((key, registry), protocol=pickle.HIGHEST_PROTOCOL))
    return key, registry


# A registry the analysis loaded and then read no report with (a warm build's few reports are read in the reader
# process), as loaded, with its key: the next load of the same bytes (the speakers plugin's) takes it instead of
# unpickling another (about 0.03 s at 1,000 reports).
_spare_registry: tuple[str, Registry] | None = None


class _Unloaded:
    """A field of a cached report kept in its body file (BODY_SUFFIX), read from there when first asked for."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            obj.__dict__["_body"].load()
            return obj.__dict__[self.name]

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value


class _Deferred:
    """A field of a cached report or reading kept in its light part as a pickle of its own (`_<name>_pickle`), unpickled
    when first asked for: a report's notes and their citations, which a warm build needs only for the pages it renders
    (LightReport.has_notes answers the rest), and a reading's passages (LightReading)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name, self.packed = name, f"_{name}_pickle"

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        fields = obj.__dict__
        try:
            return fields[self.name]
        except KeyError:
            value = fields[self.name] = pickle.loads(fields.pop(self.packed))
            return value

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value
        obj.__dict__.pop(self.packed, None)


class LightSection(Section):
    """A cached report's section without its HTML (but the introduction's, which Pelican takes as the article's
    content) and its paragraphs: a warm build needs them only for the pages of reports that changed. Once they are
    read it is a Section again."""

    html = _Unloaded()
    paragraphs = _Unloaded()

    def __eq__(self, other: object) -> bool:
        self.__dict__["_body"].load()
        return self == other


class LightReport(Report):
    """A cached report without its text and its sections' HTML and paragraphs (LightSection), read from its body file
    when first asked for; then it is a Report again."""

    source_text = _Unloaded()
    notes = _Deferred()

    def has_notes(self) -> bool:
        kept = self.__dict__.get("_has_notes")
        return kept if isinstance(kept, bool) and "notes" not in self.__dict__ else bool(self.notes)

    def __eq__(self, other: object) -> bool:
        self.__dict__["_body"].load()
        return self == other


class LightReading(ReportReading):
    """A cached reading whose passages (and the actors it names) are kept as pickles of their own, unpickled when
    first asked for: a warm build takes an unchanged reading's share of the graph from the last build (its digest
    says it is the same), and the map asks for a few of its passages, so most are never unpickled (at 1,000 reports,
    155,000 passages: most of the work of unpickling the light analyses)."""

    relations = _Deferred()
    named = _Deferred()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReportReading) and (self.named, self.relations, self.names) == (other.named, other.relations, other.names)


def light_reading(reading: ReportReading) -> LightReading:
    reading.content_digest()  # of the reading as read: the digest of passages pickled apart would differ in its bytes
    light = LightReading.__new__(LightReading)
    light.__dict__.update(reading.__dict__)
    for name in ("relations", "named"):
        light.__dict__[f"_{name}_pickle"] = pickle.dumps(light.__dict__.pop(name), protocol=pickle.HIGHEST_PROTOCOL)
    return light


class _Body:
    """Where a light report's text, HTML and paragraphs are, and the work of putting them back."""

    def __init__(self, path: str, report: LightReport, source: str) -> None:
        self.path, self.report, self.source = path, report, source

    def load(self) -> None:
        report = self.report
        if not isinstance(report, LightReport):
            return  # loaded already
        try:
            with open(self.path, "rb") as handle:
                source_text, sections = pickle.load(handle)
            if len(sections) != len(report.sections):
                raise ValueError("not this report's body")
        except Exception:  # removed or damaged since the build started: the report's file, read again
            source_text, sections = self._read_again()
        fill(report, source_text, sections)

    def _read_again(self) -> tuple[str, list[tuple[str | None, list[Paragraph]]]]:
        from .document import decode_source, read_report

        report = self.report
        shown = report.source_path
        problem = ContentError(shown, None, "changed while the site was built, and its cached text was lost; build again")
        try:
            again = read_report(decode_source(read_bytes(self.source, shown), shown), shown)
        except Exception:
            raise problem from None
        if again.source_digest() != report.source_digest() or len(again.sections) != len(report.sections):
            raise problem
        return body_of(again)


def body_of(report: Report) -> tuple[str, list[tuple[str | None, list[Paragraph]]]]:
    """What a report's body file holds: its text, and each section's HTML (None for the introduction, which the light
    report keeps) and paragraphs."""
    return report.source_text, [(None if s.is_introduction else s.html, s.paragraphs) for s in report.sections]


def fill(report: Report, source_text: str, sections: list[tuple[str | None, list[Paragraph]]]) -> None:
    """A light report made whole with its body: a Report with Sections again."""
    notes = report.notes  # a light report's deferred notes, unpickled before it stops being one
    for section, (html, paragraphs) in zip(report.sections, sections, strict=True):
        if html is not None:
            section.__dict__["html"] = html
        section.__dict__["paragraphs"] = paragraphs
        section.__dict__.pop("_body", None)
        section.__class__ = Section
    report.__dict__.update(source_text=source_text, notes=notes)
    for name in ("_body", "_content_links", "_may_link", "_notes_pickle", "_has_notes"):
        report.__dict__.pop(name, None)
    report.__class__ = Report


def split(analysis: Analysis) -> tuple[bytes, bytes]:
    """The analysis pickled in two parts: the light one (its report a LightReport) and the body (body_of), which a warm
    build reads only for the reports whose pages it renders. An analysis without a report is one part (and b"")."""
    report = analysis.report
    if report is None:
        return pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL), b""
    sections = []
    for section in report.sections:
        light_section = copy.copy(section)
        light_section.__class__ = LightSection
        del light_section.__dict__["paragraphs"]
        if not section.is_introduction:
            del light_section.__dict__["html"]
        sections.append(light_section)
    light_report = copy.copy(report)
    light_report.__class__ = LightReport
    pages = [section.html for section in report.sections] + [note.html for note in report.notes.values()]
    links = [(match["what"], match["target"]) for html in pages for match in CONTENT_LINK.finditer(html)]
    light_report.__dict__.update(sections=sections, _sections_by_slug={}, _content_links=links, _may_link=_chapters_may_link(report))
    light_report.__dict__.update(_notes_pickle=pickle.dumps(report.notes, protocol=pickle.HIGHEST_PROTOCOL), _has_notes=bool(report.notes))
    del light_report.__dict__["source_text"], light_report.__dict__["notes"]
    light = copy.copy(analysis)
    light.report = light_report
    if analysis.reading is not None:
        light.reading = light_reading(analysis.reading)
    return (
        pickle.dumps(light, protocol=pickle.HIGHEST_PROTOCOL),
        pickle.dumps(body_of(report), protocol=pickle.HIGHEST_PROTOCOL),
    )


def kept_links(report: Report) -> list[tuple[str, str]] | None:
    """The content links ({attach}, {static}, {filename}: what, target) of a light report whose HTML is not read, in the
    order its pages and notes give them; None for a whole report (its HTML is there to be searched)."""
    return report.__dict__.get("_content_links") if isinstance(report, LightReport) else None


def sections_may_link(report: Report) -> bool:
    """Whether a section of the report but its introduction may hold an intrasite link (paths.may_hold_link); of a
    light report, as found when it was split, without reading its HTML."""
    kept = report.__dict__.get("_may_link") if isinstance(report, LightReport) else None
    return kept if isinstance(kept, bool) else _chapters_may_link(report)


def _chapters_may_link(report: Report) -> bool:
    return any(may_hold_link(section.html) for section in report.chapters)


def whole(light: bytes, body: bytes) -> Analysis:
    """The analysis split() gave, in one piece."""
    analysis: Analysis = pickle.loads(light)
    if body and analysis.report is not None:
        fill(analysis.report, *pickle.loads(body))
    return analysis


class AnalysisCache:
    """Two pickles per analysis in a folder (split()): what every build needs, and the report's text and HTML, read
    only when asked for. What a build did not use is removed after it."""

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def _file(self, key: str) -> str:
        return os.path.join(self.folder, key + CACHE_SUFFIX)

    def _body_file(self, key: str) -> str:
        return os.path.join(self.folder, key + BODY_SUFFIX)

    def load(self, key: str, source: str = "") -> Analysis | None:
        """The light analysis; its report reads its body when first asked for text or HTML (from the report's file,
        `source`, if the body is lost meanwhile)."""
        try:
            with open(self._file(key), "rb") as handle:
                found = pickle.load(handle)
        except Exception:  # absent, damaged or written by other code: read the report again
            return None
        if not isinstance(found, Analysis):
            return None
        return self.attach(found, key, source)

    def attach(self, found: Analysis, key: str, source: str = "") -> Analysis:
        """A light analysis (split()'s first part) whose report reads its body from this cache when first asked."""
        report = found.report
        if isinstance(report, LightReport):
            body = _Body(self._body_file(key), report, source)
            report.__dict__["_body"] = body
            for section in report.sections:
                section.__dict__["_body"] = body
        return found

    def has(self, key: str) -> bool:
        return os.path.exists(self._file(key)) and os.path.exists(self._body_file(key))

    def store(self, key: str, light: bytes, body: bytes) -> bool:
        """Keep a split analysis: the body first, so that a light part is never kept without it. False if either
        could not be kept."""
        if body and not keep(self._body_file(key), body):
            return False
        return keep(self._file(key), light)

    def keep_only(self, keys: set[str]) -> None:
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            for suffix in (CACHE_SUFFIX, BODY_SUFFIX):
                if name.endswith(suffix) and name[: -len(suffix)] not in keys:
                    with contextlib.suppress(OSError):
                        os.remove(os.path.join(self.folder, name))


_worker_registry: Registry | None = None  # the registry a forked worker reads with
_worker_registry_digest = ""  # the SHA-256 of its bytes


def _analyse_in_worker(job: tuple[bytes, str, str, str]) -> tuple[bytes, bytes]:
    """The analysis pickled once, in two parts (split()): kept in the cache from here, and sent to the build process,
    which puts them together (received()). Once the body is kept, only the light part is sent: the build process
    reads a report's body from the cache only if it renders the report's pages (as for a report a warm build takes
    from the cache), instead of unpickling and holding every report's text and HTML."""
    raw, shown, key, cache_folder = job
    analysis = analyse(raw, shown, _worker_registry)
    regexcache.save()  # a first build's workers: the patterns its imports compiled, for the next build's reader
    if analysis.report is not None and analysis.extraction is not None:
        statements = analysis.extraction.statements
        analysis.extraction.shown = (statements_named(statements), statements_shown(analysis.report, statements))
    data = split(analysis)
    if cache_folder and analysis.error is None:
        kept = AnalysisCache(cache_folder).store(key, *data)
        keep_parts(cache_folder, analysis, _worker_registry, _worker_registry_digest)
        if kept and data[1]:
            return data[0], b""
    return data


def received(data: tuple[bytes, bytes], key: str, source: str, cache: AnalysisCache | None) -> Analysis:
    """The analysis a worker sent (_analyse_in_worker): whole, or light with its body in the cache under key."""
    light, body = data
    if body or cache is None:
        return whole(light, body)
    return cache.attach(pickle.loads(light), key, source)


def keep_parts(cache_folder: str, analysis: Analysis, registry: Registry | None, registry_digest: str) -> None:
    """The report's share of the search index and of the statements data, encoded here, in parallel, rather than
    by the build process after. Each is kept under the key its plugin will look for: that of the report's
    statements as found here, which is the build's key unless merging provisional speakers renamed one of them
    (then the build encodes that part itself)."""
    if analysis.report is None or analysis.extraction is None or registry is None:
        return
    provisional = {actor.id: actor for actor in analysis.extraction.provisional}

    def name_of(actor_id: str) -> str:
        actor = provisional.get(actor_id)
        return (actor or registry[actor_id]).name

    report, statements = analysis.report, analysis.extraction.statements
    try:
        search_key = search.part_key(code_version(), report, statements, name_of)
        search_part = search.statements_part(report, statements, name_of)
        shown = analysis.extraction.shown[1] if analysis.extraction.shown is not None else ""
        data_key = exports.part_key(exports.base_key(registry_digest, code_version()), report, statements, name_of, shown)
        data_part = exports.encode_statements(report, statements, name_of)
    except Exception:  # the build encodes them, and says what failed where it belongs
        return
    keep(search.part_file(cache_folder, search_key), pickle.dumps(search_part, protocol=pickle.HIGHEST_PROTOCOL))
    keep(exports.part_file(cache_folder, data_key), pickle.dumps(data_part, protocol=pickle.HIGHEST_PROTOCOL))


class _Reader:
    """A process forked when a build starts, before Pelican: it imports the report parser, the attribution engine and
    the relation reader (about a quarter of a second) while the build process starts Pelican, and then reads the few
    reports a warm build must read while the build process loads the others' analyses from the cache. Without it,
    the worker started only once the build knows which reports changed, and the build waited for its imports."""

    def __init__(self) -> None:
        jobs_read, self._jobs = os.pipe()
        self._results, results_write = os.pipe()
        self._imported, imported_write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the reader: never returns into the build
            code = 1
            try:
                os.close(self._jobs)
                os.close(self._results)
                os.close(self._imported)
                _serve(jobs_read, results_write, imported_write)
                code = 0
            except BaseException:  # the build reads the reports itself (an empty answer)
                pass
            finally:
                os._exit(code)
        os.close(jobs_read)
        os.close(results_write)
        os.close(imported_write)

    def imported(self) -> bool:
        """Whether the reader has said it is done importing (or has ended): wait_imported would return at once."""
        try:
            return bool(select.select([self._imported], [], [], 0)[0])
        except (OSError, ValueError):
            return True

    def wait_imported(self, timeout: float) -> bool:
        """Wait, at most timeout seconds, until the reader has imported the engine and kept the programs of its
        patterns (regexcache.save): workers forked after that take them instead of each compiling them again. Whether
        it kept them; False at once where it ended, once its CPU time stops moving (READER_PROGRESS_CHECKED), and once
        it has spent READER_IMPORT_CPU seconds of CPU since the wait began."""
        deadline = time.monotonic() + timeout
        ticks = first = _cpu_ticks(self.pid)
        most = READER_IMPORT_CPU * _TICKS_A_SECOND
        while (left := deadline - time.monotonic()) > 0:
            try:
                ready, _, _ = select.select([self._imported], [], [], min(left, READER_PROGRESS_CHECKED))
                if ready:
                    return os.read(self._imported, 1) == _PROGRAMS_KEPT  # b"" where it ended before saying so
            except (OSError, ValueError):
                return False
            now = _cpu_ticks(self.pid)
            if now is not None and (now == ticks or (first is not None and now - first > most)):
                return False
            ticks = now
        return False

    def ask(self, job: tuple[Any, ...]) -> bool:
        try:
            with os.fdopen(self._jobs, "wb") as handle:
                pickle.dump(job, handle, protocol=pickle.HIGHEST_PROTOCOL)
            return True
        except Exception:  # the process is gone: the caller starts workers
            self.stop()
            return False

    def answer(self) -> list[tuple[bytes, bytes]]:
        """Each report's pickled analysis, in the order asked; [] if the reader failed."""
        try:
            with os.fdopen(self._results, "rb") as handle:
                found = pickle.load(handle)
            return found if isinstance(found, list) else []
        except Exception:
            return []
        finally:
            self._results = -1
            self.stop()

    def stop(self) -> None:
        for fd in (self._jobs, self._results, self._imported):
            with contextlib.suppress(OSError):
                if fd >= 0:
                    os.close(fd)
        self._jobs = self._results = self._imported = -1
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)  # asked and answered, it has ended; else it was not needed
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)


_PROGRAMS_KEPT = b"1"  # what the reader writes to the build once it is ready and its programs are in the cache folder


_TICKS_A_SECOND = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") and "SC_CLK_TCK" in os.sysconf_names else 100


def _cpu_ticks(pid: int) -> int | None:
    """The CPU time a process has used, in clock ticks (Linux's /proc); None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rpartition(b")")[2].split()
        return int(fields[11]) + int(fields[12])  # utime and stime, the stat line's 14th and 15th fields
    except (OSError, ValueError, IndexError):
        return None


def _serve(jobs_read: int, results_write: int, imported_write: int) -> None:
    """In the reader process: import what reading a report needs, wait for the build's job, answer it."""
    from . import clauses, document  # noqa: F401
    from .attribution import engine  # noqa: F401

    # the patterns those imports compiled, if the last build's cache did not hold them; then the build, which may be
    # waiting to fork workers (_Reader.wait_imported), learns whether it has programs to take
    kept = regexcache.save()
    with contextlib.suppress(OSError):
        os.write(imported_write, _PROGRAMS_KEPT if kept else b"0")
    os.close(imported_write)

    global _worker_registry, _worker_registry_digest
    with os.fdopen(jobs_read, "rb") as jobs:
        registry_file, registry_shown, has_registry, items = pickle.load(jobs)  # EOFError when the build needs none
    _worker_registry, _worker_registry_digest = None, "no registry"
    if has_registry:  # the registry the build loaded: the same file, through the same cache
        registry_raw = read_bytes(registry_file, registry_shown) if os.path.exists(registry_file) else b""
        cache_folder = items[0][3] if items else ""
        _worker_registry = load_registry_kept(registry_file, registry_shown, cache_folder)
        _worker_registry_digest = hashlib.sha256(registry_raw).hexdigest()
    found = [_analyse_in_worker(item) for item in items]
    with os.fdopen(results_write, "wb") as results:
        pickle.dump(found, results, protocol=pickle.HIGHEST_PROTOCOL)


_reader: _Reader | None = None


def start_reader() -> None:
    """Start the reader process for this build (see _Reader); the build's analyse_reports uses it or stops it."""
    global _reader
    stop_reader()
    if "fork" in multiprocessing.get_all_start_methods():
        with contextlib.suppress(OSError):
            _reader = _Reader()


def holds_many_reports(reports_folder: str) -> bool:
    """Whether the folder holds PARALLEL_FROM report files or more (counting stops there): a first build of fewer reads
    them in its own process, and a reader process would go unused."""
    found = 0
    for _folder, _dirs, names in os.walk(reports_folder, followlinks=True):
        found += sum(1 for name in names if name.endswith((".md", ".markdown")))
        if found >= PARALLEL_FROM:
            return True
    return False


def stop_reader() -> None:
    """End a reader process the build did not use (at the end of every build)."""
    reader = _take_reader()
    if reader is not None:
        reader.stop()


def _take_reader() -> _Reader | None:
    global _reader
    reader, _reader = _reader, None
    return reader


def analyse_reports(
    files: list[tuple[str, str]],
    registry_file: str,
    registry_shown: str,
    cache_folder: str = "",
    workers: int = 0,
    meanwhile: Callable[[], None] | None = None,
) -> dict[str, Analysis]:
    """Analyses of (path, shown path) files, by path. A registry that does not load gives reports without statements:
    the speakers plugin reports its error. `meanwhile` is called while other processes read reports, if any do, once
    this process has loaded what the cache holds: it would otherwise only wait for them; in a first build that waits
    for the reader process's imports before it starts workers, during that wait instead."""
    # Loading thousands of analyses makes few cycles; the cyclic collector would only rescan the growing heap. What
    # was loaded lives until the build ends: frozen, the collector does not go through those millions of objects
    # again (at 1,000 reports the first collections after loading cost a warm build about half a second).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analyse_reports(files, registry_file, registry_shown, cache_folder, workers, meanwhile)
    finally:
        if collecting:
            gc.freeze()
            gc.enable()


def _with_bytes(items: list[tuple[str, str, bytes | None, str]], results: dict[str, Analysis]) -> list[tuple[str, str, bytes, str]]:
    """Reports to read again, with the bytes of those whose status vouched for a cached analysis that is damaged or
    gone since; a file that cannot be read now is its error in results."""
    found = []
    for path, shown, raw, key in items:
        if raw is None:
            try:
                raw = read_bytes(path, shown)
            except ContentError as error:
                results[path] = Analysis(shown, error=error)
                continue
        found.append((path, shown, raw, key))
    return found


def _analyse_reports(
    files: list[tuple[str, str]], registry_file: str, registry_shown: str, cache_folder: str, workers: int, meanwhile: Callable[[], None] | None
) -> dict[str, Analysis]:
    global _worker_registry, _worker_registry_digest, _spare_registry
    try:
        registry_raw = read_bytes(registry_file, registry_shown) if os.path.exists(registry_file) else b""
        registry_key, registry = _load_registry_keyed(registry_file, registry_shown, cache_folder)
    except ContentError:
        registry_raw, registry_key, registry = b"", "", None
    registry_digest = hashlib.sha256(registry_raw).hexdigest() if registry is not None else "no registry"
    cache = AnalysisCache(cache_folder) if cache_folder else None
    results: dict[str, Analysis] = {}
    cached: list[tuple[str, str, bytes | None, str]] = []  # path, shown path, bytes (None: not read), cache key
    todo: list[tuple[str, str, bytes, str]] = []
    used: set[str] = set()
    stamps = SourceStamps(cache_folder)
    for path, shown in files:
        raw_digest = stamps.digest(path) if cache else None
        if raw_digest is not None:
            key = analysis_key(raw_digest, shown, registry_digest)
            if cache is not None and cache.has(key):
                used.add(key)
                cached.append((path, shown, None, key))  # its bytes are not needed
                continue
        try:
            raw = read_bytes(path, shown)
        except ContentError as error:
            results[path] = Analysis(shown, error=error)
            continue
        raw_digest = bytes_digest(raw)
        stamps.record(path, raw_digest)
        key = analysis_key(raw_digest, shown, registry_digest)
        used.add(key)
        (cached if cache is not None and cache.has(key) else todo).append((path, shown, raw, key))
    stamps.save()
    workers = workers or os.cpu_count() or 1
    # Many reports to read, or a few while many are loaded from the cache: read in forked workers, which import the
    # attribution engine only there (this process never needs it) while this process loads the cached analyses.
    parallel = len(todo) >= PARALLEL_FROM or (bool(todo) and len(cached) >= PARALLEL_FROM)
    pool: ProcessPoolExecutor | None = None
    pending: Iterator[tuple[bytes, bytes]] | None = None
    reader = _take_reader()  # the reader process the build started, if any: used at most once
    asked: _Reader | None = None
    if parallel and workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        _worker_registry, _worker_registry_digest = registry, registry_digest
        jobs = [(raw, shown, key, cache_folder) for _, shown, raw, key in todo]
        if reader is not None and len(todo) < PARALLEL_FROM:  # a few reports: the reader process, ready by now
            asked = reader if reader.ask((registry_file, registry_shown, registry is not None, jobs)) else None
        if asked is None:
            if reader is not None:
                # a first build: the engine's programs, once the reader kept them; no worker compiles them again
                if regexcache.needs_programs():
                    if meanwhile is not None and not reader.imported():
                        # this process would only wait for the reader: its own work now, on the core the workers do not
                        # have yet, rather than beside them once they read
                        meanwhile()
                        meanwhile = None
                    if reader.wait_imported(READER_IMPORTS_WAITED):
                        regexcache.take_saved()
                reader.stop()  # before the workers are forked: they would hold its pipe
                reader = None
            try:
                pool = ProcessPoolExecutor(min(workers, len(todo)), mp_context=multiprocessing.get_context("fork"))
                pending = pool.map(_analyse_in_worker, jobs, chunksize=4)  # submitted now: the workers start at once
            except Exception:  # no process could be started: read in this process instead
                pending = None
    if reader is not None and asked is None:
        reader.stop()
    for item in cached:
        found = cache.load(item[3], item[0]) if cache else None
        if found is not None:
            found.from_cache = True
            results[item[0]] = found
        else:  # damaged since it was kept: read again, here
            todo.extend(_with_bytes([item], results))
    if meanwhile is not None and (asked is not None or pending is not None):
        meanwhile()
    analysed: list[Analysis] = []
    if asked is not None:
        answer = asked.answer()  # [] if it failed: read in this process instead
        analysed = [received(data, key, path, cache) for data, (path, _, _, key) in zip(answer, todo, strict=False)]
        _worker_registry, _worker_registry_digest = None, ""
    if pool is not None:
        try:
            analysed = (
                [received(data, key, path, cache) for data, (path, _, _, key) in zip(pending, todo, strict=False)] if pending is not None else []
            )
        except Exception:  # a worker that died (out of memory, killed): read in this process instead
            analysed = []
        finally:
            pool.shutdown()
            _worker_registry, _worker_registry_digest = None, ""
    if registry is not None and registry_key and not todo[len(analysed) :]:  # this process read no report with it
        _spare_registry = (registry_key, registry)
    if todo[len(analysed) :]:
        regexcache.take_saved()  # as for workers: this process imports the engine now
    for _, shown, raw, key in todo[len(analysed) :]:
        analysis = analyse(raw, shown, registry)
        if cache and analysis.error is None:
            cache.store(key, *split(analysis))
        analysed.append(analysis)
    for (path, *_), analysis in zip(todo, analysed, strict=True):
        results[path] = analysis
    results = {path: results[path] for path, _ in files if path in results}  # in the order of files, however they came
    if cache:
        cache.keep_only(used)
    return results
