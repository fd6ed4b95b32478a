"""The actor map of a small site, in headless Chromium from file:// (every non-file request blocked): a report whose
actors have no relation, a report that names no actor, and a link to the map's text twin with JavaScript on."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build, wait_until
from map_checks import START_VIEW
from site_checks import soup

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
SIZES = {"phone": PHONE, "desktop": DESKTOP}

# three people quoted each in a section of their own: three actors and no relation between them
UNRELATED = """+++
title = "Three voices on the canal"
slug = "three-voices"
date = "2024-03-02"
summary = "Three people speak about the canal, each on their own"
+++

## The lock keeper

“The water has never been this low in April,” said Marta Kowalczyk, who has kept the lower lock for twenty years.

## The boatman

Far upstream, the barges wait. “We lose two days on every trip now,” said Tobias Lindqvist, a barge owner.

## The engineer

The repairs will take a month. “The old gates were not built for this traffic,” said Ines Carvalho, an engineer with the canal board.
"""

# no one quoted and no one named
NOBODY = """+++
title = "A quiet harbour"
slug = "quiet-harbour"
date = "2024-03-02"
summary = "Fishing boats and the weather"
+++

## The season

The fishing boats came back early this spring. The nets were mended on the quay and the weather held for a week.

## The market

Prices at the market rose a little. Most of the catch went inland by lorry before noon.
"""


# eight people who met in a ring, each quoted: a report whose eight actors are related, drawn together on the whole map
RING = ["Amara Okafor", "Bjorn Halvorsen", "Chiara Bellini", "Dmitri Volkov", "Elena Sorensen", "Farid Haddad", "Greta Lindholm", "Hugo Marchetti"]
RELATED = """+++
title = "Talks on the river treaty"
slug = "river-treaty"
date = "2024-02-10"
summary = "Eight delegates meet over the river treaty"
+++

## The talks

