"""The actor map in headless Chromium from file://, every non-file request blocked."""

from __future__ import annotations

import base64
from collections import Counter

import pytest
from conftest import wait_until
from map_checks import LABEL_OVERLAPS, OPACITIES, START_VIEW
from site_checks import map_data, soup
from test_site import REPORT_DIR
from test_speakers_site import ONLY_MENTIONED, QUOTED_IN_SEED

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
SIZES = {"phone": PHONE, "desktop": DESKTOP}


def open_map(offline_page, site, fragment="", **options):
    options.setdefault("viewport", {"width": 1280, "height": 900})
    view = offline_page(**options)
    view.page.goto((site / "map.html").as_uri() + fragment)
    wait_until(view.page, "window.dossierMap !== undefined")
    return view


def canvas_is_drawn(page) -> bool:
    return page.evaluate(
        """() => {
        const canvas = document.querySelector('#map-canvas canvas');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
        return painted > 2000;
    }"""
    )


def node_point(page, actor_id):
    """Where an actor's node is on the screen."""
    return page.evaluate(
        """(id) => {
        const network = window.dossierMap.network;
        const dom = network.canvasToDOM(network.getPositions([id])[id]);
        const box = document.getElementById('map-canvas').getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y};
    }""",
        actor_id,
    )


def test_the_map_draws_every_actor_of_the_report_offline(seed_site, offline_page):
    view = open_map(offline_page, seed_site)
    page = view.page
    assert canvas_is_drawn(page)
    data = map_data(seed_site / "map.html")
    ids = {node["id"] for node in data["nodes"]}
    assert ids >= QUOTED_IN_SEED | ONLY_MENTIONED
    assert sorted(page.evaluate("window.dossierMap.shownNodes()")) == sorted(ids)
    assert view.errors == [] and view.blocked == []


def test_clicking_a_node_opens_a_panel_that_links_to_the_speaker_page(seed_site, offline_page):
    view = open_map(offline_page, seed_site)
    page = view.page
    page.locator("#map-canvas").scroll_into_view_if_needed()
    point = node_point(page, "abdollahian")
    page.mouse.click(point["x"], point["y"])
    panel = page.locator("#map-panel")
    assert panel.is_visible()
    assert page.locator("#map-panel-title").inner_text() == "Hossein Amir-Abdollahian"
    link = panel.locator("a[href$='speakers/abdollahian.html']")
    assert link.count() == 1
    relation = panel.locator("button", has_text="in contact with Jeyhun Bayramov")
    relation.click()
    assert page.locator("#map-panel-title").inner_text() == "Hossein Amir-Abdollahian in contact with Jeyhun Bayramov"
    assert panel.locator("li a[href*='#p-']").count() >= 1, "an edge's panel lists its passages with links to the paragraphs"
    panel.locator("button.map-action", has_text="Hossein Amir-Abdollahian").click()
    page.locator("#map-panel a[href$='speakers/abdollahian.html']").click()
    page.wait_for_load_state()
    assert page.url.endswith("speakers/abdollahian.html")
    assert view.errors == [] and view.blocked == []


def test_search_folds_accents_and_finds_cavusoglu(seed_site, offline_page):
    page = open_map(offline_page, seed_site).page
    page.fill("#map-search", "cavusoglu")
    result = page.locator("#map-results button")
    assert result.count() == 1 and result.inner_text().startswith("Mevlüt Çavuşoğlu")
    result.click()
    assert page.locator("#map-panel-title").inner_text() == "Mevlüt Çavuşoğlu"
    page.fill("#map-search", "IRGC")
    assert page.locator("#map-results button").first.inner_text().startswith("Islamic Revolutionary Guards Corps")


