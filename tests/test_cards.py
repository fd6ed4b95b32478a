"""Footnote cards in headless Chromium from file://, every non-file request blocked."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import shared_build, wait_until
from playwright.sync_api import expect
from test_site import REPORT_DIR

FILLER = "\n\n".join(f"Filler paragraph {n} that keeps the notes of this page well below the first screen of text." for n in range(40))
FIXTURE = f"""+++
title = "Card Fixture"
date = 2024-05-01
slug = "card-fixture"
+++

The introduction cites a source.[^2]

## Long Section

The first claim of the long section.[^2]

A second claim cites the same source again[^2] and a statement.[^3] This one cites nothing that exists.[^9]

{FILLER}

## Short Section

A short paragraph.[^4]

[^2]: Fars (Iran), March 2, 2024, <https://example.org/fars-article>.

[^3]: See [the ministry's statement](https://example.org/statement), March 3, 2024.

[^4]: Mehr (Iran), March 4, 2024.
"""


@pytest.fixture(scope="session")
def card_site(tmp_path_factory):
    return shared_build(tmp_path_factory, {"card-fixture.md": FIXTURE})


# cards.js: a hovered reference opens its card after OPEN_DELAY_MS (longer while the page scrolls); the card
# closes CLOSE_DELAY_MS after the pointer has left both it and its reference.
OPEN_DELAY_MS = 150
CLOSE_DELAY_MS = 300
START = 1_700_000_000_000  # any fixed instant, in ms since the epoch


def open_page(offline_page, card_site, name="long-section.html", report="reports/card-fixture", clock=False, **options):
    options.setdefault("viewport", {"width": 1000, "height": 800})
    view = offline_page(**options)
    url = (card_site[0] / report / name).as_uri()
    if clock:
        goto_with_paused_clock(view.page, url)
    else:
        view.page.goto(url)
    return view


def goto_with_paused_clock(page, url: str) -> None:
    """Open the page with its clock (Date, setTimeout, requestAnimationFrame, performance.now) faked from before its
    scripts run, then stopped: time moves only by page.clock.run_for, so a delay is measured exactly, however busy
    the machine."""
    page.clock.install(time=START)
    page.goto(url)
    page.clock.pause_at(START + 3_600_000)


def scroll_into_view(locator) -> None:
    """Scroll the element to the middle of the window and wait for the page's scroll event, so the cards script has
    noted the scroll before the test hovers (a scroll event arriving later would restart the opening delay)."""
    locator.evaluate(
        """element => new Promise(resolve => {
        const before = window.scrollY;
        element.scrollIntoView({block: 'center'});
        if (window.scrollY === before) resolve();
        else addEventListener('scroll', () => resolve(), {once: true});
    })"""
    )


def card(page):
    return page.locator(".note-card")


def box(locator):
    return locator.bounding_box()


def settled(page) -> None:
    """Wait until the card's opening animation has finished, so its box is where it will stay."""
    wait_until(page, "document.getAnimations().every(a => a.playState !== 'running')")


def in_viewport(page, locator) -> bool:
    settled(page)
    rect, size = box(locator), page.viewport_size
    return (
        rect["x"] >= 0 and rect["y"] >= 0 and rect["x"] + rect["width"] <= size["width"] + 0.5 and rect["y"] + rect["height"] <= size["height"] + 0.5
    )


def sideways(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")


def test_hover_opens_after_a_short_delay_and_shows_outlet_and_date(offline_page, card_site):
    view = open_page(offline_page, card_site, "irans-diplomatic-efforts-with-azerbaijan.html", report=REPORT_DIR, clock=True)
    page = view.page
    ref = page.locator("#cite-6-1")
    scroll_into_view(ref)
    ref.hover()
    page.clock.run_for(OPEN_DELAY_MS - 1)
    assert not card(page).is_visible(), "the card must wait 150 ms before opening"
    page.clock.run_for(1)
    assert card(page).is_visible()
    assert card(page).locator(".note-card-title").inner_text() == "Note 6"
    assert card(page).locator(".note-card-source").inner_text() == "ISNA (Iran) · October 2, 2021"
    assert "ISNA" not in card(page).inner_text().replace("ISNA (Iran) · October 2, 2021", "", 1), "the card shows the note once"
    assert card(page).get_attribute("role") == "dialog"
    assert page.locator("[role=tooltip]").count() == 0
    assert in_viewport(page, card(page))
    assert view.errors == [] and view.blocked == []


def test_the_card_stays_while_the_pointer_moves_onto_it_and_closes_after_leaving_both(offline_page, card_site):
    page = open_page(offline_page, card_site, clock=True).page
    ref = page.locator("#cite-3-1")
    scroll_into_view(ref)
    ref.hover()
    page.clock.run_for(OPEN_DELAY_MS)
    assert card(page).is_visible()
    settled(page)
    card_box = box(card(page))
    page.mouse.move(card_box["x"] + card_box["width"] / 2, card_box["y"] + card_box["height"] / 2, steps=5)
    page.clock.run_for(CLOSE_DELAY_MS * 2)
    assert card(page).is_visible(), "the card must be hoverable"
    page.mouse.move(2, 2, steps=3)
    page.clock.run_for(CLOSE_DELAY_MS - 1)
    assert card(page).is_visible(), "the card must wait 300 ms before closing, so the pointer can cross over to it"
    page.clock.run_for(1)
    assert not card(page).is_visible()


def test_scrolling_does_not_open_cards_under_the_pointer(offline_page, card_site):
    page = open_page(offline_page, card_site, clock=True).page
    ref = page.locator("#cite-3-1")
    scroll_into_view(ref)
    ref_box = box(ref)
    page.mouse.move(ref_box["x"] - 300, ref_box["y"])
    page.evaluate("addEventListener('scroll', () => { window.lastScrollEventAt = window.scrollY; })")
    target = page.evaluate("window.scrollY") + 160
    for _ in range(4):
        page.mouse.wheel(0, 40)
    # the wheel's scrolling is over and its last scroll event has reached the page's listeners
    wait_until(page, f"window.scrollY === {target} && window.lastScrollEventAt === {target}")
    page.evaluate("window.dispatchEvent(new Event('scroll'))")
    page.hover("#cite-3-1")
    page.clock.run_for(50)
    page.evaluate("window.dispatchEvent(new Event('scroll'))")
    page.clock.run_for(OPEN_DELAY_MS - 1)
    assert not card(page).is_visible(), "a scroll during the delay must hold the card back until the page has been still for 150 ms"
    page.clock.run_for(OPEN_DELAY_MS)
    assert card(page).is_visible(), "once the page is still the card opens"


def test_keyboard_focus_shows_enter_pins_tab_reaches_links_and_escape_returns_focus(offline_page, card_site):
    view = open_page(offline_page, card_site)
    page = view.page
    page.focus("#cite-3-1")
    assert card(page).is_visible()
    assert page.evaluate("document.activeElement.id") == "cite-3-1"
    assert page.get_attribute("#cite-3-1", "aria-describedby") == "note-card-body"
    page.keyboard.press("Enter")
    assert page.url.endswith("long-section.html"), "Enter must pin the card, not follow the link"
    assert page.evaluate("document.querySelector('.note-card').contains(document.activeElement)")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "note-card-close"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.href") == "https://example.org/statement"
    page.keyboard.press("Escape")
    assert not card(page).is_visible()
    assert page.evaluate("document.activeElement.id") == "cite-3-1"
    assert view.errors == [] and view.blocked == []


def test_a_note_cited_several_times_says_so_with_links(offline_page, card_site):
    page = open_page(offline_page, card_site).page
    page.focus("#cite-2-3")
    text = card(page).locator(".note-card-body").inner_text()
    assert "Cited 3 times" in text
    hrefs = card(page).locator(".note-cited a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert hrefs == ["index.html#cite-2-1", "#cite-2-2", "#cite-2-3"]
    assert card(page).locator("a[href='https://example.org/fars-article']").count() == 1


def test_a_missing_note_gets_a_card_that_says_so_and_one_build_warning(offline_page, card_site):
    page = open_page(offline_page, card_site).page
    page.focus("#cite-9-1")
    assert "does not define it" in card(page).inner_text()
    warnings = [line for line in card_site[1].splitlines() if "card-fixture.md" in line and "note 9" in line]
    assert warnings == ["warning: " + re.sub(r"^warning: ", "", warnings[0])] and len(warnings) == 1
    assert "note 9 is cited but never defined" in warnings[0]


def test_a_tap_on_a_phone_opens_a_bottom_sheet_that_leaves_the_reference_visible(offline_page, card_site):
    view = open_page(offline_page, card_site, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = view.page
    url = page.url
    ref = page.locator("#cite-3-1")
    ref.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, window.innerHeight * 0.4)")
    ref.tap()
    sheet = card(page)
    expect(sheet).to_be_visible()
    assert "note-card--sheet" in sheet.get_attribute("class")
    assert page.url == url, "a tap must not jump to the note"
    assert in_viewport(page, sheet)
    assert box(sheet)["height"] <= page.viewport_size["height"] / 2 + 1
    assert box(ref)["y"] + box(ref)["height"] <= box(sheet)["y"], "the sheet must not cover the reference"
    assert not sideways(page)
    page.locator("h1").tap()
    expect(sheet, "tapping outside closes the sheet").to_be_hidden()
    assert view.errors == [] and view.blocked == []


def test_back_closes_the_bottom_sheet_without_leaving_the_page(offline_page, card_site):
    page = open_page(offline_page, card_site, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True).page
    url = page.url
    page.locator("#cite-3-1").tap()
    expect(card(page)).to_be_visible()
    page.evaluate("history.back()")
    expect(card(page)).to_be_hidden()
    assert page.url == url


@pytest.mark.parametrize("viewport", [{"width": 320, "height": 640}, {"width": 320, "height": 200}])
def test_the_card_stays_on_screen_at_320_px_and_at_400_percent_zoom(offline_page, card_site, viewport):
    page = open_page(offline_page, card_site, viewport=viewport).page
    ref = page.locator("#cite-2-3")
    ref.scroll_into_view_if_needed()
    page.focus("#cite-2-3")
    expect(card(page)).to_be_visible()
    assert in_viewport(page, card(page)) and not sideways(page)


def test_the_popover_flips_above_near_the_bottom_and_clamps_at_the_right_edge(offline_page, card_site):
    page = open_page(offline_page, card_site, viewport={"width": 700, "height": 600}).page
    ref = page.locator("#cite-2-3")
    ref_top = page.evaluate("document.getElementById('cite-2-3').getBoundingClientRect().top + window.scrollY")
    page.set_viewport_size({"width": 700, "height": int(ref_top) + 40})
    page.evaluate("window.scrollTo(0, 0)")
    page.focus("#cite-2-3")
    expect(card(page)).to_be_visible()
    assert box(card(page))["y"] + box(card(page))["height"] <= box(ref)["y"] + 1, "the card must open above"
    assert in_viewport(page, card(page)) and not sideways(page)


def test_a_note_already_on_screen_is_highlighted_instead(offline_page, card_site):
    page = open_page(offline_page, card_site, "short-section.html", clock=True).page
    page.hover("#cite-4-1")
    page.clock.run_for(OPEN_DELAY_MS * 4)
    assert not card(page).is_visible()
    assert "note-flash" in page.get_attribute("#note-4", "class")


def test_without_javascript_a_reference_is_a_link_to_its_note_and_back(offline_page, card_site):
    page = open_page(offline_page, card_site, java_script_enabled=False).page
    page.click("#cite-3-1")
    assert page.url.endswith("#note-3")
    page.click("#note-3 a.backref")
    assert page.url.endswith("#cite-3-1")


def test_print_shows_no_card_and_every_note_once(offline_page, card_site):
    from pypdf import PdfReader

    page = open_page(offline_page, card_site).page
    page.focus("#cite-3-1")
    page.keyboard.press("Enter")
    assert card(page).is_visible()
    pdf = PdfReader(io.BytesIO(page.pdf()))
    text = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text().split()) for p in pdf.pages))
    for note in ("See the ministry's statement, March 3, 2024.", "does not define it"):
        assert text.count(note) == 1, note
    assert "Close note" not in text and "×" not in text


def test_axe_finds_no_violations_with_an_open_card(offline_page, card_site):
    for scheme in ("light", "dark"):
        page = open_page(offline_page, card_site, color_scheme=scheme).page
        page.focus("#cite-2-3")
        page.keyboard.press("Enter")
        assert card(page).is_visible()
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
