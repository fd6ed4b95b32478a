"""Speaker pages in headless Chromium from file://: statement links land on a highlighted paragraph, and note cards work there too."""

from __future__ import annotations

import io
import unicodedata

from axe_playwright_python.sync_playwright import Axe
from conftest import build_seed_plus
from playwright.sync_api import expect
from test_cards import CLOSE_DELAY_MS, OPEN_DELAY_MS, box, card, goto_with_paused_clock, in_viewport, scroll_into_view, settled, sideways

SPEAKER = "speakers/abdollahian.html"
SLUG = "irans-defeat-in-the-second-nagorno-karabakh-war-part-iii"
FIRST_REF = f"cite-{SLUG}-6-1"  # the first statement (October 2, 2021) is sourced by note 6


def open_speaker(offline_page, site, clock=False, **options):
    options.setdefault("viewport", {"width": 1000, "height": 800})
    view = offline_page(**options)
    url = (site / SPEAKER).as_uri()
    if clock:
        goto_with_paused_clock(view.page, url)
    else:
        view.page.goto(url)
    return view


def ref(page):
    return page.locator(f"[id='{FIRST_REF}']")


def test_a_statement_link_opens_its_paragraph_in_the_report_highlighted(seed_site, offline_page):
    view = open_speaker(offline_page, seed_site)
    page = view.page
    first = page.locator("li.statement").first
    quote = first.locator("blockquote").inner_text().strip()[:60]
    first.locator(".statement-source a").click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and "#p-" in page.url
    target = page.locator(":target")
    assert target.count() == 1
    assert quote.strip('"“') in target.inner_text()
    background = target.evaluate("element => getComputedStyle(element).backgroundColor")
    page_background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent", page_background)
    assert in_viewport(page, target.first) or box(target)["y"] < page.viewport_size["height"]
    assert view.errors == [] and view.blocked == []


def test_on_a_speaker_page_hover_opens_the_card_and_it_stays_while_moving_onto_it(seed_site, offline_page):
    view = open_speaker(offline_page, seed_site, clock=True)
    page = view.page
    scroll_into_view(ref(page))
    ref(page).hover()
    page.clock.run_for(OPEN_DELAY_MS - 1)
    assert not card(page).is_visible(), "the card must wait 150 ms before opening"
    page.clock.run_for(1)
    assert card(page).is_visible()
    assert card(page).locator(".note-card-source").inner_text() == "ISNA (Iran) · October 2, 2021"
    settled(page)
    card(page).hover()
    page.clock.run_for(CLOSE_DELAY_MS * 2)
    assert card(page).is_visible(), "the card is hoverable"
    page.mouse.move(5, 5)
    page.clock.run_for(CLOSE_DELAY_MS - 1)
    assert card(page).is_visible(), "the card must wait 300 ms before closing"
    page.clock.run_for(1)
    assert not card(page).is_visible()
    assert view.errors == [] and view.blocked == []


def test_on_a_speaker_page_focus_enter_tab_and_escape(seed_site, offline_page):
    view = open_speaker(offline_page, seed_site)
    page = view.page
    url = page.url
    page.focus(f"[id='{FIRST_REF}']")
    assert card(page).is_visible()
    page.keyboard.press("Enter")
    assert page.url == url
    assert page.evaluate("document.querySelector('.note-card').contains(document.activeElement)")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "note-card-close"
    page.keyboard.press("Escape")
    assert not card(page).is_visible()
    assert page.evaluate("document.activeElement.id") == FIRST_REF
    assert view.errors == []


def test_on_a_speaker_page_a_tap_on_a_phone_opens_the_bottom_sheet_fully_on_screen(seed_site, offline_page):
    view = open_speaker(offline_page, seed_site, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = view.page
    url = page.url
    ref(page).scroll_into_view_if_needed()
    ref(page).tap()
    sheet = card(page)
    expect(sheet).to_be_visible()
    assert "note-card--sheet" in sheet.get_attribute("class")
    assert page.url == url
    assert in_viewport(page, sheet)
    assert box(sheet)["height"] <= page.viewport_size["height"] / 2 + 1
    assert box(ref(page))["y"] + box(ref(page))["height"] <= box(sheet)["y"]
    assert not sideways(page)
    assert view.errors == [] and view.blocked == []


def test_on_a_speaker_page_without_javascript_the_reference_goes_to_the_note_and_back(seed_site, offline_page):
    page = open_speaker(offline_page, seed_site, java_script_enabled=False).page
    ref(page).click()
    assert page.url.endswith(f"#note-{SLUG}-6")
    page.locator(f"[id='note-{SLUG}-6'] a.backref").click()
    assert page.url.endswith(f"#{FIRST_REF}")


def test_a_speaker_page_prints_every_note_once_and_no_card(seed_site, offline_page):
    from pypdf import PdfReader

    page = open_speaker(offline_page, seed_site).page
    page.focus(f"[id='{FIRST_REF}']")
    page.keyboard.press("Enter")
    notes = page.locator(".page-notes .note-text").all_inner_texts()
    pdf = PdfReader(io.BytesIO(page.pdf()))
    text = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text().split()) for p in pdf.pages))
    assert len(notes) == 7
    for note in notes:
        assert text.count(" ".join(note.split())[:40]) == 1, note
    assert "Close note" not in text


def test_axe_finds_no_violations_on_speaker_pages_with_an_open_card(seed_site, offline_page):
    for name in (SPEAKER, "speakers/index.html", "timeline.html"):
        for scheme in ("light", "dark"):
            view = offline_page(viewport={"width": 1000, "height": 800}, color_scheme=scheme)
            page = view.page
            page.goto((seed_site / name).as_uri())
            if page.locator(".timeline-entry summary").count():
                page.locator(".timeline-entry summary").first.click()  # the timeline's entries start folded
            if page.locator("sup.note-ref a").count():
                page.locator("sup.note-ref a").first.focus()
                page.keyboard.press("Enter")
                assert card(page).is_visible()
            assert view.errors == []  # checked before axe, whose own stylesheet requests file: refuses
            results = Axe().run(page)
            assert results.violations_count == 0, f"{name} ({scheme}): {results.generate_report()}"


MISSING_NOTE_REPORT = """+++
title = "Baku Replies"
date = 2022-02-01
slug = "baku-replies"
+++

On January 20, 2022, Bayramov told reporters: "Our door stays open to our neighbours in the south."[^7]
"""


def test_on_a_speaker_page_a_statement_whose_note_is_missing_gets_a_card_that_says_so(tmp_path_factory, offline_page):
    output, messages = build_seed_plus(tmp_path_factory.mktemp("missing-note"), {"baku-replies.md": MISSING_NOTE_REPORT})
    warnings = [line for line in messages.splitlines() if "note 7 is cited but never defined" in line]
    assert len(warnings) == 1 and "baku-replies.md:7:" in warnings[0]
    view = offline_page(viewport={"width": 1000, "height": 800})
    page = view.page
    page.goto((output / "speakers" / "bayramov.html").as_uri())
    page.focus("[id='cite-baku-replies-7-1']")
    assert "does not define it" in card(page).inner_text()
    assert view.errors == [] and view.blocked == []