def test_a_relation_filter_hides_exactly_the_filtered_edges_and_is_kept_in_the_hash(seed_site, offline_page):
    page = open_map(offline_page, seed_site).page
    data = map_data(seed_site / "map.html")
    everything = {e["id"] for e in data["edges"]}
    opposition = {e["id"] for e in data["edges"] if e["relation"] == "opposition"}
    assert opposition and set(page.evaluate("window.dossierMap.shownEdges()")) == everything
    page.locator("#map-filters summary").click()
    page.locator("input[name=relation][value=opposition]").uncheck()
    assert set(page.evaluate("window.dossierMap.shownEdges()")) == everything - opposition
    drawn = page.evaluate("window.dossierMap.network.body.data.edges.getIds()")
    assert set(drawn) == everything - opposition
    assert "relations=" in page.url and "opposition" not in page.url.split("relations=")[1]
    page.locator("input[name=kind][value=state]").uncheck()
    states = {n["id"] for n in data["nodes"] if n["kind"] == "state"}
    assert not states & set(page.evaluate("window.dossierMap.shownNodes()"))


def test_focus_in_the_hash_shows_one_actor_and_its_neighbours(seed_site, offline_page):
    view = open_map(offline_page, seed_site, "#focus=bayramov")
    page = view.page
    data = map_data(seed_site / "map.html")
    neighbours = {e["to"] if e["from"] == "bayramov" else e["from"] for e in data["edges"] if "bayramov" in (e["from"], e["to"])}
    assert set(page.evaluate("window.dossierMap.shownNodes()")) == neighbours | {"bayramov"}
    assert "Around Jeyhun Bayramov" in page.locator("#map-status").inner_text()
    assert page.locator("#map-panel-title").inner_text() == "Jeyhun Bayramov"
    page.locator("[data-action=clear]").click()
    assert len(page.evaluate("window.dossierMap.shownNodes()")) == len(data["nodes"])
    assert "focus=" not in page.url
    assert view.errors == []


def test_speaker_pages_and_the_overview_link_to_their_place_on_the_map(seed_site, offline_page):
    speaker = soup(seed_site / "speakers" / "cavusoglu.html")
    assert speaker.select_one(".speaker-map a")["href"] == "../map.html#focus=cavusoglu"
    overview = soup(seed_site / REPORT_DIR / "index.html")
    link = overview.select_one(".key-actors-map a")["href"]
    view = offline_page(viewport={"width": 1280, "height": 900})
    view.page.goto((seed_site / REPORT_DIR / "index.html").as_uri())
    view.page.click(f"a[href='{link}']")
    wait_until(view.page, "window.dossierMap !== undefined")
    assert "in one report" in view.page.locator("#map-status").inner_text()
    assert view.errors == [] and view.blocked == []


def test_on_a_phone_the_page_scrolls_under_one_finger_and_a_tap_opens_a_bottom_sheet(seed_site, offline_page):
    view = open_map(offline_page, seed_site, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = view.page
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    stage = page.locator(".map-stage").bounding_box()
    assert stage["x"] >= 0 and stage["x"] + stage["width"] <= 360
    session = page.context.new_cdp_session(page)

    def swipe_up_over_the_map() -> float:
        page.evaluate(
            """() => new Promise(resolve => {
            const before = window.scrollY;
            document.querySelector('.map-stage').scrollIntoView({block: 'center'});
            if (window.scrollY === before) resolve();
            else addEventListener('scrollend', () => resolve(), {once: true});
        })"""
        )
        page.evaluate(
            """() => {
            window.swipe = {touchEnded: false, scrollEnded: false};
            addEventListener('touchend', () => { swipe.touchEnded = true; }, {once: true, capture: true, passive: true});
            addEventListener('scrollend', () => { swipe.scrollEnded = true; }, {once: true});
        }"""
        )
        box = page.locator(".map-stage").bounding_box()
        x, y = 180, box["y"] + box["height"] / 2 + 100
        assert page.evaluate(f"document.elementFromPoint({x}, {y}).closest('.map-stage') !== null")
        before = page.evaluate("window.scrollY")
        session.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
        for step in range(1, 11):
            session.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y - 20 * step}]})
        session.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
        # the page has had the finger's lift and two more frames (a scroll reaches it with the frame); then, if it scrolled,
        # it waits for the scroll's end, fling included
        wait_until(page, "window.swipe.touchEnded")
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        wait_until(page, f"window.scrollY === {before} || window.swipe.scrollEnded")
        return page.evaluate("window.scrollY") - before

    assert swipe_up_over_the_map() > 100, "a one-finger swipe over the map must scroll the page"
    page.evaluate("document.querySelector('.map-stage').scrollIntoView({block: 'center'})")
    scale = page.evaluate("window.dossierMap.network.getScale()")
    point = node_point(page, "abdollahian")
    page.touchscreen.tap(point["x"], point["y"])
    panel = page.locator("#map-panel")
    assert panel.is_visible()
    box = panel.bounding_box()
    assert box["y"] + box["height"] <= 740.5 and box["height"] <= 370.5 and box["x"] == 0
    point = node_point(page, "abdollahian")
    assert point["y"] < box["y"], "the tapped actor stays visible above the sheet"
    assert page.evaluate("window.dossierMap.network.getScale()") == scale
    page.locator(".map-panel-close").tap()
    assert not panel.is_visible()
    page.locator("[data-action=explore]").tap()
    assert page.locator("[data-action=explore]").get_attribute("aria-pressed") == "true"
    assert page.locator("#map-shield").is_hidden()
    assert swipe_up_over_the_map() == 0, "in explore mode the swipe pans the map instead"
    assert view.errors == [] and view.blocked == []


