"""The actor map of an archive larger than the page holds: the page keeps the most connected actors and an index of
the others, each report's actors and relations are a script (data/map/<slug>.js) added when needed. Built with
DOSSIER_MAP_ACTORS = 8 so that two reports are enough; in headless Chromium from file://, non-file requests blocked."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, run_build, wait_until
from site_checks import map_data

CORE = 8
SECOND = "moscow-talks"
SECOND_REPORT = """+++
title = "Moscow Talks on the South Caucasus"
slug = "moscow-talks"
date = 2022-01-20
+++

On January 18, 2022, Russian Foreign Minister Sergei Lavrov met Armenian Prime Minister Nikol Pashinyan in Moscow.

## Reactions

Pashinyan praised Lavrov's proposal for new transport links.
"""
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}


def build(folder: Path) -> tuple[Path, Path, Path]:
    content = folder / "content"
    if not content.exists():
        shutil.copytree(ROOT / "content", content)
        (content / "reports" / f"{SECOND}.md").write_text(SECOND_REPORT, encoding="utf-8")
    settings = folder / "scaleconf.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nDOSSIER_MAP_ACTORS = {CORE}\n", encoding="utf-8")
    result = run_build(content, folder / "output", "--settings", str(settings))
    assert result.returncode == 0, result.stderr
    return content, folder / "output", settings


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("map-scale"))[1]


def shard(site: Path, slug: str) -> dict:
    text = (site / "data" / "map" / f"{slug}.js").read_text(encoding="utf-8")
    match = re.fullmatch(r"dossierMapShard\((.*)\);\n", text, re.S)
    assert match, text[:200]
    return json.loads(match.group(1))


def open_map(offline_page, site: Path, fragment: str = "", **options):
    options.setdefault("viewport", {"width": 1280, "height": 900})
    view = offline_page(**options)
    view.page.goto((site / "map.html").as_uri() + fragment)
    wait_until(view.page, "window.dossierMap !== undefined && window.dossierMap.loading() === 0")
    return view


def actor_index(site: Path) -> dict:
    text = (site / "data" / "map-index.js").read_text(encoding="utf-8")
    match = re.fullmatch(r"dossierMapIndex\((.*)\);\n", text, re.S)
    assert match, text[:200]
    return json.loads(match.group(1))


def test_the_page_holds_the_most_connected_actors_and_indexes_the_others(archive):
    data = map_data(archive / "map.html")
    held = {n["id"] for n in data["nodes"]}
    assert "index" not in data, "the index of the other actors is a script of its own, added when a search needs it"
    indexed = {entry[0] for entry in actor_index(archive)["index"]}
    assert len(held) == CORE and not data["complete"]
    assert not held & indexed and {"pashinyan", "lavrov"} <= indexed
    assert data["actorCount"] == len(held | indexed)
    # a large map's edges are short lists: [from, relation, to, [passages], more, basis] without empty ends
    edges = [{"from": e[0], "relation": e[1], "to": e[2], "passages": e[3] if len(e) > 3 else []} for e in data["edges"]]
    assert {e["from"] for e in edges} | {e["to"] for e in edges} <= held
    assert all(len(e["passages"]) <= 1 for e in edges), "the page lists the latest passage of a relation; the shards the rest"
    assert not [e for e in edges if e["relation"] == "co-mention" and e["passages"]]
    assert all(0 < n <= len(data["passages"]) for e in edges for n in e["passages"])
    reports = sorted(p.stem for p in (archive / "data" / "map").glob("*.js"))
    assert data["reports"] == [], "a large map's list of reports comes with its index"
    assert reports == sorted(actor_index(archive)["reports"]) and SECOND in reports
    second = shard(archive, SECOND)
    assert {n["id"] for n in second["nodes"]} >= {"pashinyan", "lavrov"}
    assert any(e["id"] == "lavrov--contact--pashinyan" for e in second["edges"])
    assert all(p[1].startswith(f"reports/{SECOND}/") for p in second["passages"])


def test_a_searched_actor_outside_the_page_is_loaded_and_focused_offline(archive, offline_page):
    view = open_map(offline_page, archive, **DESKTOP)
    page = view.page
    assert "pashinyan" not in page.evaluate("window.dossierMap.shownNodes()")
    assert page.evaluate("window.dossierMap.loadedReports()") == []
    page.fill("#map-search", "pashinyan")
    wait_until(page, "document.querySelectorAll('#map-results li').length > 0")
    result = page.locator("#map-results button")
    assert result.count() == 1 and result.inner_text().startswith("Nikol Pashinyan")
    result.click()
    wait_until(page, "document.getElementById('map-panel-title').textContent === 'Nikol Pashinyan'")
    entry = next(e for e in actor_index(archive)["index"] if e[0] == "pashinyan")
    assert page.evaluate("window.dossierMap.loadedReports()") == sorted(actor_index(archive)["reports"][i] for i in entry[8]), (
        "the reports that name the actor, no other"
    )
    assert "focus=pashinyan" in page.url
    shown = set(page.evaluate("window.dossierMap.shownNodes()"))
    assert {"pashinyan", "lavrov"} <= shown
    assert "Around Nikol Pashinyan" in page.locator("#map-status").inner_text()
    panel = page.locator("#map-panel")
    assert panel.locator("button", has_text="Sergei Lavrov in contact with Nikol Pashinyan").count() == 1
    assert panel.locator(f".map-passages li a[href*='reports/{SECOND}/']").count() >= 1, "passages from the shard link to their paragraph"
    point = page.evaluate(
        """(id) => {
        const net = window.dossierMap.network, dom = net.canvasToDOM(net.getPositions([id])[id]);
        const box = document.getElementById('map-canvas').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y, inside: dom.x > 0 && dom.y > 0 && dom.x < box.width && dom.y < box.height};
    }""",
        "pashinyan",
    )
    assert point["inside"], "the loaded actor is centred in the canvas"
    page.locator("[data-action=clear]").click()
    assert "pashinyan" in page.evaluate("window.dossierMap.shownNodes()"), "a loaded report's actors stay on the site-wide map"
    assert view.errors == [] and view.blocked == []


def test_a_focus_in_the_hash_on_an_actor_outside_the_page_loads_its_reports(archive, offline_page):
    view = open_map(offline_page, archive, "#focus=lavrov")
    page = view.page
    wait_until(page, "document.getElementById('map-panel-title').textContent === 'Sergei Lavrov'")
    assert "pashinyan" in page.evaluate("window.dossierMap.shownNodes()")
    assert view.errors == [] and view.blocked == []


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_a_reports_own_map_shows_only_that_reports_actors(archive, offline_page, size):
    view = open_map(offline_page, archive, f"#report={SECOND}", **(PHONE if size == "phone" else DESKTOP))
    page = view.page
    wait_until(page, f"window.dossierMap.loadedReports().join() === '{SECOND}'")
    own = {n["id"] for n in shard(archive, SECOND)["nodes"]}
    shown = set(page.evaluate("window.dossierMap.shownNodes()"))
    assert shown == own, (shown, own)
    assert "in one report" in page.locator("#map-status").inner_text()
    assert view.errors == [] and view.blocked == []


def test_the_first_report_overview_links_to_its_own_map_view(archive, offline_page):
    overview = next((archive / "reports").glob("irans-defeat*/index.html"))
    view = offline_page(viewport={"width": 1280, "height": 900})
    view.page.goto(overview.as_uri())
    view.page.click(".key-actors-map a")
    wait_until(view.page, "window.dossierMap !== undefined && window.dossierMap.loading() === 0 && window.dossierMap.loadedReports().length === 1")
    shown = set(view.page.evaluate("window.dossierMap.shownNodes()"))
    assert "kayhan" in shown and not {"pashinyan", "lavrov"} & shown - {n["id"] for n in shard(archive, overview.parent.name)["nodes"]}
    assert view.errors == [] and view.blocked == []


def test_builds_are_identical_and_a_warm_build_rewrites_only_the_edited_reports_shard(tmp_path):
    content, site, settings = build(tmp_path)
    shards = {p.name: p.read_bytes() for p in (site / "data" / "map").glob("*.js")}
    page = (site / "map.html").read_bytes()
    other = tmp_path / "again"
    assert run_build(content, other, "--settings", str(settings)).returncode == 0
    assert {p.name: p.read_bytes() for p in (other / "data" / "map").glob("*.js")} == shards
    assert (other / "map.html").read_bytes() == page
    inodes = {p.name: os.stat(p).st_ino for p in (site / "data" / "map").glob("*.js")}
    second = content / "reports" / f"{SECOND}.md"
    second.write_text(second.read_text(encoding="utf-8").replace("new transport links", "new rail links"), encoding="utf-8")
    result = run_build(content, site, "--settings", str(settings))
    assert result.returncode == 0, result.stderr
    assert "1 report shards written" in result.stdout + result.stderr
    after = {p.name: os.stat(p).st_ino for p in (site / "data" / "map").glob("*.js")}
    assert [name for name in after if after[name] != inodes[name]] == [f"{SECOND}.js"]
    assert "new rail links" in (site / "data" / "map" / f"{SECOND}.js").read_text(encoding="utf-8")


def test_bad_hashes_on_a_large_archive_are_ignored_without_errors(archive, offline_page):
    from test_map import BAD_HASHES

    for fragment in [*BAD_HASHES, "#report=no-such-report&focus=pashinyan", "#focus=hasOwnProperty"]:
        view = open_map(offline_page, archive, fragment)
        assert view.page.evaluate("window.dossierMap.shownNodes().length") >= 2, fragment
        assert view.errors == [] and view.blocked == [], (fragment, view.errors)
        view.close()


def test_the_text_twin_of_a_large_map_is_a_page_of_its_own_complete_without_javascript(archive):
    from site_checks import soup

    page = soup(archive / "map.html")
    assert not page.select(".relations-table") and not page.select(".passages li"), "the map page carries no table"
    link = page.select_one(".map-text a[href$='map-table.html']")
    assert link is not None, "the map links to its table"
    data = map_data(archive / "map.html")
    table = soup(archive / "map-table.html")
    rows = table.select(".relations-table tbody tr")
    assert len(rows) == len(data["edges"]), "one row per relation the map holds"
    passages = {li["id"]: li for li in table.select(".passages li")}
    cited = {a["href"][1:] for row in rows for a in row.select("td:nth-of-type(4) a[href^='#']")}
    assert cited and cited <= set(passages), "every passage a row cites is listed on the same page"
    assert len(data["passages"]) == len(passages), "the map's panels get the same passages from its data"
    for number, passage in enumerate(data["passages"], 1):
        assert passages[f"ev-{number}"].find("q").get_text() == passage[0]
        assert passages[f"ev-{number}"].select_one(".where").get_text().startswith(data["passageWheres"][passage[4]])
