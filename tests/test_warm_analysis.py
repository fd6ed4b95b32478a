"""Warm builds load each cached analysis light: its statements and relation evidence, and a report without its text and
its sections' HTML and paragraphs, which are read from a file of their own only when something asks for them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, run_build
from dossier.analysis import BODY_SUFFIX, LightReport, LightSection, analyse_reports, kept_links
from dossier.model import ContentError, Report, Section
from seeded import seed_copies

REGISTRY = str(ROOT / "content" / "actors.toml")
SEED = next((ROOT / "content" / "reports").glob("*.md"))
LINKED = """+++
title = "Linked"
slug = "linked"
date = 2024-01-01
+++

Intro.

## Part

See [the chart]({static}../images/chart.txt) and [the table]({attach}../images/table.txt#row-2).
"""


def test_a_cached_report_is_light_until_its_text_or_html_is_asked_for_and_then_whole(tmp_path):
    files = seed_copies(tmp_path, 2)
    cache = tmp_path / "cache"
    read = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    assert len(list(cache.glob("*" + BODY_SUFFIX))) == len(list(cache.glob("*.analysis"))) == 2
    loaded = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    for path, _ in files:
        whole, light = read[path].report, loaded[path].report
        assert type(whole) is Report and type(light) is LightReport and loaded[path].from_cache
        assert all(type(s) is LightSection for s in light.sections)
        assert "source_text" not in light.__dict__ and "html" not in light.sections[1].__dict__
        # what every build needs is there without the body: titles, slugs, notes, the introduction's HTML (Pelican's content)
        assert [(s.slug, s.title) for s in light.sections] == [(s.slug, s.title) for s in whole.sections]
        assert light.introduction.html == whole.introduction.html and light.notes == whole.notes
        assert light.source_digest() == whole.source_digest()
        assert loaded[path].extraction.statements == read[path].extraction.statements
        assert loaded[path].reading == read[path].reading
        assert type(light) is LightReport  # none of that read the body
        assert light.sections[2].paragraphs == whole.sections[2].paragraphs  # one field asked for: the body is read
        assert type(light) is Report and all(type(s) is Section for s in light.sections)
        assert light == whole and light.source_text == whole.source_text
    # equality with a light report reads its body too, from either side
    again = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    assert read[files[0][0]].report == again[files[0][0]].report


def test_a_lost_body_is_read_again_from_the_report_and_a_changed_report_then_says_so(tmp_path):
    files = seed_copies(tmp_path, 1)
    cache = tmp_path / "cache"
    whole = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)[files[0][0]].report
    light = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)[files[0][0]].report
    for body in cache.glob("*" + BODY_SUFFIX):
        body.write_bytes(b"\x80garbage")
    assert light.sections[1].html == whole.sections[1].html
    assert light == whole
    light = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)[files[0][0]].report
    assert type(light) is LightReport
    for body in cache.glob("*" + BODY_SUFFIX):
        body.unlink()
    Path(files[0][0]).write_text(SEED.read_text(encoding="utf-8").replace("Iran", "Irun"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"r0\.md: changed while the site was built"):
        light.source_text  # noqa: B018


def test_a_cached_report_without_its_body_is_read_again(tmp_path):
    files = seed_copies(tmp_path, 1)
    cache = tmp_path / "cache"
    analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)
    for body in cache.glob("*" + BODY_SUFFIX):
        body.unlink()
    found = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)[files[0][0]]
    assert not found.from_cache and type(found.report) is Report
    assert len(list(cache.glob("*" + BODY_SUFFIX))) == 1  # and kept again


def test_a_light_report_keeps_its_content_links_in_order(tmp_path):
    (tmp_path / "images").mkdir()
    path = tmp_path / "reports" / "linked.md"
    path.parent.mkdir()
    path.write_text(LINKED, encoding="utf-8")
    files = [(str(path), "reports/linked.md")]
    cache = tmp_path / "cache"
    assert kept_links(analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)[str(path)].report) is None
    light = analyse_reports(files, REGISTRY, "actors.toml", str(cache), workers=1)[str(path)].report
    assert kept_links(light) == [("static", "../images/chart.txt"), ("attach", "../images/table.txt#row-2")]


def test_a_cached_report_whose_linked_file_now_leads_outside_the_content_folder_fails_the_build(tmp_path):
    """A warm build checks a cached report's links from the list kept with it: a linked file that became a symlink
    out of the content folder still fails the build, naming the report's line, as a cold build does."""
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    (content / "images").mkdir()
    shutil.copy2(ROOT / "content" / "actors.toml", content / "actors.toml")
    (content / "reports" / "linked.md").write_text(LINKED, encoding="utf-8")
    (content / "images" / "chart.txt").write_text("chart", encoding="utf-8")
    (content / "images" / "table.txt").write_text("table", encoding="utf-8")
    output = tmp_path / "output"
    first = run_build(content, output)
    assert first.returncode == 0, first.stderr
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (content / "images" / "table.txt").unlink()
    os.symlink(tmp_path / "secret.txt", content / "images" / "table.txt")
    second = run_build(content, output)
    assert second.returncode == 1
    assert "reports/linked.md:11: {attach}../images/table.txt#row-2 is a symlink to a file outside the content folder" in second.stderr