def test_download_png_gives_an_image_of_the_current_view_offline(seed_site, offline_page, tmp_path):
    view = open_map(offline_page, seed_site, accept_downloads=True)
    page = view.page
    with page.expect_download() as download:
        page.click("[data-action=png]")
    path = tmp_path / "map.png"
    download.value.save_as(path)
    assert download.value.suggested_filename == "actor-map.png"
    assert path.read_bytes()[:8] == base64.b64decode("iVBORw0KGgo=")
    assert path.stat().st_size > 5000
    assert view.blocked == []


def test_without_javascript_the_table_gives_every_relation_with_its_passages(seed_site, offline_page):
    view = offline_page(viewport={"width": 1000, "height": 800}, java_script_enabled=False)
    page = view.page
    page.goto((seed_site / "map.html").as_uri())
    data = map_data(seed_site / "map.html")
    assert page.locator("#map-app").is_hidden()
    assert page.locator(".relations-table tbody tr").count() == len(data["edges"])
    first = page.locator(".relations-table tbody tr").first.locator("td").nth(3).locator("a").first
    first.click()
    assert page.locator(":target").count() == 1 and page.locator(":target q").count() == 1
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "A"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_the_map_with_a_panel_open(seed_site, offline_page, scheme, size):
    from axe_playwright_python.sync_playwright import Axe

    view = open_map(offline_page, seed_site, color_scheme=scheme, **SIZES[size])
    page = view.page
    page.fill("#map-search", "bayramov")
    page.locator("#map-results button").first.click()
    assert page.locator("#map-panel").is_visible()
    assert view.errors == []
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_date_range_in_the_hash_keeps_the_relations_with_a_passage_in_it(seed_site, offline_page):
    data = map_data(seed_site / "map.html")
    page_html = soup(seed_site / "map.html")
    dates = {li["id"]: li.find("time")["datetime"] for li in page_html.select(".passages li") if li.find("time")}
    expected = set()
    for edge in data["edges"]:
        edge_dates = [dates[f"ev-{n}"] for n in edge["passages"] if f"ev-{n}" in dates]
        if not edge_dates or any("2021-11-01" <= d <= "2021-11-30" for d in edge_dates):
            expected.add(edge["id"])
    assert 0 < len(expected) < len(data["edges"])
    page = open_map(offline_page, seed_site, "#from=2021-11-01&to=2021-11-30").page
    assert set(page.evaluate("window.dossierMap.shownEdges()")) == expected
    assert page.input_value("#map-from") == "2021-11-01" and page.input_value("#map-to") == "2021-11-30"
    page.locator("#map-filters summary").click()
    page.fill("#map-to", "")
    page.dispatch_event("#map-to", "change")
    assert "to=" not in page.url and "from=2021-11-01" in page.url


def degrees(data) -> Counter:
    count: Counter = Counter()
    for edge in data["edges"]:
        count[edge["from"]] += 1
        count[edge["to"]] += 1
    return count


def inside(point, box, top=None, bottom=None) -> bool:
    top = box["y"] if top is None else top
    bottom = box["y"] + box["height"] if bottom is None else bottom
    return box["x"] <= point["x"] <= box["x"] + box["width"] and top <= point["y"] <= bottom


