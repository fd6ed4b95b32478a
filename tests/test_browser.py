"""The seed site in headless Chromium from file://, with the network blocked."""

from __future__ import annotations

from test_site import REPORT_DIR


def has_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth > window.innerWidth")


def test_next_links_walk_the_whole_report_without_errors(seed_site, offline_page):
    view = offline_page(viewport={"width": 1280, "height": 900})
    page = view.page
    page.goto((seed_site / REPORT_DIR / "index.html").as_uri())
    visited = [page.url.rsplit("/", 1)[-1]]
    while page.locator("a[rel=next]").count():
        page.locator("a[rel=next]").click()
        page.wait_for_load_state()
        visited.append(page.url.rsplit("/", 1)[-1])
        assert page.locator("h1").count() == 1
    assert len(visited) == 8 and visited[0] == "index.html" and visited[-1] == "notes.html"
    assert len(set(visited)) == len(visited)
    assert view.errors == [] and view.blocked == []


def test_no_page_scrolls_sideways_on_a_360_px_phone(seed_site, offline_page):
    view = offline_page(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = view.page
    pages = [seed_site / "index.html", seed_site / "timeline.html", *sorted((seed_site / REPORT_DIR).glob("*.html"))]
    pages += sorted((seed_site / "speakers").glob("*.html"))
    for path in pages:
        page.goto(path.as_uri())
        assert not has_sideways_scroll(page), f"{path.name} scrolls sideways at 360 px"
    assert view.errors == [] and view.blocked == []


def test_without_javascript_a_note_reference_jumps_to_its_note_and_back(seed_site, offline_page):
    view = offline_page(viewport={"width": 1000, "height": 800}, java_script_enabled=False)
    page = view.page
    page.goto((seed_site / REPORT_DIR / "iranian-army-ground-forces-commander-kioumars.html").as_uri())
    page.locator("sup.note-ref a").first.click()
    assert page.url.endswith("#note-4")
    assert page.locator("#note-4").is_visible()
    page.locator("#note-4 a.backref").click()
    assert page.url.endswith("#cite-4-1")
    assert page.evaluate("document.getElementById('cite-4-1').getBoundingClientRect().top") < 800


def test_the_offline_guard_blocks_and_records_remote_requests(tmp_path, offline_page):
    page_file = tmp_path / "remote.html"
    page_file.write_text('<!DOCTYPE html><title>t</title><img src="https://example.org/x.png" alt="">', encoding="utf-8")
    view = offline_page()
    view.page.goto(page_file.as_uri())
    view.page.wait_for_load_state("load")
    assert view.blocked == ["https://example.org/x.png"]