""" + "\n\n".join(
    f"{name} met {RING[(i + 1) % len(RING)]} in Vienna on Monday. “We made progress on the quotas,” said {name}." for i, name in enumerate(RING)
)


def build_one_report(folder: Path, name: str, text: str, *others: tuple[str, str]) -> Path:
    (folder / "content" / "reports").mkdir(parents=True)
    (folder / "content" / "reports" / name).write_text(text, encoding="utf-8")
    for other_name, other_text in others:
        (folder / "content" / "reports" / other_name).write_text(other_text, encoding="utf-8")
    result = run_build(folder / "content", folder / "output")
    assert result.returncode == 0, result.stderr
    return folder / "output"


@pytest.fixture(scope="module")
def unrelated_site(tmp_path_factory) -> Path:
    return build_one_report(tmp_path_factory.mktemp("unrelated"), "three-voices.md", UNRELATED)


@pytest.fixture(scope="module")
def two_reports_site(tmp_path_factory) -> Path:
    """The three unrelated voices beside the ring of eight: the whole map leaves the three far apart."""
    return build_one_report(tmp_path_factory.mktemp("two"), "three-voices.md", UNRELATED, ("river-treaty.md", RELATED))


@pytest.fixture(scope="module")
def nobody_site(tmp_path_factory) -> Path:
    return build_one_report(tmp_path_factory.mktemp("nobody"), "quiet-harbour.md", NOBODY)


# Each shown actor's disc and label, as vis-network draws them, against the canvas, in screen pixels.
OUT_OF_VIEW = """() => {
  const net = window.dossierMap.network, stage = document.getElementById('map-canvas');
  const width = stage.clientWidth, height = stage.clientHeight;
  return window.dossierMap.shownNodes().filter(id => {
    const n = net.body.nodes[id], l = n.labelModule.size, r = n.options.size;
    const top = net.canvasToDOM({x: n.x - Math.max(r, l.width / 2), y: n.y - r});
    const bottom = net.canvasToDOM({x: n.x + Math.max(r, l.width / 2), y: n.y + r + n.labelModule.fontOptions.size / 2 + 4 + l.height});
    return top.x < 0 || top.y < 0 || bottom.x > width || bottom.y > height;
  });
}"""


@pytest.mark.parametrize("size", SIZES)
def test_every_actor_of_a_map_without_relations_is_in_the_starting_view_with_a_readable_label(unrelated_site, offline_page, size):
    view = offline_page(**SIZES[size])
    page = view.page
    page.goto((unrelated_site / "map.html").as_uri())
    wait_until(page, "window.dossierMap !== undefined")
    assert sorted(page.evaluate("window.dossierMap.shownNodes()")) == ["ines-carvalho", "marta-kowalczyk", "tobias-lindqvist"]
    assert page.evaluate(OUT_OF_VIEW) == [], "every actor, its disc and its label, is inside the canvas"
    assert page.evaluate(START_VIEW)["labelPx"] >= 11, "at a zoom where the labels are readable"
    if size == "desktop":
        assert page.locator("#map-panel-title").inner_text() == "Most quoted", "no line is drawn: nothing is 'connected'"
    assert view.errors == [] and view.blocked == []


SHOWN_ROWS = (
    "Array.from(document.querySelectorAll('.relations-table tr[data-edge]')).filter(r => r.offsetParent !== null).map(r => r.dataset.edge).sort()"
)
SHOWN_PASSAGES = "Array.from(document.querySelectorAll('.passages li')).filter(li => li.offsetParent !== null).length"
POSITIONS = "(() => { const n = window.dossierMap.network; return n.getPositions(window.dossierMap.shownNodes()); })()"


@pytest.mark.parametrize("size", SIZES)
def test_a_reports_own_map_starts_with_its_few_actors_in_view_and_its_table_lists_its_relations_only(two_reports_site, offline_page, size):
    view = offline_page(**SIZES[size])
    page = view.page
    page.goto((two_reports_site / "map.html").as_uri())
    wait_until(page, "window.dossierMap !== undefined && document.readyState === 'complete'")
    whole = page.evaluate(POSITIONS)
    ring = page.evaluate(SHOWN_ROWS)
    assert len(ring) == 8 and page.evaluate(SHOWN_PASSAGES) == 8
    page.goto("about:blank")
    page.goto((two_reports_site / "map.html").as_uri() + "#report=three-voices")
    wait_until(page, "window.dossierMap !== undefined && document.readyState === 'complete'")
    assert sorted(page.evaluate("window.dossierMap.shownNodes()")) == ["ines-carvalho", "marta-kowalczyk", "tobias-lindqvist"]
    assert page.evaluate(OUT_OF_VIEW) == [], "every actor of the report, its disc and its label, is inside the canvas"
    assert page.evaluate(START_VIEW)["labelPx"] >= 11, "at a zoom where the labels are readable"
    assert page.locator("#map-status").inner_text() == "3 actors, 0 relations, in one report."
    assert page.evaluate(SHOWN_ROWS) == [] and page.evaluate(SHOWN_PASSAGES) == 0, "the table lists the report's relations: none"
    scope = page.locator(".map-table-scope")
    assert scope.is_visible() and "no relation between this report’s actors" in scope.inner_text()
    assert page.locator(".actor-map > .lead").is_hidden(), "the whole map's counts are not said of the report's view"
    key = (
        "Array.from(document.querySelectorAll('.map-key li')).filter(li => getComputedStyle(li).display !== 'none').map(li => li.textContent.trim())"
    )
    assert page.evaluate(key) == ["People"], "the key names what is drawn: people, and no kind of line"
    # the whole map again: every relation in the table, every actor at its place on the whole map
    page.get_by_role("button", name="Show everyone").click()
    wait_until(page, "window.dossierMap.shownNodes().length === 11")
    assert page.evaluate(SHOWN_ROWS) == ring and page.evaluate(SHOWN_PASSAGES) == 8 and not scope.is_visible()
    assert page.locator(".actor-map > .lead").is_visible()
    assert page.evaluate(key) == ["People", "In contact with"]
    assert page.evaluate(POSITIONS) == whole
    assert page.locator("#map-panel-title").inner_text() == "Most connected", "the whole map's lines rank its actors"
    # a report whose actors are related lists its own relations
    page.goto("about:blank")
    page.goto((two_reports_site / "map.html").as_uri() + "#report=river-treaty")
    wait_until(page, "window.dossierMap !== undefined && document.readyState === 'complete'")
    assert page.evaluate(SHOWN_ROWS) == ring and "8 relations" in scope.inner_text()
    assert view.errors == [] and view.blocked == []


ALONE_SHOWN = "Array.from(document.querySelectorAll('.map-unrelated li')).filter(li => li.offsetParent !== null).map(li => li.textContent)"


def test_the_text_twin_lists_the_actors_drawn_without_a_line_linked_to_their_pages_as_a_report_view_shows_them(two_reports_site, offline_page):
    twin = soup(two_reports_site / "map.html").select_one(".map-text .map-unrelated")
    assert twin is not None, "without JavaScript the twin names the actors the canvas shows on their own"
    links = {a.get_text(): a["href"] for a in twin.select("li a")}
    assert links == {
        name: f"./speakers/{slug}.html"
        for name, slug in (("Ines Carvalho", "ines-carvalho"), ("Marta Kowalczyk", "marta-kowalczyk"), ("Tobias Lindqvist", "tobias-lindqvist"))
    }
    assert "with no relation" in twin.get_text() and not any(name in twin.get_text() for name in RING), "the related actors are in the table"
    view = offline_page(**DESKTOP)
    page = view.page
    for report, alone in (("three-voices", ["Ines Carvalho", "Marta Kowalczyk", "Tobias Lindqvist"]), ("river-treaty", [])):
        page.goto("about:blank")
        page.goto((two_reports_site / "map.html").as_uri() + f"#report={report}")
        wait_until(page, "window.dossierMap !== undefined && document.readyState === 'complete'")
        assert page.evaluate(ALONE_SHOWN) == alone, report
        assert page.locator(".map-unrelated").is_visible() == bool(alone), "a report whose actors are all related shows no empty list"
    page.get_by_role("button", name="Show everyone").click()
    wait_until(page, "window.dossierMap.shownNodes().length === 11")
    assert page.evaluate(ALONE_SHOWN) == ["Ines Carvalho", "Marta Kowalczyk", "Tobias Lindqvist"]
    assert view.errors == [] and view.blocked == []


def test_a_map_without_relations_names_each_of_its_actors_as_text(unrelated_site):
    twin = soup(unrelated_site / "map.html").select_one(".map-text")
    assert "names no relation" in twin.select_one(".map-no-relations").get_text()
    assert [li.get_text() for li in twin.select(".map-unrelated li")] == ["Ines Carvalho", "Marta Kowalczyk", "Tobias Lindqvist"]


def test_a_site_without_actors_says_so_in_place_of_the_map_with_or_without_javascript(nobody_site, offline_page):
    page_html = soup(nobody_site / "map.html")
    said = page_html.select_one(".map-empty")
    assert said is not None and "names no actors" in said.get_text(), "the sentence is in the HTML"
    assert page_html.select_one("#map-app") is None and page_html.select_one("#map-data") is None, "no empty canvas"
    assert page_html.find(id="map-table-heading") is not None, "the text twin stays"
    assert "no relation" in page_html.select_one(".map-text").get_text()
    for javascript in (True, False):
        view = offline_page(java_script_enabled=javascript, **DESKTOP)
        view.page.goto((nobody_site / "map.html").as_uri())
        assert view.page.locator(".map-empty").is_visible(), javascript
        assert view.page.locator("#map-table-heading").is_visible(), javascript
        assert view.errors == [] and view.blocked == []


def test_with_javascript_on_a_link_to_the_table_scrolls_to_it_and_a_passage_link_keeps_the_maps_state(seed_site, offline_page):
    view = offline_page(**DESKTOP)
    page = view.page
    page.goto((seed_site / "map.html").as_uri() + "#map-table-heading")
    wait_until(page, "window.dossierMap !== undefined && document.readyState === 'complete'")
    heading_at_top = "Math.abs(document.getElementById('map-table-heading').getBoundingClientRect().top) < 2"
    wait_until(page, heading_at_top)
    assert page.evaluate("location.hash") == "#map-table-heading"
    # with a filter on, a passage number in the table takes the reader to its passage and leaves the map as it was
    page.goto((seed_site / "map.html").as_uri() + "#relations=support")
    wait_until(page, "window.dossierMap !== undefined && document.readyState === 'complete'")
    shown = page.evaluate("window.dossierMap.shownEdges().sort()")
    target = page.evaluate(
        """() => new Promise(resolve => {
        const link = document.querySelector('.relations-table a[href^="#ev-"]');
        addEventListener('hashchange', () => resolve(link.getAttribute('href')), {once: true});  // after the map's own listener
        link.click();
    })"""
    )
    assert page.evaluate("location.hash") == target
    assert page.evaluate("window.dossierMap.shownEdges().sort()") == shown
    passage_in_view = f"(b => b.top >= -2 && b.bottom <= innerHeight + 2)(document.getElementById('{target[1:]}').getBoundingClientRect())"
    wait_until(page, passage_in_view)
    assert view.errors == [] and view.blocked == []


def test_a_map_without_relations_says_so_and_offers_no_empty_relation_filter(unrelated_site):
    page_html = soup(unrelated_site / "map.html")
    lead = " ".join(page_html.select_one(".actor-map > .lead").get_text().split())
    assert lead == "3 actors in 1 report, and no relation between them: the map shows each on its own.", lead
    assert [legend.get_text() for legend in page_html.select("#map-filters legend")] == ["Actors"]
    assert "no relation" in page_html.select_one(".map-text").get_text()