def in_view(page, data) -> list[str]:
    stage = page.locator("#map-canvas").bounding_box()
    return [n["id"] for n in data["nodes"] if inside(node_point(page, n["id"]), stage)]


@pytest.mark.parametrize("size", SIZES)
def test_the_canvas_is_in_the_first_screen_and_starts_on_the_most_connected_actors_with_readable_labels(seed_site, offline_page, size):
    view = open_map(offline_page, seed_site, **SIZES[size])
    page = view.page
    height = SIZES[size]["viewport"]["height"]
    assert page.evaluate("window.scrollY") == 0
    stage = page.locator(".map-stage").bounding_box()
    assert stage["y"] >= 0 and stage["y"] + stage["height"] <= height, stage
    assert stage["height"] >= 0.6 * height - 200, "the canvas takes most of the first screen"
    start = page.evaluate(START_VIEW)
    assert start["labelPx"] >= 11, start
    data = map_data(seed_site / "map.html")
    shown = in_view(page, data)
    for actor, _count in degrees(data).most_common(3):
        assert actor in shown, f"{actor}, one of the most connected actors, is in the starting view"
    assert len(shown) >= (6 if size == "phone" else 15), shown
    assert view.errors == [] and view.blocked == []


@pytest.mark.parametrize("size", SIZES)
def test_labels_do_not_overlap_each_other_or_other_actors_at_the_starting_zoom(seed_site, offline_page, size):
    page = open_map(offline_page, seed_site, **SIZES[size]).page
    overlaps = page.evaluate(LABEL_OVERLAPS)
    assert overlaps["labelLabel"] == 0 and overlaps["labelNode"] == 0, overlaps


def test_on_a_desktop_the_panel_is_beside_the_canvas_and_the_header_and_main_column_line_up(seed_site, offline_page):
    view = open_map(offline_page, seed_site, **DESKTOP)
    page = view.page
    stage = page.locator(".map-stage").bounding_box()
    header, main = page.locator(".site-header").bounding_box(), page.locator("main").bounding_box()
    assert (header["x"], header["width"]) == (main["x"], main["width"])
    assert page.locator(".site-name").bounding_box()["x"] == page.locator(".actor-map h1").bounding_box()["x"]
    point = node_point(page, "abdollahian")
    page.mouse.click(point["x"], point["y"])
    panel = page.locator("#map-panel").bounding_box()
    assert page.locator("#map-panel-title").inner_text() == "Hossein Amir-Abdollahian"
    assert panel["x"] >= stage["x"] + stage["width"] and abs(panel["y"] - stage["y"]) < 1
    assert panel["y"] + panel["height"] <= 800 and panel["width"] >= 300
    assert page.locator(".map-stage").bounding_box() == stage, "opening the panel does not move the canvas"
    assert view.errors == []


def test_a_selected_actors_panel_lists_its_relations_grouped_by_type_with_their_passages(seed_site, offline_page):
    page = open_map(offline_page, seed_site, **DESKTOP).page
    data = map_data(seed_site / "map.html")
    own = [e for e in data["edges"] if "abdollahian" in (e["from"], e["to"])]
    page.fill("#map-search", "abdollahian")
    page.locator("#map-results button").first.click()
    panel = page.locator("#map-panel")
    headings = panel.locator(".map-panel-body h3").all_inner_texts()
    for kind in {e["relation"] for e in own}:
        assert any(h.lower().startswith(data["relations"][kind]) for h in headings), (kind, headings)
    assert len(headings) == len(
        {(e["relation"], e["from"] == "abdollahian" or not data["edgeStyles"][e["relation"]]["arrows"]["to"]["enabled"]) for e in own}
    )
    relations = panel.locator(".map-relations > li")
    assert relations.count() == len(own)
    for item in relations.all():
        assert item.locator(".map-passages li q").count() >= 1, item.inner_text()


