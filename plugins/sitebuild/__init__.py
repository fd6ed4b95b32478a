"""Build the site the safe way: into a temporary folder, swapped in only when the build succeeded.

Problems are printed one line each (`file:line: message`), never as a
traceback; in strict mode any error fails the build and the previous
output/ stays exactly as it was.

One build at a time writes an output folder: a second waits for the lock
(`.dossier-cache/<output>.lock`, beside the output folder). The new site is
built in `<output>.partial-PID` and exchanged with the old one in one step
(Linux's renameat2 RENAME_EXCHANGE), so a reader always finds a complete
site; where the file system cannot exchange, the old folder is renamed to
`<output>.old-PID` first and put back by the next build if the build died in
between. Leftovers of killed builds are removed when the next build starts.
The previous site is not removed while the user waits: it is moved into
`.dossier-cache/<output>.trash/` and removed there by a background process
(with what earlier removers left, by the next build that swaps).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import gc
import glob
import logging
import os
import re
import shutil
import stat
import sys
import time

from dossier import analysis, background, buildwarnings, readahead, regexcache
from dossier.model import ContentError
from dossier.paths import shown_path
from dossier.progress import restart as restart_progress


class BuildLog(logging.Handler):
    """Collects the build's warnings and errors and prints each once, on one line. A warning the last build gave about
    a report this build did not read again is only counted, unless every warning is asked for (dossier.buildwarnings)."""

    def __init__(self, printed_before: set[str] | None = None) -> None:
        super().__init__(logging.WARNING)
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.held: list[str] = []  # the warnings counted, not printed
        self._seen: set[str] = set()  # self.warnings as a set: an archive's build warns thousands of times
        self._printed_before = printed_before or set()

    def emit(self, record: logging.LogRecord) -> None:
        message = self.describe(record)
        if record.levelno >= logging.ERROR:
            self.errors.append(message)
            print(f"error: {message}", file=sys.stderr)
        elif message not in self._seen:
            self._seen.add(message)
            self.warnings.append(message)
            if buildwarnings.held_back(message, self._printed_before):
                self.held.append(message)
            else:
                print(f"warning: {message}", file=sys.stderr)

    def print_held(self) -> None:
        """One line for the warnings held back, if any."""
        if self.held:
            print(buildwarnings.summary(self.held), file=sys.stderr)

    @staticmethod
    def describe(record: logging.LogRecord) -> str:
        args = record.args if isinstance(record.args, tuple) else ()
        for arg in args:
            if isinstance(arg, ContentError):
                return str(arg)
        # Pelican logs a reader's failure as "Could not process <file>" without the exception
        # unless DEBUG is set; the handler runs inside Pelican's except block, so the exception is here.
        current = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
        if isinstance(current, ContentError):
            return str(current)
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call must not hide the problem it reports
            message = str(record.msg)
        if current is not None and record.levelno >= logging.ERROR:
            message += f": {type(current).__name__}: {current}"
        return " ".join(message.split())


RECORD_FLAGS = ("logThreads", "logProcesses", "logMultiprocessing")


def lean_log_records() -> tuple[object, list[bool]]:
    """While the build runs, a log record is not told where it was logged from (a walk up the stack) nor which thread
    and process logged it: BuildLog reads only its message, and a warm build of an archive logs thousands of warnings
    again, those its reports' cached analyses keep (the logging HOWTO's advice for such code). What it was, to put back."""
    saved = logging._srcfile, [getattr(logging, flag) for flag in RECORD_FLAGS]
    logging._srcfile = None
    for flag in RECORD_FLAGS:
        setattr(logging, flag, False)
    return saved


def restore_log_records(saved: tuple[object, list[bool]]) -> None:
    logging._srcfile = saved[0]  # type: ignore[assignment]
    for flag, value in zip(RECORD_FLAGS, saved[1], strict=True):
        setattr(logging, flag, value)


YOUNG_COLLECTION = 20_000  # new objects between the cyclic collector's young collections while a build runs (CPython: 700)


@contextlib.contextmanager
def fewer_collections():
    """While the build runs, the cyclic collector looks at the youngest objects after 20,000 new ones instead of 700:
    the build makes millions that reference counting frees (a warm build of 1,000 reports went through 440 young
    collections and 40 older ones, about 0.1 s of CPU; with this, ten young ones, 0.04 s). Cycles wait a little longer."""
    saved = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION, *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def keep_out_of_collection(*_args, **_kwargs) -> None:
    """What the build has read and gathered lives until the end: the cyclic collector need not rescan it
    (at 1,000 reports it otherwise spends seconds doing so)."""
    gc.freeze()


def cache_folder(output: str) -> str:
    """What a build keeps for the next build of the same output folder: beside it, never published with it."""
    parent, name = os.path.split(os.path.abspath(output))
    return os.path.join(parent, ".dossier-cache", name)


class SwapError(Exception):
    """The output folder could not be locked, recovered or replaced: one line, the previous output kept."""


LEFTOVER = re.compile(r"\.(?:partial|old)-\d+$")
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: str, second: str) -> bool:
    """Swap two folders' names in one step; False where the system or file system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), second)


