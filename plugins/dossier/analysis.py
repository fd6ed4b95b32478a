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
import functools
import gc
import hashlib
import multiprocessing
import os
import pickle
import signal
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from . import exports, search
from .actors import Registry, load_registry
from .fingerprints import add_files, add_parts
from .kept import keep
from .model import ContentError, Report
from .relations import EvidenceReader, ReportReading
from .sourcefile import read_bytes
from .statements import Extraction, extract_statements

PARALLEL_FROM = 24  # fewer reports to read (and to load) than this are read in this process: starting workers costs more
CACHE_SUFFIX = ".analysis"


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


def analysis_key(raw: bytes, shown_path: str, registry_digest: str) -> str:
    digest = hashlib.sha256()
    add_parts(digest, code_version(), registry_digest, shown_path, raw)
    return digest.hexdigest()


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
    if not cache_folder or not os.path.exists(path):
        return load_registry(path, shown_path)
    digest = hashlib.sha256()
    add_parts(digest, code_version(), shown_path, read_bytes(path, shown_path))
    key = digest.hexdigest()
    kept = os.path.join(cache_folder, REGISTRY_FILE)
    try:
        with open(kept, "rb") as handle:
            found_key, found = pickle.load(handle)
        if found_key == key and isinstance(found, Registry):
            return found
    except Exception:  # absent, damaged or written by other code: read the file
        pass
    registry = load_registry(path, shown_path)  # a registry in error raises here: nothing is kept
    keep(kept, pickle.dumps((key, registry), protocol=pickle.HIGHEST_PROTOCOL))
    return registry


class AnalysisCache:
    """One pickle per analysis in a folder; what a build did not use is removed after it."""

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def _file(self, key: str) -> str:
        return os.path.join(self.folder, key + CACHE_SUFFIX)

    def load(self, key: str) -> Analysis | None:
        try:
            with open(self._file(key), "rb") as handle:
                found = pickle.load(handle)
        except Exception:  # absent, damaged or written by other code: read the report again
            return None
        return found if isinstance(found, Analysis) else None

    def has(self, key: str) -> bool:
        return os.path.exists(self._file(key))

    def store(self, key: str, data: bytes) -> None:
        """Keep a pickled analysis."""
        keep(self._file(key), data)

    def keep_only(self, keys: set[str]) -> None:
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.endswith(CACHE_SUFFIX) and name[: -len(CACHE_SUFFIX)] not in keys:
                with contextlib.suppress(OSError):
                    os.remove(os.path.join(self.folder, name))


_worker_registry: Registry | None = None  # the registry a forked worker reads with
_worker_registry_digest = ""  # the SHA-256 of its bytes


def _analyse_in_worker(job: tuple[bytes, str, str, str]) -> bytes:
    """The analysis pickled once: kept in the cache from here, and sent as it is to the build process."""
    raw, shown, key, cache_folder = job
    analysis = analyse(raw, shown, _worker_registry)
    data = pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)
    if cache_folder and analysis.error is None:
        AnalysisCache(cache_folder).store(key, data)
        keep_parts(cache_folder, analysis, _worker_registry, _worker_registry_digest)
    return data


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
        data_key = exports.part_key(exports.base_key(registry_digest, code_version()), report, statements, name_of)
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
        self.pid = os.fork()
        if self.pid == 0:  # the reader: never returns into the build
            code = 1
            try:
                os.close(self._jobs)
                os.close(self._results)
                _serve(jobs_read, results_write)
                code = 0
            except BaseException:  # the build reads the reports itself (an empty answer)
                pass
            finally:
                os._exit(code)
        os.close(jobs_read)
        os.close(results_write)

    def ask(self, job: tuple[Any, ...]) -> bool:
        try:
            with os.fdopen(self._jobs, "wb") as handle:
                pickle.dump(job, handle, protocol=pickle.HIGHEST_PROTOCOL)
            return True
        except Exception:  # the process is gone: the caller starts workers
            self.stop()
            return False

    def answer(self) -> list[bytes]:
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
        for fd in (self._jobs, self._results):
            with contextlib.suppress(OSError):
                if fd >= 0:
                    os.close(fd)
        self._jobs = self._results = -1
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)  # asked and answered, it has ended; else it was not needed
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)