@pytest.mark.parametrize("size", SIZES)
def test_a_searched_actor_is_centred_readable_and_visible_with_its_panel_and_the_rest_is_dimmed(seed_site, offline_page, size):
    view = open_map(offline_page, seed_site, **SIZES[size])
    page = view.page
    height = SIZES[size]["viewport"]["height"]
    page.fill("#map-search", "bayramov")
    page.locator("#map-results button").first.click()
    panel = page.locator("#map-panel")
    assert panel.is_visible() and page.locator("#map-panel-title").inner_text() == "Jeyhun Bayramov"
    stage, sheet = page.locator("#map-canvas").bounding_box(), panel.bounding_box()
    top, bottom = max(stage["y"], 0), min(stage["y"] + stage["height"], height)
    if size == "phone":
        bottom = min(bottom, sheet["y"])
        assert bottom - top >= 150, "the sheet leaves part of the map in view"
    point = node_point(page, "bayramov")
    assert inside(point, stage, top, bottom)
    assert abs(point["x"] - (stage["x"] + stage["width"] / 2)) <= 2 and abs(point["y"] - (top + bottom) / 2) <= 2, (point, top, bottom)
    assert page.evaluate(START_VIEW)["labelPx"] >= 11
    data = map_data(seed_site / "map.html")
    touching = {e["id"] for e in data["edges"] if "bayramov" in (e["from"], e["to"])}
    neighbours = {e["from"] for e in data["edges"] if e["id"] in touching} | {e["to"] for e in data["edges"] if e["id"] in touching}
    opacity = page.evaluate(OPACITIES)
    assert {n for n, o in opacity["nodes"].items() if o == 1} == neighbours
    assert all(o <= 0.25 for n, o in opacity["nodes"].items() if n not in neighbours)
    assert {e for e, o in opacity["edges"].items() if o == 1} == touching
    assert all(o <= 0.1 for e, o in opacity["edges"].items() if e not in touching)
    page.keyboard.press("Escape")
    opacity = page.evaluate(OPACITIES)
    assert set(opacity["nodes"].values()) == {1} and set(opacity["edges"].values()) == {1}, "closing the panel ends the dimming"
    assert view.errors == [] and view.blocked == []


def test_a_tap_beside_a_small_actor_picks_the_actor_not_the_line_under_the_finger(seed_site, offline_page):
    view = open_map(offline_page, seed_site, **PHONE)
    page = view.page
    data = map_data(seed_site / "map.html")
    by_id = {n["id"]: n for n in data["nodes"]}
    # a point 10 px from a small actor's centre, on one of its lines: outside its shape, on the line
    found = page.evaluate(
        """(candidates) => {
        const net = window.dossierMap.network, stage = document.getElementById('map-canvas');
        const free = (p) => p.x > 10 && p.x < stage.clientWidth - 10 && p.y > 60 && p.y < stage.clientHeight - 10;  // below the view buttons
        for (const [id, other] of candidates) {
            const a = net.canvasToDOM(net.getPositions([id])[id]), b = net.canvasToDOM(net.getPositions([other])[other]);
            const length = Math.hypot(b.x - a.x, b.y - a.y);
            for (const distance of [9, 10, 11]) {
                const point = {x: a.x + (b.x - a.x) * distance / length, y: a.y + (b.y - a.y) * distance / length};
                if (free(point) && net.getNodeAt(point) === undefined && net.getEdgeAt(point) !== undefined) return {id, point};
            }
        }
        return null;
    }""",
        [
            [e["from"], e["to"]]
            for e in data["edges"]
            if by_id[e["from"]]["size"] <= 13.5 and e["from"] in page.evaluate("window.dossierMap.shownNodes()")
        ],
    )
    assert found, "a small actor with a line leaving it"
    box = page.locator("#map-canvas").bounding_box()
    page.touchscreen.tap(box["x"] + found["point"]["x"], box["y"] + found["point"]["y"])
    assert page.locator("#map-panel-title").inner_text() == by_id[found["id"]]["label"]
    assert view.errors == []


FIRST_SCREEN_CONTROLS = "#map-search, #map-filters summary, .map-toolbar button, .map-status-row button:not([hidden])"