def _remove_tree(path: str) -> None:
    """Remove a folder, also one made read-only; what cannot be removed is left for the next build."""

    def writable_again(function, name, _info):
        with contextlib.suppress(OSError):
            os.chmod(os.path.dirname(name), stat.S_IRWXU)
            os.chmod(name, stat.S_IRWXU)
            function(name)

    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, onerror=writable_again)
    elif os.path.lexists(path):
        with contextlib.suppress(OSError):
            os.remove(path)


def _leftovers(output: str) -> list[str]:
    return sorted(path for path in glob.glob(glob.escape(output) + ".*") if LEFTOVER.search(path[len(output) :]))


def recover(output: str) -> None:
    """Undo what a killed build left: put the old site back if it died between its two renames, then remove
    every half-built or swapped-out folder. Called with the output folder locked, so no build is using them."""
    leftovers = _leftovers(output)
    if not os.path.lexists(output):
        old = [path for path in leftovers if ".old-" in path[len(output) :] and os.path.isdir(path)]
        if old:
            newest = max(old, key=os.path.getmtime)
            os.rename(newest, output)
            leftovers.remove(newest)
    for path in leftovers:
        _remove_tree(path)


def _swap_in(built: str, output: str) -> None:
    """Make the built folder the output folder; at every instant the output folder is a complete site."""
    if os.path.lexists(output) and not os.path.isdir(output):
        raise SwapError(f"{output} exists and is not a folder; remove it or build with another --output")
    if not os.path.lexists(output):
        os.rename(built, output)
        return
    if _exchange(built, output):
        _discard(built, output)  # the previous site, now under the temporary name
        return
    old = f"{output}.old-{os.getpid()}"
    os.rename(output, old)
    try:
        os.rename(built, output)  # a build killed between these two renames: recover() puts old back
    except BaseException:
        os.rename(old, output)
        raise
    _discard(old, output)


def _trash_folder(output: str) -> str:
    parent, name = os.path.split(output)
    return os.path.join(parent, ".dossier-cache", f"{name}.trash")


# The remover runs on its own after the build has returned: removing the previous site's thousands of files
# (seconds at 1,000 reports) is no reason to make the user wait. It is handed a folder nobody reads any more.
_REMOVER = """
import os, shutil, stat, sys
os.nice(19)  # after the build: a build started meanwhile goes first
def writable_again(function, name, _info):
    try:
        os.chmod(os.path.dirname(name), stat.S_IRWXU)
        os.chmod(name, stat.S_IRWXU)
        function(name)
    except OSError:
        pass
for path in sys.argv[1:]:
    shutil.rmtree(path, onerror=writable_again)
"""


def _discard(previous: str, output: str) -> None:
    """Move the previous site into the cache folder's trash (one rename) and remove it in the background;
    where that cannot be done, remove it here."""
    trash = _trash_folder(output)
    try:
        os.makedirs(trash, exist_ok=True)
        aside = os.path.join(trash, os.path.basename(previous))
        os.rename(previous, aside)
    except OSError:
        _remove_tree(previous)
        return
    _empty_trash(output)


