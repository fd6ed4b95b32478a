"""The last build's pages linked into the new output by a process of its own, while the build reads and gathers.

A warm build keeps nearly every page of the last one: at 1,000 reports some 9,250 pages, each checked (a `stat`),
linked and stamped (a `stat` again), about 40 µs of the build process's time a page. A process forked when Pelican
starts does that for every page the last build's manifest lists, on the other core: it checks them while the build
process loads the cached analyses, and links them once Pelican has emptied the output folder (`go`, when the
articles are first read) while the build process reads and gathers. The page writer then only compares
fingerprints and asks which pages were taken over. A page
the new build renders again is unlinked before it is written (ReusingWriter._unshare), and one it neither renders
nor reuses (a speaker gone, a report removed) is removed when the build ends (remove_unused), with the folders that
leaves empty: the new output holds what a build from scratch writes, no more.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import posixpath
import shutil
import signal

from dossier.kept import file_stamp, still_as_written

Taken = dict[str, list[int]]  # page name -> the file_stamp of its link in the new output


class Takeover:
    """The process that links the last build's unchanged pages (see the module); its answer is read once, when the
    page writer first needs it."""

    def __init__(self, manifest_file: str, previous_root: str, output_root: str) -> None:
        self.output_root = output_root
        self._taken: Taken | None = None
        results_read, results_write = os.pipe()
        go_read, self._go = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the taker: never returns into the build
            code = 1
            try:
                os.close(results_read)
                os.close(self._go)
                found = take_over(manifest_file, previous_root, output_root, go_read)
                with os.fdopen(results_write, "wb") as results:
                    pickle.dump(found, results, protocol=pickle.HIGHEST_PROTOCOL)
                code = 0
            except BaseException:  # the writer takes each page itself (an empty answer)
                pass
            finally:
                os._exit(code)
        os.close(results_write)
        os.close(go_read)
        self._results = results_read

    def go(self) -> None:
        """The output folder is ready (Pelican empties it when it starts): link the pages into it."""
        if self._go >= 0:
            with contextlib.suppress(OSError):
                os.write(self._go, b"1")
                os.close(self._go)
            self._go = -1

    def taken(self) -> Taken:
        """The pages linked into the new output, waiting for the process the first time; {} if it failed."""
        if self._taken is None:
            self.go()
            try:
                with os.fdopen(self._results, "rb") as handle:
                    found = pickle.load(handle)
                self._taken = found if isinstance(found, dict) else {}
            except Exception:
                self._taken = {}
            finally:
                self._results = -1
                self._reap()
        return self._taken

    def finish(self) -> None:
        self.taken()

    def abort(self) -> None:
        if self._go >= 0:
            with contextlib.suppress(OSError):
                os.close(self._go)  # the process ends without linking a page
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

    def remove_unused(self, used: set[str] | dict[str, list]) -> int:
        """Remove the pages taken over that the build neither reused nor wrote again (a file written again is a new
        inode), and the folders that leaves empty; returns how many pages."""
        removed = 0
        folders: set[str] = set()
        for name, stamp in self.taken().items():
            if name in used:
                continue
            path = f"{self.output_root}/{posixpath.normpath(name)}"
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


def take_over(manifest_file: str, previous_root: str, output_root: str, go: int) -> Taken:
    """Link every page of the last build's manifest that is still as it wrote it into the new output, once a byte
    comes through `go` (none: nothing is linked)."""
    with open(manifest_file, encoding="utf-8") as handle:
        manifest = json.load(handle)
    kept: list[tuple[str, str]] = []  # page name, its path relative to both folders
    for name, entry in manifest.items() if isinstance(manifest, dict) else ():
        if not isinstance(entry, list) or len(entry) < 3:
            continue
        relative = posixpath.normpath(name)
        if relative == ".." or relative.startswith(("../", "/")):
            continue
        if still_as_written(f"{previous_root}/{relative}", entry[1], entry[2], entry[3:]):
            kept.append((name, relative))
    if os.read(go, 1) != b"1":
        return {}
    taken: Taken = {}
    folders: set[str] = set()
    for name, relative in kept:
        old, new = f"{previous_root}/{relative}", f"{output_root}/{relative}"
        folder = os.path.dirname(new)
        try:
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            try:
                os.link(old, new)
            except FileExistsError:
                continue  # written by the build meanwhile: not taken over
            except OSError:
                shutil.copy2(old, new)
            taken[name] = file_stamp(new)
        except OSError:
            continue
    return taken
