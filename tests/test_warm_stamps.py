"""A warm build takes an unchanged report's digest from its file's status (dossier.analysis.SourceStamps) instead of
reading and hashing the file; any write changes the status, and a file written too recently is read anyway."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT
from dossier import analysis
from dossier.analysis import CACHE_SUFFIX, STAMPS_FILE, analyse_reports
from seeded import seed_copies

REGISTRY = str(ROOT / "content" / "actors.toml")


@pytest.fixture
def reads(monkeypatch):
    """The reports' paths the analysis reads, in order."""
    found: list[str] = []
    real = analysis.read_bytes

    def counting(path, shown):
        if path.endswith(".md"):
            found.append(path)
        return real(path, shown)

    monkeypatch.setattr(analysis, "read_bytes", counting)
    return found


def test_a_settled_unchanged_report_is_not_read_and_an_edit_that_keeps_size_and_time_is(tmp_path, monkeypatch, reads):
    monkeypatch.setattr(analysis, "SETTLED_NS", 0)  # the files were written just now
    files = seed_copies(tmp_path, 2)
    cache = tmp_path / "cache"
    first = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    assert len(reads) == 2 and (cache / STAMPS_FILE).exists()
    reads.clear()
    again = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    assert reads == [] and all(a.from_cache for a in again.values())
    assert [a.extraction.statements for a in again.values()] == [a.extraction.statements for a in first.values()]
    # the same number of bytes and the modification time put back: the change time still tells
    path = files[1][0]
    status = os.stat(path)
    text = Path(path).read_text(encoding="utf-8")
    edited = text.replace("Azerbaijan", "Azerbaycan", 1)
    assert edited != text and len(edited.encode()) == status.st_size
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(edited)
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert os.stat(path).st_mtime_ns == status.st_mtime_ns and os.stat(path).st_size == status.st_size
    reads.clear()
    third = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    assert reads == [path] and not third[path].from_cache and third[files[0][0]].from_cache
    assert "Azerbaycan" in third[path].report.source_text


def test_a_report_written_just_now_is_read_on_every_build(tmp_path, reads):
    files = seed_copies(tmp_path, 1)  # its times are not settled yet (SETTLED_NS)
    cache = tmp_path / "cache"
    analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    reads.clear()
    again = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    assert reads == [files[0][0]] and again[files[0][0]].from_cache


def test_a_vouched_report_whose_cached_analysis_is_gone_is_read_again(tmp_path, monkeypatch, reads):
    monkeypatch.setattr(analysis, "SETTLED_NS", 0)
    files = seed_copies(tmp_path, 2)
    cache = tmp_path / "cache"
    first = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    for kept in cache.glob("*" + CACHE_SUFFIX):
        kept.unlink()
    reads.clear()
    again = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    assert sorted(reads) == sorted(path for path, _ in files) and not any(a.from_cache for a in again.values())
    assert [a.extraction.statements for a in again.values()] == [a.extraction.statements for a in first.values()]
    # damaged rather than gone: found in the cache, it fails to load, and the report's bytes are read then
    for kept in cache.glob("*" + CACHE_SUFFIX):
        kept.write_bytes(b"not a pickle")
    reads.clear()
    third = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    assert sorted(reads) == sorted(path for path, _ in files) and not any(a.from_cache for a in third.values())
    assert [a.extraction.statements for a in third.values()] == [a.extraction.statements for a in first.values()]


def test_damaged_stamps_only_cost_a_read(tmp_path, monkeypatch, reads):
    monkeypatch.setattr(analysis, "SETTLED_NS", 0)
    files = seed_copies(tmp_path, 1)
    cache = tmp_path / "cache"
    analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    (cache / STAMPS_FILE).write_text('{"' + files[0][0] + '": [1, 2, 3]')
    reads.clear()
    again = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    assert reads == [files[0][0]] and again[files[0][0]].from_cache
