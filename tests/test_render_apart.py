"""A cold build of many reports renders report pages in a second process: the site is the one a single process writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import ROOT, run_build
from test_incremental import assert_same_site
from test_warm_archive import REPORTS

LINKED = (
    '+++\ntitle = "Linked Review"\ndate = 2022-04-02\n+++\n\n## Sources\n\n'
    "As [the analyst note]({filename}analyst-note.md) put it, the talks would fail.\n\n## Outlook\n\nNo change is expected.\n"
)


def content_in(folder: Path) -> Path:
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    for name, text in {**REPORTS, "linked-review.md": LINKED}.items():
        (content / "reports" / name).write_text(text, encoding="utf-8")
    return content


def build(content: Path, output: Path, monkeypatch, apart_from: int) -> str:
    monkeypatch.setenv("DOSSIER_RENDER_APART_FROM", str(apart_from))
    result = run_build(content, output)
    assert result.returncode == 0, result.stderr
    return result.stdout


def manifest(output: Path) -> dict[str, list]:
    """The page manifest without each file's status (inode, times): fingerprint, size, SHA-256."""
    found = json.loads((output.parent / ".dossier-cache" / output.name / "pages.json").read_text(encoding="utf-8"))
    return {name: entry[:3] for name, entry in found.items()}


def test_report_pages_rendered_by_a_second_process_are_the_pages_one_process_writes(tmp_path, monkeypatch):
    content = content_in(tmp_path)
    apart, alone = tmp_path / "apart", tmp_path / "alone"
    messages = build(content, apart, monkeypatch, 1)
    # the seed report (overview, six sections, notes) and three one-section reports (overview, section): not the linked one
    assert "report pages: 14 rendered by a second process" in messages, messages
    assert "by a second process" not in build(content, alone, monkeypatch, 10_000)
    assert_same_site(apart, alone)
    assert manifest(apart) == manifest(alone)  # a warm build reuses them like any other page

    # the report whose section links another report is rendered by the build process, its link resolved
    linked = (apart / "reports" / "linked-review" / "sources.html").read_text(encoding="utf-8")
    assert 'href="../../reports/analyst-note/index.html"' in linked

    warm = build(content, apart, monkeypatch, 1)
    assert "by a second process" not in warm
    # only the pages drawn from every report but the speakers index and the home page
    assert "pages: 3 rendered, 30 unchanged since the last build" in warm, warm
    assert_same_site(apart, alone)


def test_a_build_that_fails_stops_the_second_process_and_keeps_the_previous_site(tmp_path, monkeypatch):
    content = content_in(tmp_path)
    output = tmp_path / "output"
    build(content, output, monkeypatch, 10_000)
    before = sorted(p.relative_to(output) for p in output.rglob("*"))
    shutil.rmtree(tmp_path / ".dossier-cache")  # cold again: the renderer is started
    broken = content / "reports" / "talks-review.md"
    broken.write_text(broken.read_text(encoding="utf-8") + "\n[^1]: A note.\n\n[^1]: The same note again.\n", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_RENDER_APART_FROM", "1")
    result = run_build(content, output)
    assert result.returncode == 1
    assert "talks-review.md" in result.stderr
    assert sorted(p.relative_to(output) for p in output.rglob("*")) == before
    assert not list(tmp_path.glob("output.partial-*"))
