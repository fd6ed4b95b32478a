"""A warm build takes each unchanged report's share of the actor graph from the last build (ActorGraph.parts) and
works out only the edited report's, and the map rows of relations whose passages come from unchanged readings keep
the last build's order (MapView.orders); its graph, map and data equal a build from scratch. When the actors the
shares were made with change (a provisional speaker comes or goes), every share is worked out again."""

from __future__ import annotations

import re

from conftest import build_seed_plus
from test_incremental import assert_same_site
from test_warm_archive import MEETING, REPORTS, build, edit


def shares_worked_out(messages: str) -> tuple[int, int]:
    found = re.search(r"(\d+) of (\d+) report\(s\)' share of the graph worked out", messages)
    assert found, messages
    return int(found.group(1)), int(found.group(2))


def relations_sorted(messages: str) -> int:
    found = re.search(r"the passages of (\d+) relation\(s\) sorted", messages)
    assert found, messages
    return int(found.group(1))


def test_warm_builds_patch_the_graph_with_the_edited_reports_share_and_equal_builds_from_scratch(tmp_path):
    output, _ = build_seed_plus(tmp_path, {**REPORTS, "meeting-note.md": MEETING})
    content = tmp_path / "content"
    note = content / "reports" / "meeting-note.md"
    # a second relation in the edited report, its first one kept: only that report's share is worked out again
    edit(note, "in Baku.\n", "in Baku.\n\nOn March 6, 2022, Hossein Amir-Abdollahian criticized Jeyhun Bayramov over the border.\n")
    warm = build(content, output)
    assert shares_worked_out(warm) == (1, 5)
    assert 0 < relations_sorted(warm) < relations_sorted(build(content, tmp_path / "first-build"))  # the others' order kept
    build(content, tmp_path / "scratch-added")
    assert_same_site(output, tmp_path / "scratch-added")
    # the relation that was first in the report goes: the graph's order of relations is still the cold build's
    edit(note, "Hossein Amir-Abdollahian met Azerbaijani Foreign Minister Jeyhun Bayramov in Baku.", "the weather in Baku was mild.")
    warm = build(content, output)
    assert shares_worked_out(warm) == (1, 5)
    build(content, tmp_path / "scratch-removed")
    assert_same_site(output, tmp_path / "scratch-removed")
    # the provisional speaker goes: the known actors change, so every report's share is worked out again
    edit(note, 'spokesperson Ilona Kertesz-Fabian said: "The ministers met for two hours."', "the talks ended.")
    warm = build(content, output)
    assert shares_worked_out(warm) == (5, 5)
    build(content, tmp_path / "scratch-speaker")
    assert_same_site(output, tmp_path / "scratch-speaker")
    # a report renamed: its share under its new name, the old name's gone
    note.rename(note.with_name("meeting-notes.md"))
    warm = build(content, output)
    assert shares_worked_out(warm)[1] == 5
    build(content, tmp_path / "scratch-renamed")
    assert_same_site(output, tmp_path / "scratch-renamed")


def test_a_warm_build_of_a_larger_archive_writes_the_edited_reports_map_shard_as_a_build_from_scratch_does(tmp_path):
    """With many reports a warm build makes the edited report's map shard from that report's rows alone (not every
    report's); the shard, the map and the rest equal a build from scratch."""
    meetings = {
        f"meeting-note-{number}.md": MEETING.replace('title = "Meeting Note"', f'title = "Meeting Note {number}"').replace(
            "2022-03-06", f"2022-03-{number + 10:02d}"
        )
        for number in range(1, 9)
    }
    output, _ = build_seed_plus(tmp_path, {**REPORTS, **meetings})
    content = tmp_path / "content"
    shard = output / "data" / "map" / "meeting-note-3.js"
    before = shard.read_text(encoding="utf-8")
    edit(
        content / "reports" / "meeting-note-3.md",
        "in Baku.\n",
        "in Baku.\n\nOn March 6, 2022, Hossein Amir-Abdollahian criticized Jeyhun Bayramov over the border.\n",
    )
    warm = build(content, output)
    assert shares_worked_out(warm) == (1, 12)
    assert "1 report shards written" in warm, warm
    assert shard.read_text(encoding="utf-8") != before
    build(content, tmp_path / "scratch")
    assert_same_site(output, tmp_path / "scratch")
