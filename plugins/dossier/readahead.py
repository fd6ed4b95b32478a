"""What a warm build loads from the cache late in the build, loaded while it waits for the reports being read.

A warm build after a one-report edit hands that report to the reader process (dossier.analysis), which first
imports the attribution engine (its hundreds of regular expressions take about half a second), and the build
process waits for its answer once it has loaded the other reports' analyses. The largest files the later stages
load (the graph's shares, the map's row orders, the page manifest, the statements layout: about 8 MB at 1,000
reports) are loaded in that wait instead. A stage takes a file's contents from here only while the file is the
one that was loaded (the same inode, size and modification time); else it loads the file itself.
"""

from __future__ import annotations

import json
import os
import pickle
from typing import Any

_names: set[str] = set()  # files of the cache folder loaded ahead, declared by the stages that load them
_loaded: dict[str, tuple[tuple[int, int, int], Any]] = {}  # path -> (its status when loaded, what it holds)


def declare(*names: str) -> None:
    """Files of the cache folder (JSON by their .json suffix, else pickles) that a stage of the build loads."""
    _names.update(names)


def _status(path: str) -> tuple[int, int, int]:
    status = os.stat(path)
    return status.st_ino, status.st_size, status.st_mtime_ns


def _read(path: str) -> Any:
    """What the file holds: JSON by its .json suffix, else a pickle."""
    with open(path, "rb") as handle:
        data = handle.read()
    return json.loads(data) if path.endswith(".json") else pickle.loads(data)


def load_ahead(cache_folder: str) -> None:
    """Load the declared files of the cache folder now (those absent or damaged are left to their stage)."""
    if not cache_folder:
        return
    for name in sorted(_names):
        path = os.path.join(cache_folder, name)
        try:
            status = _status(path)
            _loaded[path] = (status, _read(path))
        except Exception:  # absent, damaged or written by other code: its stage finds out
            continue


def load(path: str) -> Any:
    """What the file holds: as loaded ahead if it is still that file (taken once), else read now; raises as reading
    the file does (absent, damaged)."""
    found = _loaded.pop(path, None)
    if found is not None:
        try:
            if _status(path) == found[0]:
                return found[1]
        except OSError:
            pass
    return _read(path)


def forget() -> None:
    """At the end of a build: what no stage took."""
    _loaded.clear()
