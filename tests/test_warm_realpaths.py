"""A warm build checks every report is inside the content folder with one status call a report (dossier.paths.RealPaths),
not a realpath of every folder on the way: the answers are realpath's, symlinks included."""

from __future__ import annotations

import os

from dossier.paths import RealPaths, inside
from mistune_reader import _may_read


def make_tree(tmp_path):
    content = tmp_path / "content"
    reports = content / "reports"
    reports.mkdir(parents=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (reports / "plain.md").write_text("x")
    (outside / "secret.md").write_text("x")
    (reports / "inner.md").write_text("x")
    os.symlink(outside / "secret.md", reports / "leak.md")  # a file symlink out of the content folder
    os.symlink(reports / "inner.md", reports / "alias.md")  # a file symlink that stays inside
    os.symlink(outside, content / "linked")  # a folder symlink out of it
    os.symlink(content, tmp_path / "content-link")  # the content folder reached through a symlink
    return content, reports, outside


def test_real_paths_are_realpaths_for_files_folders_and_symlinks(tmp_path):
    content, reports, _ = make_tree(tmp_path)
    paths = [
        reports / "plain.md",
        reports / "leak.md",
        reports / "alias.md",
        content / "linked" / "secret.md",
        reports / "missing.md",
        reports,
        content,
        tmp_path / "content-link" / "reports" / "plain.md",
        tmp_path / "content-link" / "reports" / "leak.md",
        tmp_path / "content-link" / "linked" / "secret.md",
        "/",
    ]
    real_path = RealPaths()
    for _ in range(2):  # the second time from the folders it resolved
        for path in paths:
            assert real_path(str(path)) == os.path.realpath(path), path


def test_a_report_symlinked_out_of_the_content_folder_is_still_refused(tmp_path):
    content, reports, _ = make_tree(tmp_path)
    real_path = RealPaths()
    assert _may_read(str(content), str(reports / "plain.md"), real_path)
    assert _may_read(str(content), str(reports / "alias.md"), real_path)
    assert not _may_read(str(content), str(reports / "leak.md"), real_path)
    assert not _may_read(str(content), str(content / "linked" / "secret.md"), real_path)
    # the same answers through a content folder that is itself a symlink
    linked_content = tmp_path / "content-link"
    assert _may_read(str(linked_content), str(linked_content / "reports" / "plain.md"), real_path)
    assert not _may_read(str(linked_content), str(linked_content / "reports" / "leak.md"), real_path)
    assert inside(str(content), str(reports / "plain.md"), real_path) == inside(str(content), str(reports / "plain.md"))


def test_a_folder_is_resolved_once_and_each_file_costs_one_status_call(tmp_path, monkeypatch):
    content, reports, _ = make_tree(tmp_path)
    for number in range(20):
        (reports / f"r{number}.md").write_text("x")
    calls = []
    real = os.path.realpath
    monkeypatch.setattr(os.path, "realpath", lambda path, *args, **kwargs: calls.append(path) or real(path, *args, **kwargs))
    real_path = RealPaths()
    for number in range(20):
        assert _may_read(str(content), str(reports / f"r{number}.md"), real_path)
    assert len(calls) == 2  # the content folder and the reports folder, once each
