"""Cache files loaded while a warm build waits for the reader process (dossier.readahead) are what the stages would
load themselves, and only while the file is the one that was loaded."""

from __future__ import annotations

import json
import pickle

import pytest
from dossier import readahead
from dossier.kept import keep


@pytest.fixture(autouse=True)
def declared(monkeypatch):
    monkeypatch.setattr(readahead, "_names", {"pages-test.json", "parts-test.pickle", "absent.json"})
    monkeypatch.setattr(readahead, "_loaded", {})


def read_again(path):
    raise AssertionError(f"{path} read again")


def test_a_file_loaded_ahead_is_taken_once_with_what_it_holds(tmp_path, monkeypatch):
    keep(str(tmp_path / "pages-test.json"), json.dumps({"index.html": ["key", 12]}).encode())
    keep(str(tmp_path / "parts-test.pickle"), pickle.dumps(("basis", {"report-a": (1, 2)})))
    readahead.load_ahead(str(tmp_path))
    monkeypatch.setattr(readahead, "_read", read_again)  # what load gives now was loaded ahead
    assert readahead.load(str(tmp_path / "pages-test.json")) == {"index.html": ["key", 12]}
    assert readahead.load(str(tmp_path / "parts-test.pickle")) == ("basis", {"report-a": (1, 2)})
    with pytest.raises(AssertionError, match="read again"):  # its stage loads it again if it asks twice
        readahead.load(str(tmp_path / "pages-test.json"))
    with pytest.raises(AssertionError, match="read again"):
        readahead.load(str(tmp_path / "absent.json"))


def test_a_file_written_again_or_removed_after_it_was_loaded_is_left_to_its_stage(tmp_path):
    keep(str(tmp_path / "pages-test.json"), b'{"old": 1}')
    keep(str(tmp_path / "parts-test.pickle"), pickle.dumps("old"))
    (tmp_path / "absent.json").write_text("{not json", encoding="utf-8")  # damaged: not loaded, no error
    readahead.load_ahead(str(tmp_path))
    keep(str(tmp_path / "pages-test.json"), b'{"new": 2}')  # written again (a new file) since
    (tmp_path / "parts-test.pickle").unlink()
    assert readahead.load(str(tmp_path / "pages-test.json")) == {"new": 2}
    with pytest.raises(FileNotFoundError):
        readahead.load(str(tmp_path / "parts-test.pickle"))
    with pytest.raises(ValueError):
        readahead.load(str(tmp_path / "absent.json"))


def test_what_no_stage_took_is_forgotten_at_the_end_of_the_build(tmp_path, monkeypatch):
    keep(str(tmp_path / "pages-test.json"), b"{}")
    readahead.load_ahead(str(tmp_path))
    readahead.forget()
    monkeypatch.setattr(readahead, "_read", read_again)
    with pytest.raises(AssertionError, match="read again"):
        readahead.load(str(tmp_path / "pages-test.json"))
    readahead.load_ahead("")  # no cache folder: nothing to load
    assert not readahead._loaded
