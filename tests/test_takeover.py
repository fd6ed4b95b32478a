"""The process that links the last build's unchanged files into a new output (dossier.takeover), on folders of its own."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from dossier.kept import file_stamp
from dossier.takeover import INODE, Takeover


def written(root: Path, relative: str, data: bytes) -> list:
    """A file as a build leaves it, and its manifest entry: [key, size, SHA-256, *file_stamp]."""
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return ["key", len(data), hashlib.sha256(data).hexdigest(), *file_stamp(str(path))]


def last_build(tmp_path: Path) -> tuple[Path, Path, Path]:
    previous, output, cache = tmp_path / "previous", tmp_path / "output", tmp_path / "cache"
    cache.mkdir()
    output.mkdir()
    pages = {
        name: written(previous, name, name.encode()) for name in ("index.html", "reports/a/index.html", "reports/b/index.html", "speakers/x.html")
    }
    (cache / "pages.json").write_text(json.dumps(pages), encoding="utf-8")
    shards = {"a.js": written(previous, "data/map/a.js", b"shard"), "../../escape.js": pages["index.html"]}
    (cache / "shards.json").write_text(json.dumps(shards), encoding="utf-8")
    search = previous / "search" / "w" / "ab.js"
    search.parent.mkdir(parents=True)
    search.write_bytes(b"words")
    status = search.stat()
    (cache / "search.json").write_text(json.dumps({"search/w/ab.js": [status.st_size, status.st_ino]}), encoding="utf-8")
    return previous, output, cache


def started(previous: Path, output: Path, cache: Path) -> Takeover:
    groups = [
        (str(cache / "pages.json"), "", "", "written"),
        (str(cache / "shards.json"), "data/map", "", "written"),
        (str(cache / "search.json"), "", "", INODE),
    ]
    return Takeover(groups, str(previous), str(output))


def test_files_still_as_written_are_linked_and_a_changed_one_or_one_outside_the_output_is_not(tmp_path):
    previous, output, cache = last_build(tmp_path)
    (previous / "speakers" / "x.html").write_bytes(b"edited by hand")
    takeover = started(previous, output, cache)
    taken = takeover.taken()
    assert sorted(os.path.relpath(p, output) for p in taken) == [
        "data/map/a.js",
        "index.html",
        "reports/a/index.html",
        "reports/b/index.html",
        "search/w/ab.js",
    ]
    assert (output / "reports" / "a" / "index.html").stat().st_ino == (previous / "reports" / "a" / "index.html").stat().st_ino
    assert not (output / "speakers" / "x.html").exists() and not (tmp_path / "escape.js").exists()


def test_files_nobody_asked_for_are_removed_with_the_folders_left_empty_and_a_released_one_is_unlinked(tmp_path):
    previous, output, cache = last_build(tmp_path)
    takeover = started(previous, output, cache)
    assert takeover.stamp_of(str(output / "index.html")) is not None
    takeover.release(str(output / "reports" / "a" / "index.html"))  # about to be written again
    assert not (output / "reports" / "a" / "index.html").exists()
    (output / "reports" / "a" / "index.html").write_bytes(b"new")
    assert takeover.remove_unused() == 4  # reports/b, the speaker page, the shard and the search file
    assert sorted(str(p.relative_to(output)) for p in output.rglob("*")) == ["index.html", "reports", "reports/a", "reports/a/index.html"]
    assert (previous / "reports" / "a" / "index.html").read_bytes() == b"reports/a/index.html"  # never written through


def test_a_build_that_stops_before_the_output_folder_is_ready_links_nothing(tmp_path):
    previous, output, cache = last_build(tmp_path)
    takeover = started(previous, output, cache)
    takeover.abort()
    assert list(output.iterdir()) == []
