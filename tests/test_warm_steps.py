"""What a warm build takes from the last one instead of working it out again, and that the site is still what a
build from scratch gives: the short titles that name a speaker, the folders made apart from the build, the files
linked from the last build apart from it."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pytest
import sitebuild
from conftest import ROOT
from test_incremental import assert_same_site
from test_warm_archive import REPORTS, build, edit

SEED = "irans-defeat-in-the-second-nagorno-karabakh-war-part-iii"
SEED_FILE = f"{SEED}.md"
KAYHAN_TITLE = "Kayhan: We Will Not Allow The Caucasus To Be Turned Into A Crisis Region"


def kept_titles(output: Path) -> dict[str, str]:
    found = json.loads((output.parent / ".dossier-cache" / output.name / "short-titles.json").read_text(encoding="utf-8"))
    titles: dict[str, str] = found["titles"]
    return titles


def test_short_titles_that_name_a_speaker_are_the_last_builds_until_the_registry_renames_the_speaker(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    output = tmp_path / "output"
    build(content, output)
    assert kept_titles(output)[KAYHAN_TITLE] == "Kayhan: We Will Not Allow The Caucasus…"
    report = content / "reports" / SEED_FILE

    # the report is edited where no title is: its pages are rendered again with the kept short titles
    text = report.read_text(encoding="utf-8")
    paragraph = next(line for line in text.splitlines() if line.startswith("On ") and len(line) > 80)
    report.write_text(text.replace(paragraph, paragraph + " (edited)", 1), encoding="utf-8")
    warm = build(content, output)
    assert "1 read" in warm
    overview = (output / "reports" / SEED / "index.html").read_text(encoding="utf-8")
    assert "Kayhan: We Will Not Allow The Caucasus…" in overview
    build(content, tmp_path / "scratch-0")
    assert_same_site(output, tmp_path / "scratch-0")

    # the registry names the outlet otherwise: the titles are worked out again, not taken from the last build
    registry = content / "actors.toml"
    edit(
        registry,
        'name = "Kayhan"\nkind = "outlet"\naffiliation = "khamenei"\naliases = ["Kayhan daily"]',
        'name = "Kayhan Newspaper"\nkind = "outlet"\naffiliation = "khamenei"\naliases = ["Kayhan daily", "Kayhan"]',
    )
    build(content, output)
    assert kept_titles(output)[KAYHAN_TITLE] == "Kayhan Newspaper: We Will Not Allow The Caucasus…"
    overview = (output / "reports" / SEED / "index.html").read_text(encoding="utf-8")
    assert "Kayhan Newspaper: We Will Not Allow The Caucasus…" in overview
    build(content, tmp_path / "scratch-1")
    assert_same_site(output, tmp_path / "scratch-1")


def test_a_warm_build_leaves_no_folder_a_build_from_scratch_does_not_make(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    second = content / "reports" / "second-report.md"
    second.write_text(
        '+++\ntitle = "A Second Report"\nslug = "second-report"\ndate = 2021-12-20\n+++\n\n## Talks\n\n'
        'On December 14, 2021, Iranian Foreign Minister Hossein Amir-Abdollahian said: "We will keep talking with Baku."\n',
        encoding="utf-8",
    )
    output = tmp_path / "output"
    build(content, output)
    assert (output / "reports" / "second-report").is_dir() and (output / "data" / "reports" / "second-report").is_dir()
    second.unlink()  # its folders are not made again
    build(content, output)
    assert not (output / "reports" / "second-report").exists() and not (output / "data" / "reports" / "second-report").exists()
    folders = sorted(str(p.relative_to(output)) for p in output.rglob("*") if p.is_dir())
    build(content, tmp_path / "scratch")
    assert folders == sorted(str(p.relative_to(tmp_path / "scratch")) for p in (tmp_path / "scratch").rglob("*") if p.is_dir())
    assert not [p for p in output.rglob("*") if p.is_dir() and not any(p.iterdir())]
    assert_same_site(output, tmp_path / "scratch")


def test_files_a_warm_build_makes_again_are_new_files_and_the_last_builds_stay_as_they_were(tmp_path):
    """The last build's pages, data files, map shards and search files are linked into the new output before the
    build knows which it makes again (dossier.takeover): each one made again is a new file, never written through
    the link into the last build's, and the site is the one a build from scratch gives."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "reports" / "talks-review.md").write_text(REPORTS["talks-review.md"], encoding="utf-8")
    output = tmp_path / "output"
    build(content, output)
    held = tmp_path / "held"  # a second link to every file of the first build: its bytes, wherever the build moves it
    before: dict[str, bytes] = {}
    for path in sorted(p for p in output.rglob("*") if p.is_file()):
        relative = str(path.relative_to(output))
        (held / relative).parent.mkdir(parents=True, exist_ok=True)
        (held / relative).hardlink_to(path)
        before[relative] = path.read_bytes()
    edit(content / "reports" / "talks-review.md", "as I expected they would", "as I had said they would")
    edit(content / "reports" / "talks-review.md", "talking with Baku.", "talking with Baku every week.")
    warm = build(content, output)
    assert "unchanged since the last build" in warm
    made_again = {r for r in before if (output / r).exists() and (output / r).read_bytes() != before[r]}
    kinds = ("reports/talks-review/", "data/reports/talks-review/", "data/map/talks-review.js", "speakers/", "search/")
    assert [kind for kind in kinds if not any(r.startswith(kind) for r in made_again)] == [], sorted(made_again)
    assert not [r for r, data in before.items() if (held / r).read_bytes() != data]
    build(content, tmp_path / "scratch")
    assert_same_site(output, tmp_path / "scratch")


def test_the_collector_looks_at_young_objects_less_often_while_a_build_runs_and_as_before_after_it():
    before = gc.get_threshold()
    with sitebuild.fewer_collections():
        assert gc.get_threshold() == (sitebuild.YOUNG_COLLECTION, *before[1:])
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), sitebuild.fewer_collections():
        raise RuntimeError("a build that fails")
    assert gc.get_threshold() == before