@pytest.mark.parametrize("size", SIZES)
def test_the_compact_toolbar_and_its_targets(seed_site, offline_page, size):
    page = open_map(offline_page, seed_site, **SIZES[size]).page
    sizes = page.evaluate(
        f"[...document.querySelectorAll('{FIRST_SCREEN_CONTROLS}')].map(n => n.getBoundingClientRect()).map(r => [r.width, r.height, r.bottom])"
    )
    assert len(sizes) >= 7 and all(w >= 24 and h >= 24 for w, h, _ in sizes), sizes
    assert page.locator(".map-filter-body").is_hidden()
    before = page.locator(".map-stage").bounding_box()
    page.locator("#map-filters summary").click()
    assert page.locator("input[name=kind]").first.is_visible()
    assert page.locator(".map-stage").bounding_box() == before, "the filters open over the map, not above it"
    page.keyboard.press("Escape")
    assert page.locator(".map-filter-body").is_hidden()
    page.locator("#map-filters summary").click()
    page.locator(".actor-map h1").click()
    assert page.locator(".map-filter-body").is_hidden(), "a click elsewhere closes the filters"


BAD_HASHES = [
    "#focus=%",
    "#report=%E0%A4%A",
    "#focus=__proto__",
    "#focus=constructor",
    "#focus=toString&report=hasOwnProperty",
    "#focus=nobody-at-all&report=no-such-report",
    "#kinds=nonsense&relations=%zz",
    "#from=2021-02-30&to=99999-01-01",
    "#from=2022-01-01&to=2021-01-01",
    "#from=0000-00-00&to=-1",
    "#=&&=&focus",
    "#%F0%9F%98%80=%F0%9F",
]


def test_bad_hashes_are_ignored_and_the_map_still_draws_without_errors(seed_site, offline_page):
    data = map_data(seed_site / "map.html")
    everyone = sorted(n["id"] for n in data["nodes"])
    for fragment in BAD_HASHES[:5]:
        view = open_map(offline_page, seed_site, fragment)
        page = view.page
        assert canvas_is_drawn(page), fragment
        assert sorted(page.evaluate("window.dossierMap.shownNodes()")) == everyone, fragment
        assert view.errors == [], (fragment, view.errors)
        view.close()
    view = open_map(offline_page, seed_site)
    page = view.page
    for fragment in BAD_HASHES:
        page.evaluate(
            """hash => new Promise(resolve => {
            const before = location.href;
            addEventListener('hashchange', () => resolve(), {once: true});  // after the map's own listener
            location.hash = hash;
            if (location.href === before) resolve();
        })""",
            fragment,
        )
        wait_until(page, "window.dossierMap.loading() === 0")
        assert sorted(page.evaluate("window.dossierMap.shownNodes()")) == everyone, fragment
        assert canvas_is_drawn(page), fragment
    page.evaluate("location.hash = '#focus=bayramov&from=2021-13-01'")
    wait_until(page, "window.dossierMap.shownNodes().length < 10")
    assert "Around Jeyhun Bayramov" in page.locator("#map-status").inner_text(), "the good part of a hash is kept"
    assert view.errors == [], view.errors


@pytest.mark.parametrize("size", SIZES)
def test_no_actor_is_drawn_under_the_view_buttons_at_the_start_or_after_fit(seed_site, offline_page, size):
    page = open_map(offline_page, seed_site, **SIZES[size]).page
    # an actor is drawn where its disc meets the canvas; the buttons must never cover such a disc
    under_buttons = """() => {
        const net = window.dossierMap.network, canvas = document.getElementById('map-canvas').getBoundingClientRect();
        const bar = document.querySelector('.map-toolbar').getBoundingClientRect();
        const meets = (x, y, r, box) => x + r > box.left && x - r < box.right && y + r > box.top && y - r < box.bottom;
        return window.dossierMap.shownNodes().filter(id => {
            const n = net.body.nodes[id], p = net.canvasToDOM({x: n.x, y: n.y}), r = n.options.size * net.getScale();
            const x = canvas.left + p.x, y = canvas.top + p.y;
            return meets(x, y, r, bar) && meets(x, y, r, canvas);
        });
    }"""
    assert page.evaluate(under_buttons) == [], "at the start view"
    page.locator(".map-toolbar [data-action=fit]").click()
    assert page.evaluate(under_buttons) == [], "after Fit"
