"""The last build's files linked into the new output by a process of its own, while the build reads and gathers.

A warm build keeps nearly every file of the last one: at 1,000 reports some 9,250 pages, 2,000 per-report
statements files and 1,000 map shards, each checked (a `stat`), linked and stamped (a `stat` again), about 40 µs of
the build process's time a file. A process forked when Pelican starts does that for every file the last build's
manifests list (each plugin declares its manifest: `declare`), on the other core: it checks them while the build
process loads the cached analyses, and links them once Pelican has emptied the output folder (`go`, when the
articles are first read) while the build process reads and gathers. Whoever makes a file then only compares its
key with the last build's and asks for the stamp of the file taken over (`stamp_of`). A file made again is
unlinked before it is written (`unshare`: a write through the link would change the last build's file), and one
taken over that nobody asked for (a speaker gone, a report removed) is removed when the build ends (`finish`), with
the folders that leaves empty: the new output holds what a build from scratch writes, no more.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import posixpath
import shutil
import signal
import threading
import time
from typing import Any

from . import background
from .kept import file_stamp, still_as_written

Taken = dict[str, list[int]]  # a file's path in the new output -> the file_stamp of its link there
WRITTEN = "written"  # a manifest entry is [key, size, SHA-256, *kept.file_stamp]: kept.still_as_written checks the file
INODE = "inode"  # a manifest entry is [size, inode]: the file is the one its maker wrote or linked while both are the same
Group = tuple[str, str, str, str]  # a manifest file, the folder in the output its names are relative to, a prefix, a check
_declared: list[Group] = []  # with the manifests' names in the cache folder


def declare(manifest: str, folder: str = "", prefix: str = "", check: str = WRITTEN) -> None:
    """The files a manifest in the cache folder lists (a JSON object: a name relative to `folder` in the output ->
    an entry, see WRITTEN and INODE) may be taken over, those whose name starts with `prefix`: their maker asks
    stamp_of() before it makes one, and calls unshare() before it writes one."""
    if (manifest, folder, prefix, check) not in _declared:
        _declared.append((manifest, folder, prefix, check))


class Takeover:
    """The process that links the last build's unchanged files (see the module); its answer is read once, when the
    build first asks for it."""

    def __init__(self, groups: list[Group], previous_root: str, output_root: str) -> None:
        self.output_root = output_root
        self._taken: Taken | None = None
        self._used: set[str] = set()
        self._lock = threading.Lock()  # the page writer and a thread writing other files may ask at once
        self.waited = 0.0  # seconds the build waited for the answer
        results_read, results_write = os.pipe()
        go_read, self._go = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the taker: never returns into the build
            code = 1
            found: Taken = {}
            try:
                os.close(results_read)
                os.close(self._go)
                take_over(groups, previous_root, output_root, go_read, found)
            except BaseException:  # what was linked until then is the answer: the build takes the rest itself
                pass
            try:
                with os.fdopen(results_write, "wb") as results:
                    pickle.dump(found, results, protocol=pickle.HIGHEST_PROTOCOL)
                code = 0
            finally:
                os._exit(code)
        os.close(results_write)
        os.close(go_read)
        self._results = results_read

    def go(self) -> None:
        """The output folder is ready (Pelican empties it when it starts): link the files into it."""
        if self._go >= 0:
            with contextlib.suppress(OSError):
                os.write(self._go, b"1")
                os.close(self._go)
            self._go = -1

    def stamp_of(self, path: str) -> list[int] | None:
        """The file_stamp of the file taken over at path (absolute, in the new output), which its maker keeps; None
        if none was (then it links or writes the file itself)."""
        stamp = self.taken().get(path)
        if stamp is not None:
            self._used.add(path)
        return stamp

    def release(self, path: str) -> None:
        """The file at path is about to be written: the one taken over there, if any, is unlinked and forgotten."""
        if self.taken().pop(path, None) is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)

    def taken(self) -> Taken:
        """The files linked into the new output, waiting for the process the first time (RuntimeError if it ended
        without an answer: the build fails and the last site stays)."""
        if self._taken is None:
            with self._lock:
                if self._taken is None:
                    self._taken = self._answer()
        return self._taken

    def _answer(self) -> Taken:
        self.go()
        started = time.perf_counter()
        try:
            with os.fdopen(self._results, "rb") as handle:
                found = pickle.load(handle)
        except Exception:
            found = None
        finally:
            self._results = -1
            self._reap()
            self.waited = time.perf_counter() - started
        if not isinstance(found, dict):  # it ended without a word (killed): which files it linked is not known
            raise RuntimeError("the process that links the last build's unchanged files ended without an answer; build again")
        return found

    def abort(self) -> None:
        if self._go >= 0:
            with contextlib.suppress(OSError):
                os.close(self._go)  # the process ends without linking a file
            self._go = -1
        if self._results >= 0:
            with contextlib.suppress(OSError):
                os.close(self._results)
            self._results = -1
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
        self._taken = self._taken if self._taken is not None else {}
        self._reap()

    def _reap(self) -> None:
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)

    def remove_unused(self) -> int:
        """Remove the files taken over that nobody asked for and nobody wrote again (a file written again is a new
        inode), and the folders that leaves empty; returns how many files."""
        removed = 0
        folders: set[str] = set()
        for path, stamp in self.taken().items():
            if path in self._used:
                continue
            try:
                if os.stat(path).st_ino != stamp[1]:
                    continue
                os.unlink(path)
            except OSError:
                continue
            removed += 1
            folders.add(os.path.dirname(path))
        for folder in sorted(folders, key=len, reverse=True):
            while folder.startswith(self.output_root + "/"):
                try:
                    os.rmdir(folder)  # only an empty one
                except OSError:
                    break
                folder = os.path.dirname(folder)
        return removed


def take_over(groups: list[Group], previous_root: str, output_root: str, go: int, taken: Taken) -> None:
    """Link every file the last build's manifests list that is still as it wrote it into the new output, once a
    byte comes through `go` (none: nothing is linked); each file linked goes into `taken` as soon as it is."""
    kept: list[str] = []  # each file's path relative to both output folders
    for manifest_file, folder, prefix, check in groups:
        try:
            with open(manifest_file, encoding="utf-8") as handle:
                manifest = json.load(handle)
        except (OSError, ValueError):
            continue
        for name, entry in manifest.items() if isinstance(manifest, dict) else ():
            if not (isinstance(entry, list) and len(entry) >= (3 if check == WRITTEN else 2) and name.startswith(prefix)):
                continue
            relative = posixpath.normpath(posixpath.join(folder, name))
            if relative == ".." or relative.startswith(("../", "/")):
                continue
            if _unchanged(f"{previous_root}/{relative}", entry, check):
                kept.append(relative)
    if os.read(go, 1) != b"1":
        return
    folders: set[str] = set()
    for relative in kept:
        old, new = f"{previous_root}/{relative}", f"{output_root}/{relative}"
        folder = os.path.dirname(new)
        try:
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            try:
                os.link(old, new)
            except FileExistsError:
                continue  # made by the build meanwhile: not taken over
            except OSError:
                shutil.copy2(old, new)
            taken[new] = file_stamp(new)
        except OSError:
            continue


def _unchanged(path: str, entry: list[Any], check: str) -> bool:
    if check == WRITTEN:
        return still_as_written(path, entry[1], entry[2], entry[3:])
    try:
        status = os.stat(path)
    except OSError:
        return False
    return [status.st_size, status.st_ino] == entry[:2]


_current: Takeover | None = None


def start(cache_path: str, previous_output: str, output_path: str) -> None:
    """Fork the process that takes over the last build's files (see the module) for a build of output_path, while
    the build process is small; a first build (no last output, no manifest) starts none."""
    global _current, last_summary
    stop()
    last_summary = ""
    if not (cache_path and previous_output and os.path.isdir(previous_output) and hasattr(os, "fork")):
        return
    groups = [(os.path.join(cache_path, manifest), folder, prefix, check) for manifest, folder, prefix, check in _declared]
    groups = [group for group in groups if os.path.exists(group[0])]
    if groups:
        with contextlib.suppress(OSError):
            _current = Takeover(groups, os.path.abspath(previous_output), os.path.abspath(output_path))
            background.after(_Pending())


def go() -> None:
    """The output folder is ready: the process may link files into it."""
    if _current is not None:
        _current.go()


def stamp_of(path: str) -> list[int] | None:
    """The stamp of the file taken over at path, if the build has a takeover and it took that file (see Takeover)."""
    if _current is None:
        return None
    return _current.stamp_of(path if os.path.isabs(path) else os.path.abspath(path))


def unshare(path: str) -> None:
    """Before a file is written where one may have been taken over: a write through the link would change the last
    build's file. Nothing is written while the process may still link one."""
    if _current is not None:
        _current.release(path if os.path.isabs(path) else os.path.abspath(path))


last_summary = ""  # what the last takeover did, for the build's last progress line


def finish() -> None:
    """Wait for the process and remove what was taken over and not used (every file the build makes is made by now:
    this is the build's last step; a file released for writing is not removed)."""
    global _current, last_summary
    found, _current = _current, None
    if found is not None:
        removed = found.remove_unused()
        last_summary = f"{len(found.taken())} files linked from the last build apart (waited {found.waited:.2f} s), {removed} unused removed"


class _Pending:
    """The takeover as dossier.background's pending work: finished before the site is complete, stopped if the build fails."""

    def finish(self) -> None:
        finish()

    def abort(self) -> None:
        stop()


def stop() -> None:
    """End the process without linking more (a build that failed: its folder is removed)."""
    global _current
    found, _current = _current, None
    if found is not None:
        found.abort()