def _empty_trash(output: str) -> None:
    trash = _trash_folder(output)
    try:
        folders = sorted(os.path.join(trash, name) for name in os.listdir(trash))
    except OSError:
        return
    if not folders:
        return
    import subprocess

    try:
        subprocess.Popen(
            [sys.executable, "-c", _REMOVER, *folders],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        for folder in folders:
            _remove_tree(folder)


@contextlib.contextmanager
def output_lock(output: str):
    """One build at a time writes this output folder: a second waits, saying for whom."""
    parent, name = os.path.split(output)
    folder = os.path.join(parent, ".dossier-cache")
    try:
        os.makedirs(folder, exist_ok=True)
        handle = os.open(os.path.join(folder, f"{name}.lock"), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise SwapError(f"cannot lock {output} for this build: {error.strerror}: {error.filename}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(handle, 32, 0).decode(errors="replace").strip() or "another process"
            print(f"waiting for the build (pid {holder}) that is writing {shown_path(output)}", file=sys.stderr, flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        os.ftruncate(handle, 0)
        os.pwrite(handle, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(handle)  # closing releases the lock; a killed build's lock goes with its process


def _check_folders(settings: dict, content: str) -> None:
    """Pelican's own checks for a missing content folder are exceptions; and a missing or empty reports folder
    would silently give an empty site in place of the previous one."""
    if not os.path.exists(content):
        raise ContentError(content, None, "content folder not found")
    if not os.path.isdir(content):
        raise ContentError(content, None, "is not a folder; --content names the content folder")
    for name in settings.get("ARTICLE_PATHS", []):
        folder = os.path.join(content, name)
        shown = name.replace(os.sep, "/")
        if not os.path.exists(folder):
            raise ContentError(shown, None, f"the reports folder is missing from the content folder ({content})")
        if not os.path.isdir(folder):
            raise ContentError(shown, None, "is not a folder; the reports go in a folder of that name in the content folder")
        if not any(n.endswith((".md", ".markdown")) for _, _, names in os.walk(folder, followlinks=True) for n in names):
            raise ContentError(shown, None, "holds no report (.md file); an empty site would replace the previous one")


# what a user may drop into the reports folder before importing it: the build reads only Markdown reports there
EXPORT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".pdf", ".docx", ".doc", ".odt", ".rtf")


def _warn_of_exports(settings: dict, content: str) -> None:
    """An export or saved page left in the reports folder is no report until it is imported: say so, not nothing
    (once a report's front matter names it as its source, it was imported, and it may stay)."""
    for name in settings.get("ARTICLE_PATHS", []):
        folder = os.path.join(content, name)
        walked = sorted(os.walk(folder, followlinks=True))
        exports = [os.path.join(parent, n) for parent, _, names in walked for n in sorted(names) if n.lower().endswith(EXPORT_SUFFIXES)]
        if not exports:
            continue
        sources = {
            source
            for parent, _, names in walked
            for n in names
            if n.endswith((".md", ".markdown"))
            if (source := _source_of(os.path.join(parent, n)))
        }
        for path in exports:
            if os.path.basename(path) not in sources and not os.path.basename(path).startswith("."):
                shown = os.path.relpath(path, content).replace(os.sep, "/")
                logging.getLogger(__name__).warning(
                    "%s: is not a report yet (the build reads .md files); import it: invoke import-report %s", shown, shown_path(path)
                )


def _source_of(path: str) -> str | None:
    """The `source` its front matter names (the file a report was imported from), read as the build reads it; None
    where it names none, or the report cannot be read (the build says why)."""
    from dossier.document import split_front_matter  # only where an export stands beside the reports: mistune is slow to import

    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            meta = split_front_matter(handle.read(), path)[0]
    except (OSError, ContentError):
        return None
    source = meta.get("source")
    return source if isinstance(source, str) else None


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def build_site(
    settings_file: str = "pelicanconf.py",
    output: str = "output",
    content: str = "content",
    strict: bool = True,
    cache: str = "",
    all_warnings: bool = False,
) -> int:
    """Build; return 0 on success, 1 when the site would be wrong (the old output is kept).
    `cache` is where the build keeps what it read for the next build; by default beside the output folder.
    `all_warnings` prints the warnings the last build gave about reports left unchanged too, not only their count."""
    with fewer_collections():
        return _build(settings_file, output, content, strict, cache, all_warnings)


def _build(settings_file: str, output: str, content: str, strict: bool, cache: str, all_warnings: bool = False) -> int:
    started = time.perf_counter()
    restart_progress()
    output = os.path.abspath(output)
    # Before anything is imported: Pelican's patterns, and in the reader the attribution engine's, from the last build
    regexcache.install(cache or cache_folder(output))
    # Before the lock (the reader holds no file of the build) and before Pelican: a warm build's reader process imports
    # what reading a report needs while this process starts Pelican (dossier.analysis); a build that reads no report,
    # or many (workers then), stops it. In a first build (no output, no cache) of many reports it is the one process
    # that compiles the engine's patterns: it keeps their programs, which the workers forked later take
    # (regexcache.take_saved). A first build of fewer reads them in this process and starts none.
    warm = os.path.isdir(output) and os.path.isdir(cache or cache_folder(output))
    if warm or (regexcache.needs_programs() and analysis.holds_many_reports(os.path.join(content, "reports"))):
        analysis.start_reader()
    try:
        with output_lock(output):
            return _build_locked(settings_file, output, content, strict, cache or cache_folder(output), started, all_warnings)
    except SwapError as error:
        print(f"error: {_one_line(error)}", file=sys.stderr)
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        print(f"error: the output folder could not be replaced: {error.strerror or error}{where}", file=sys.stderr)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
    finally:
        analysis.stop_reader()
        regexcache.uninstall()  # the caller's own patterns are compiled by re (the reader and workers forked keep it)
    kept = "the previous output was kept" if os.path.isdir(output) else "no output was written"
    print(f"build failed; {kept}: {output}", file=sys.stderr)
    return 1


def _build_locked(settings_file: str, output: str, content: str, strict: bool, cache: str, started: float, all_warnings: bool) -> int:
    recover(output)
    staging = f"{output}.partial-{os.getpid()}"
    _remove_tree(staging)
    buildwarnings.forget()
    # a missing output folder asks for the whole site again: every warning, though the cache beside it survived
    all_warnings = all_warnings or not os.path.isdir(output)
    log = BuildLog(None if all_warnings else buildwarnings.load(cache))
    root = logging.getLogger()
    root.addHandler(log)
    root.setLevel(logging.WARNING)
    record_flags = lean_log_records()
    try:
        from pelican import Pelican, signals
        from pelican.settings import read_settings

        signals.article_generator_finalized.connect(keep_out_of_collection)
        signals.all_generators_finalized.connect(keep_out_of_collection)

        if not os.path.isdir(content):
            _check_folders({}, content)
        override = {
            "OUTPUT_PATH": staging,
            "PATH": os.path.abspath(content),
            "DOSSIER_CACHE_PATH": cache,
            "DOSSIER_PREVIOUS_OUTPUT": output,
        }
        settings = read_settings(os.path.abspath(settings_file), override=override)
        _check_folders(settings, settings["PATH"])
        _warn_of_exports(settings, settings["PATH"])
        site = Pelican(settings)
        site.run()
        background.finish()  # every page on disk before the site is swapped in
    except ContentError as error:
        log.errors.append(str(error))
        print(f"error: {_one_line(error)}", file=sys.stderr)
    except KeyboardInterrupt:
        log.errors.append("interrupted")
        print("error: interrupted", file=sys.stderr)
    except Exception as error:  # anything else is our bug: say what, not a traceback
        log.errors.append(repr(error))
        print(f"error: the build failed unexpectedly: {type(error).__name__}: {_one_line(error)}", file=sys.stderr)
        if os.environ.get("DOSSIER_DEBUG"):
            raise
    finally:
        background.drain()  # nothing is written into the folder once the build has ended, well or not
        readahead.forget()
        root.removeHandler(log)
        restore_log_records(record_flags)
    log.print_held()  # a failed build's too: its user reads these lines to mend it

    if log.errors and strict:
        _remove_tree(staging)
        kept = "the previous output was kept" if os.path.exists(output) else "no output was written"
        print(f"build failed with {len(log.errors)} error(s); {kept}: {output}", file=sys.stderr)
        return 1
    try:
        _swap_in(staging, output)
    except BaseException:
        _remove_tree(staging)
        raise
    buildwarnings.save(cache, log.warnings)
    regexcache.save()
    pages = sum(1 for _, _, files in os.walk(output) for name in files if name.endswith(".html"))
    elapsed = time.perf_counter() - started
    print(f"built {pages} pages into {shown_path(output)} in {elapsed:.2f} s ({len(log.warnings)} warning(s))")
    return 0


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Build the Dossier site.")
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--output", default="output")
    parser.add_argument("--content", default="content")
    parser.add_argument("--lenient", action="store_true", help="write the site even when a report failed")
    parser.add_argument(
        "--all-warnings", action="store_true", help="print every warning, also those the last build gave about reports left unchanged"
    )
    args = parser.parse_args(argv)
    return build_site(args.settings, args.output, args.content, strict=not args.lenient, all_warnings=args.all_warnings)
