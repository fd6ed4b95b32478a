"""Files written by a thread of their own while the build goes on making the next page.

Creating a file costs the kernel about half a millisecond here (more when other processes write too), and an
archive's build creates some 16,000; the build process is alone on its cores by then (the report workers are
done), so the writes overlap with rendering instead of waiting for each other. At most DEPTH files wait in
memory; `finish()` returns once every file given is on disk, and raises what a write failed with.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

DEPTH = 64  # files waiting to be written: a page is about 30 KB, so at most a few MB held

Written = Callable[[str, bytes], None]
T = TypeVar("T")


class BackgroundWriter:
    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[str, bytes, Written | None]] = queue.Queue(DEPTH)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._lock = threading.Lock()

    def write(self, path: str, data: bytes, written: Written | None = None) -> None:
        """Write data to path (its folder exists); then call written(path, data) in the writing thread."""
        if self._error is not None:
            self.finish()  # raises it
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="dossier-file-writer", daemon=True)
                self._thread.start()
        self._jobs.put((path, data, written))

    def _run(self) -> None:
        while True:
            path, data, written = self._jobs.get()
            try:
                if self._error is None:
                    with open(path, "wb") as handle:
                        handle.write(data)
                    if written is not None:
                        written(path, data)
            except BaseException as error:  # given to the build by finish(); the files after it are dropped
                self._error = error
            finally:
                self._jobs.task_done()

    def finish(self) -> None:
        """Wait until every file given is written; raise the first error a write met (once)."""
        self._jobs.join()
        error, self._error = self._error, None
        if error is not None:
            raise error

    def drain(self) -> None:
        """Wait until nothing is being written, and forget any error (a failed build's folder is removed after)."""
        self._jobs.join()
        self._error = None


files = BackgroundWriter()


class Pending(Protocol):
    """Work done elsewhere that the build takes back before the site is complete (a second process's pages)."""

    def finish(self) -> None: ...

    def abort(self) -> None: ...


_pending: list[Pending] = []


def after(work: Pending) -> None:
    """finish() will wait for work (work.finish()) before it returns; drain() aborts it."""
    _pending.append(work)


def finish() -> None:
    while _pending:
        _pending.pop(0).finish()
    files.finish()
    _join_folders()


def drain() -> None:
    while _pending:
        _pending.pop(0).abort()
    files.drain()
    while _apart:
        _apart.pop().join()
    _join_folders()


_apart: list[threading.Thread] = []


def apart(function: Callable[[], T]) -> Callable[[], T]:
    """Run function in a thread of its own (a batch of files to write, while the build renders pages); the callable
    returned waits for it and gives its result or raises its error. drain() waits for it too."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append((True, function()))
        except BaseException as error:  # raised by the waiter, in the build's thread
            outcome.append((False, error))

    thread = threading.Thread(target=run, name="dossier-writer-apart", daemon=True)
    _apart.append(thread)
    thread.start()

    def wait() -> T:
        thread.join()
        if thread in _apart:
            _apart.remove(thread)
        succeeded, value = outcome[0]
        if not succeeded:
            raise value
        result: T = value
        return result

    return wait


_folders: list[Any] = []  # the processes making folders (subprocess.Popen)


def make_folders(root: str, folders: Iterable[str]) -> None:
    """Create these folders under root (each with its parents) in a process of their own, while the build goes on.

    Creating a folder costs the kernel about a fifth of a millisecond here, and a warm build of 1,000 reports makes
    2,000 of them in the new output folder (each report's pages and its statements data) before it links a file into
    them; `mkdir -p` makes them on the other core while the build reads and gathers (a thread of this process would
    wait for the interpreter's lock after each folder). Only folders the build writes a file into belong here: one it
    would not make stays empty in the site. A folder not made yet is made by whoever writes there first
    (os.makedirs(exist_ok=True) either way); what fails here is left to them."""
    names = sorted({os.path.normpath(folder) for folder in folders})
    if not names or any(os.path.isabs(name) or name.startswith("..") for name in names):
        return
    import subprocess

    try:
        os.makedirs(root, exist_ok=True)
        _folders.append(
            subprocess.Popen(["mkdir", "-p", "--", *names], cwd=root, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        )
    except OSError:  # no mkdir to run: the build makes each folder itself
        pass


def _join_folders() -> None:
    while _folders:
        _folders.pop().wait()
