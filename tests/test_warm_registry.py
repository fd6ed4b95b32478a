"""The registry a warm build's analysis loaded and read no report with is handed to the next load of the same bytes
(the speakers plugin's) instead of being unpickled again; one it read with, or of other bytes, is not."""

from __future__ import annotations

import shutil

from conftest import ROOT
from dossier import analysis
from dossier.analysis import analyse_reports, load_registry_kept
from seeded import seed_copies


def registry_copy(tmp_path):
    path = tmp_path / "actors.toml"
    shutil.copy(ROOT / "content" / "actors.toml", path)
    return str(path)


def test_the_analysis_hands_an_unused_registry_to_the_next_load_once(tmp_path):
    registry, cache = registry_copy(tmp_path), str(tmp_path / "cache")
    files = seed_copies(tmp_path, 2)
    analyse_reports(files, registry, "actors.toml", cache, workers=1)  # read here, with the registry
    assert analysis._spare_registry is None
    analyse_reports(files, registry, "actors.toml", cache, workers=1)  # every analysis from the cache
    spare = analysis._spare_registry
    assert spare is not None
    first = load_registry_kept(registry, "actors.toml", cache)
    assert first is spare[1] and analysis._spare_registry is None
    second = load_registry_kept(registry, "actors.toml", cache)  # a registry of its own, as loaded
    assert second is not first and sorted(second.actors) == sorted(first.actors)


def test_a_spare_registry_of_other_bytes_is_not_taken(tmp_path):
    registry, cache = registry_copy(tmp_path), str(tmp_path / "cache")
    files = seed_copies(tmp_path, 1)
    analyse_reports(files, registry, "actors.toml", cache, workers=1)
    analyse_reports(files, registry, "actors.toml", cache, workers=1)
    spare = analysis._spare_registry
    assert spare is not None
    with open(registry, "a", encoding="utf-8") as handle:
        handle.write('\n[[actor]]\nid = "norland"\nname = "Norland"\nkind = "state"\n')
    loaded = load_registry_kept(registry, "actors.toml", cache)
    assert loaded is not spare[1] and "norland" in loaded.actors and "norland" not in spare[1].actors