def _serve(jobs_read: int, results_write: int) -> None:
    """In the reader process: import what reading a report needs, wait for the build's job, answer it."""
    from . import clauses, document  # noqa: F401
    from .attribution import engine  # noqa: F401

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
    files: list[tuple[str, str]], registry_file: str, registry_shown: str, cache_folder: str = "", workers: int = 0
) -> dict[str, Analysis]:
    """Analyses of (path, shown path) files, by path. A registry that does not load gives reports without statements:
    the speakers plugin reports its error."""
    # Loading thousands of analyses makes few cycles; the cyclic collector would only rescan the growing heap. What
    # was loaded lives until the build ends: frozen, the collector does not go through those millions of objects
    # again (at 1,000 reports the first collections after loading cost a warm build about half a second).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analyse_reports(files, registry_file, registry_shown, cache_folder, workers)
    finally:
        if collecting:
            gc.freeze()
            gc.enable()


def _analyse_reports(files: list[tuple[str, str]], registry_file: str, registry_shown: str, cache_folder: str, workers: int) -> dict[str, Analysis]:
    global _worker_registry, _worker_registry_digest
    try:
        registry_raw = read_bytes(registry_file, registry_shown) if os.path.exists(registry_file) else b""
        registry = load_registry_kept(registry_file, registry_shown, cache_folder)
    except ContentError:
        registry_raw, registry = b"", None
    registry_digest = hashlib.sha256(registry_raw).hexdigest() if registry is not None else "no registry"
    cache = AnalysisCache(cache_folder) if cache_folder else None
    results: dict[str, Analysis] = {}
    readable: list[tuple[str, str, bytes, str]] = []  # path, shown path, bytes, cache key
    used: set[str] = set()
    for path, shown in files:
        try:
            raw = read_bytes(path, shown)
        except ContentError as error:
            results[path] = Analysis(shown, error=error)
            continue
        key = analysis_key(raw, shown, registry_digest)
        used.add(key)
        readable.append((path, shown, raw, key))
    cached = [item for item in readable if cache and cache.has(item[3])]
    todo = [item for item in readable if not (cache and cache.has(item[3]))]
    workers = workers or os.cpu_count() or 1
    # Many reports to read, or a few while many are loaded from the cache: read in forked workers, which import the
    # attribution engine only there (this process never needs it) while this process loads the cached analyses.
    parallel = len(todo) >= PARALLEL_FROM or (bool(todo) and len(cached) >= PARALLEL_FROM)
    pool: ProcessPoolExecutor | None = None
    pending: Iterator[bytes] | None = None
    reader = _take_reader()  # the reader process the build started, if any: used at most once
    asked: _Reader | None = None
    if parallel and workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        _worker_registry, _worker_registry_digest = registry, registry_digest
        jobs = [(raw, shown, key, cache_folder) for _, shown, raw, key in todo]
        if reader is not None and len(todo) < PARALLEL_FROM:  # a few reports: the reader process, ready by now
            asked = reader if reader.ask((registry_file, registry_shown, registry is not None, jobs)) else None
        if asked is None:
            if reader is not None:
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
        found = cache.load(item[3]) if cache else None
        if found is not None:
            found.from_cache = True
            results[item[0]] = found
        else:  # damaged since it was kept: read again, here
            todo.append(item)
    analysed: list[Analysis] = []
    if asked is not None:
        analysed = [pickle.loads(data) for data in asked.answer()]  # [] if it failed: read in this process instead
        _worker_registry, _worker_registry_digest = None, ""
    if pool is not None:
        try:
            analysed = [pickle.loads(data) for data in pending] if pending is not None else []
        except Exception:  # a worker that died (out of memory, killed): read in this process instead
            analysed = []
        finally:
            pool.shutdown()
            _worker_registry, _worker_registry_digest = None, ""
    for _, shown, raw, key in todo[len(analysed) :]:
        analysis = analyse(raw, shown, registry)
        if cache and analysis.error is None:
            cache.store(key, pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL))
        analysed.append(analysis)
    for (path, *_), analysis in zip(todo, analysed, strict=True):
        results[path] = analysis
    results = {path: results[path] for path, _ in files if path in results}  # in the order of files, however they came
    if cache:
        cache.keep_only(used)
    return results
