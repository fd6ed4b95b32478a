"""A warm build prints in full the warnings about the reports it read again and those the last build did not give, and
counts on one line the last build's warnings about reports it left unchanged; `--all-warnings` prints them all."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import run_build
from dossier import buildwarnings
from dossier.kept import LEFTOVER_AGE

REPORT = """+++
title = "{title}"
date = 2024-03-{day:02d}
+++

The delegates met at the {place} harbour.

## The Talks

Mayor {speaker} said: "We will open the {place} quay in the spring.

The talks ended without an agreement.
"""
REGISTRY = """[[actor]]
id = "orsa"
name = "Lina Orsa"
kind = "person"
"""


@pytest.fixture(autouse=True)
def no_reports_marked():
    buildwarnings.forget()
    yield
    buildwarnings.forget()


def test_the_file_a_warning_is_about():
    assert buildwarnings.source_of("reports/harbour.md:12: a quotation mark opened here is never closed") == "reports/harbour.md"
    assert buildwarnings.source_of("reports/harbour.txt: is not a report yet (the build reads .md files)") == "reports/harbour.txt"
    assert buildwarnings.source_of("the theme names no template for tags") == ""


def test_only_a_warning_the_last_build_gave_about_an_unchanged_report_is_held_back():
    before = {"reports/a.md:3: note 1 is cited but never defined", "reports/b.md:3: note 1 is cited but never defined"}
    buildwarnings.mark_unchanged(["reports/a.md"])
    assert buildwarnings.held_back("reports/a.md:3: note 1 is cited but never defined", before)
    # near misses: a report read again, a warning the last build did not give, a warning about no report
    assert not buildwarnings.held_back("reports/b.md:3: note 1 is cited but never defined", before)
    assert not buildwarnings.held_back("reports/a.md:9: note 2 is cited but never defined", before)
    assert not buildwarnings.held_back(
        "reports/a.md.bak:3: note 1 is cited but never defined", before | {"reports/a.md.bak:3: note 1 is cited but never defined"}
    )
    assert not buildwarnings.held_back("a warning about nothing", before | {"a warning about nothing"})


def test_the_last_builds_warnings_are_kept_for_the_next(tmp_path):
    cache = tmp_path / "cache"
    assert buildwarnings.load(str(cache)) == set()
    buildwarnings.save(str(cache), ["reports/a.md:3: one", "reports/b.md: two"])
    assert buildwarnings.load(str(cache)) == {"reports/a.md:3: one", "reports/b.md: two"}
    assert [path.name for path in cache.iterdir()] == [buildwarnings.WARNINGS_FILE]
    (cache / buildwarnings.WARNINGS_FILE).write_bytes(b"\xff\xfe broken")
    assert buildwarnings.load(str(cache)) == set()


def test_the_summary_counts_warnings_and_reports():
    line = buildwarnings.summary(["reports/a.md:3: one", "reports/a.md:9: two", "reports/b.md:4: three"])
    assert line.startswith("3 more warning(s) in 2 unchanged report(s)")
    assert line.endswith("run the same build with --all-warnings to list them"), "the build's own folders, whatever they were"


def test_a_file_a_killed_build_left_aside_is_removed_by_the_next_save(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    old, recent = cache / f"{buildwarnings.WARNINGS_FILE}.4242", cache / f"{buildwarnings.WARNINGS_FILE}.4343"
    for path in (old, recent):
        path.write_text("reports/a.md:3: one\n", encoding="utf-8")
    long_ago = time.time() - 2 * LEFTOVER_AGE
    os.utime(old, (long_ago, long_ago))
    buildwarnings.save(str(cache), ["reports/a.md:3: one"])
    assert not old.exists() and recent.exists(), "a running build's file is left"


def warned(result) -> list[str]:
    """The reports the build printed a warning about, in the order printed."""
    assert result.returncode == 0, result.stderr
    return [line.removeprefix("warning: ").split(":")[0] for line in result.stderr.splitlines() if line.startswith("warning:")]


def write_report(content: Path, name: str, day: int, place: str, speaker: str = "Lina Orsa") -> None:
    text = REPORT.format(title=f"{place} Talks", day=day, place=place, speaker=speaker)
    (content / "reports" / f"{name}.md").write_text(text, encoding="utf-8")


def content_of_reports(tmp_path: Path, places: list[str]) -> tuple[Path, Path]:
    """A content folder with the registry and one report per place (each warned about), and where its site goes."""
    content, output = tmp_path / "content", tmp_path / "output"
    (content / "reports").mkdir(parents=True)
    (content / "actors.toml").write_text(REGISTRY, encoding="utf-8")
    for number, place in enumerate(places, start=1):
        write_report(content, place.lower(), number, place)
    return content, output


def test_a_warm_build_prints_the_edited_reports_warnings_and_counts_the_rest(tmp_path):
    content, output = content_of_reports(tmp_path, ["Varno", "Kessel", "Dunmore"])
    cold = run_build(content, output)
    assert sorted(warned(cold)) == ["reports/dunmore.md", "reports/kessel.md", "reports/varno.md"]

    write_report(content, "varno", 1, "Varno", speaker="Lina Orsa, the mayor,")  # edited: read again
    warm = run_build(content, output)
    assert warned(warm) == ["reports/varno.md"]
    assert "2 more warning(s) in 2 unchanged report(s)" in warm.stderr and "--all-warnings" in warm.stderr
    assert "(3 warning(s))" in warm.stdout, "the count of the build's warnings is the whole count"

    write_report(content, "brill", 4, "Brill")  # a new report's warning is printed, the others counted
    added = run_build(content, output)
    assert warned(added) == ["reports/brill.md"]
    assert "3 more warning(s) in 3 unchanged report(s)" in added.stderr

    every = run_build(content, output, "--all-warnings")
    assert sorted(warned(every)) == [f"reports/{n}.md" for n in ("brill", "dunmore", "kessel", "varno")]
    assert "more warning(s)" not in every.stderr


def test_a_failed_build_counts_the_warnings_it_held_back(tmp_path):
    content, output = content_of_reports(tmp_path, ["Varno", "Kessel"])
    run_build(content, output)
    (content / "reports" / "broken.md").write_text('+++\ntitle = "Broken\n+++\n\nText.\n', encoding="utf-8")
    failed = run_build(content, output)
    assert failed.returncode == 1 and "build failed" in failed.stderr
    assert "2 more warning(s) in 2 unchanged report(s)" in failed.stderr


def test_a_build_into_a_missing_output_folder_prints_every_warning(tmp_path):
    content, output = content_of_reports(tmp_path, ["Varno", "Kessel"])
    run_build(content, output)
    assert warned(run_build(content, output)) == [], "near miss: a warm build of the same output counts them"
    shutil.rmtree(output)  # the cache beside it is left
    again = run_build(content, output)
    assert sorted(warned(again)) == ["reports/kessel.md", "reports/varno.md"]
    assert "more warning(s)" not in again.stderr
