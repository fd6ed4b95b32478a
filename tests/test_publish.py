"""Publishing: the hosted build's metadata, the offline bundle from file://, reproducible and atomic builds."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, run_build, wait_until
from site_checks import html_files, ids_in, internal_links, soup
from test_bad_input import tree_digest
from test_site import REPORT_DIR

PUBLIC = "https://reports.example.org/dossier"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    output = tmp_path_factory.mktemp("published") / "output"
    env = dict(os.environ, DOSSIER_SITEURL=PUBLIC + "/")
    result = subprocess.run(
        [sys.executable, "-m", "sitebuild", "--settings", "publishconf.py", "--output", str(output)],
        cwd=ROOT,
        env=dict(env, PYTHONPATH=str(ROOT / "plugins")),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return output


def make_bundle(dist: Path) -> Path:
    result = subprocess.run([sys.executable, "-m", "invoke", "bundle", "--dist", str(dist)], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "bundle: " in result.stdout and "KB" in result.stdout
    return dist / "dossier-offline.zip"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    zip_path = make_bundle(tmp_path_factory.mktemp("dist"))
    folder = zip_path.parent / "unzipped"
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(folder)
    return zip_path, folder / "dossier-offline"


def test_every_hosted_page_has_a_canonical_url_open_graph_and_is_in_the_sitemap(published):
    pages = html_files(published)
    sitemap = (published / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert sorted(locations) == sorted(f"{PUBLIC}/{p.relative_to(published).as_posix()}" for p in pages)
    for page in pages:
        html = soup(page)
        url = f"{PUBLIC}/{page.relative_to(published).as_posix()}"
        assert html.find("link", rel="canonical")["href"] == url
        assert html.find("meta", property="og:url")["content"] == url
        assert html.find("meta", property="og:title")["content"] == html.title.get_text()
        assert html.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"
    robots = (published / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots


def test_the_feed_and_schema_org_data_point_to_the_public_site(published):
    feed = (published / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert f'<link href="{PUBLIC}/{REPORT_DIR}/index.html" rel="alternate"/>' in feed
    overview = soup(published / REPORT_DIR / "index.html")
    assert overview.find("link", rel="alternate", type="application/atom+xml")
    report = json.loads(overview.find("script", type="application/ld+json").string)
    assert report["@type"] == "Report" and report["datePublished"] == "2021-12-09" and report["url"] == f"{PUBLIC}/{REPORT_DIR}/index.html"
    assert [a["name"] for a in report["author"]] == ["A. Savyon", "M. Manzour"]
    person = json.loads(soup(published / "speakers" / "raisi.html").find("script", type="application/ld+json").string)
    assert person["@type"] == "Person" and person["name"] == "Ebrahim Raisi" and person["affiliation"]["name"] == "Iran"
    outlet = json.loads(soup(published / "speakers" / "kayhan.html").find("script", type="application/ld+json").string)
    assert outlet["@type"] == "NewsMediaOrganization"


def test_theme_files_carry_a_content_hash_in_their_names(published):
    referenced = set()
    for page in html_files(published):
        for tag in soup(page).select("link[rel=stylesheet], script[src]"):
            referenced.add(tag.get("href") or tag.get("src"))
    assets = {re.sub(r"^(\.\.?/)+", "", value) for value in referenced if "theme/" in value}
    own = [p for p in (ROOT / "theme" / "static").rglob("*") if p.suffix in (".css", ".js")]
    assert len(assets) == len(own) + 1, "every theme stylesheet and script, and the vendored vis-network"
    for asset in assets:
        assert re.search(r"\.[0-9a-f]{10}\.(css|js)$", asset), asset
        assert (published / asset).is_file()
    plain = [p for p in (published / "theme").rglob("*.*") if not re.search(r"\.[0-9a-f]{10}\.", p.name)]
    assert plain == [], "only the hashed names are published"


def test_the_bundle_is_reproducible_and_says_what_it_holds(bundle, tmp_path):
    zip_path, folder = bundle
    again = make_bundle(tmp_path / "again")
    assert again.read_bytes() == zip_path.read_bytes()
    text = (folder / "BUNDLE.txt").read_text(encoding="utf-8")
    assert "Open index.html" in text and "Iran's Defeat In The Second Nagorno-Karabakh War" in text and "Built 2021-12-09" in text
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert names == sorted(names) and all(name.startswith("dossier-offline/") for name in names)
        assert {info.date_time for info in archive.infolist()} == {(2021, 12, 9, 0, 0, 0)}


def test_every_link_in_the_bundle_resolves_to_a_file_and_an_id_and_nothing_points_to_the_web(bundle):
    _, folder = bundle
    ids_of = functools.cache(ids_in)  # each page parsed once, not once a link
    checked = 0
    for page, value, target, fragment in internal_links(folder):
        checked += 1
        assert target.is_file(), f"{page.relative_to(folder)}: {value}"
        assert not value.endswith("/")
        if fragment and "=" not in fragment and target.suffix == ".html":
            assert fragment in ids_of(target), f"{page.relative_to(folder)}: {value}"
    assert checked > 500
    assert not list(folder.rglob("*.xml"))
    for page in html_files(folder):
        html = soup(page)
        assert not html.find("link", rel="canonical") and not html.find("meta", property="og:url")
        for tag in html.find_all(["link", "script", "img", "iframe"]):
            assert not re.match(r"(https?:)?//", tag.get("href") or tag.get("src") or ""), (page, tag)


def test_the_bundle_works_from_file_with_the_network_blocked(bundle, offline_page):
    _, folder = bundle
    view = offline_page(viewport={"width": 1100, "height": 850})
    page = view.page
    for name in (
        "index.html",
        f"{REPORT_DIR}/index.html",
        f"{REPORT_DIR}/irans-diplomatic-efforts-with-azerbaijan.html",
        "speakers/abdollahian.html",
    ):
        page.goto((folder / name).as_uri())
        assert page.locator("h1").count() == 1
    page.focus("sup.note-ref a")
    assert page.locator(".note-card").is_visible()
    page.goto((folder / "map.html").as_uri())
    wait_until(page, "window.dossierMap !== undefined")
    page.goto((folder / "index.html").as_uri())
    page.click("nav a[href$='search.html']")
    page.wait_for_load_state()  # the search script has taken over the form, so Enter searches without leaving the page
    page.fill("#search-q", "cavusoglu")
    page.keyboard.press("Enter")
    wait_until(page, "document.querySelector('.search-page').dataset.state === 'done'")  # its shards load first
    assert "results for “cavusoglu”" in page.locator("#search-status").inner_text()
    results = page.locator("#search-results a")
    assert results.first.inner_text() == "Mevlüt Çavuşoğlu"
    passage = page.locator("#search-results li", has_text="Turkish Foreign Minister Cavusoglu responded").locator("a")
    assert page.locator("#search-results mark").first.inner_text().lower() == "cavusoglu"
    passage.click()
    page.wait_for_load_state()
    assert "#p-" in page.url and "Cavusoglu responded" in page.locator(":target").inner_text()
    assert view.errors == [] and view.blocked == []


def test_search_from_the_address_bar_folds_accents_and_finds_notes(bundle, offline_page):
    _, folder = bundle
    page = offline_page(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True).page
    page.goto((folder / "search.html").as_uri() + "?q=ÇAVUŞOĞLU%20press")
    wait_until(page, "document.querySelector('.search-page').dataset.state === 'done'")
    assert page.locator("#search-results li").count() >= 1
    page.fill("#search-q", "isna november 15")
    page.keyboard.press("Enter")
    wait_until(page, "document.querySelector('#search-status').textContent.includes('isna november 15')")
    assert page.locator("#search-results a[href*='notes.html#note-12']").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_search_index_is_classic_scripts_none_over_100_kb(bundle):
    _, folder = bundle
    index = list((folder / "search").rglob("*.js"))
    assert len(index) > 3 and max(path.stat().st_size for path in index) < 100 * 1024
    assert (folder / "search" / "index.js").read_text(encoding="utf-8").startswith("dossierSearch.index(")
    assert "fetch(" not in (next((folder / "theme" / "js").glob("search.*.js"))).read_text(encoding="utf-8")


FAILING_PLUGIN = """
from pelican import signals

def explode(pelican):
    raise RuntimeError("disk full halfway through")

def register():
    signals.finalized.connect(explode)
"""


def test_a_build_that_fails_midway_leaves_the_previous_output_intact(content_copy, good_output, tmp_path):
    output = good_output
    before = tree_digest(output)
    plugins = tmp_path / "plugins" / "explode_midway"
    plugins.mkdir(parents=True)
    (plugins / "__init__.py").write_text(FAILING_PLUGIN, encoding="utf-8")
    settings = tmp_path / "failing.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
        f"PLUGIN_PATHS = PLUGIN_PATHS + [{str(tmp_path / 'plugins')!r}]\nPLUGINS = PLUGINS + ['explode_midway']\n",
        encoding="utf-8",
    )
    (content_copy / "reports" / "extra.md").write_text('+++\ntitle = "Extra"\ndate = 2024-01-01\n+++\n\nNew text.\n', encoding="utf-8")
    result = run_build(content_copy, output, "--settings", str(settings))
    assert result.returncode == 1
    assert "disk full halfway through" in result.stderr and "Traceback" not in result.stderr
    assert tree_digest(output) == before
    assert not list(tmp_path.glob("output.*"))
