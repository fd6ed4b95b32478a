"""The reading experience (issue 15): notes in number order, phone-sized tap targets, the overview, the speaker page.

A second report is built beside the seed: it has no date, its notes skip numbers,
one note is a web address and one names no outlet, and its section heading quotes a speaker.
"""

from __future__ import annotations

import pytest
from conftest import shared_build
from site_checks import soup
from test_site import REPORT_DIR

UNDATED = """+++
title = "An Undated Paper On Sources"
slug = "undated-notes"
date = "unknown"
summary = "A short paper whose notes skip numbers and cite web pages."
+++

The paper starts here.[^1] It goes on.[^3]

## Foreign Minister Hossein Amir-Abdollahian: "We Are Very Sensitive To Geopolitical Issues And Will Not Accept Any Change To The Borders"

Foreign Minister Hossein Amir-Abdollahian said on October 3, 2021: "We are very sensitive to geopolitical issues and to the borders of the region."[^5]

[^1]: https://www.president.ir/fa/131234?a=1&b=2
[^3]: Tasnim (Iran), October 5, 2021. The minister said this in a speech.
[^5]: , October 3, 2021.
"""


@pytest.fixture(scope="module")
def reading_site(tmp_path_factory):
    return shared_build(tmp_path_factory, {"undated-notes.md": UNDATED})[0]  # the same site as test_reading_pages'


def note_items(page):
    return [(li.get("id"), " ".join(li.select_one(".note-text").get_text().split())) for li in page.select("ol.notes-all > li")]


def test_the_notes_page_lists_notes_in_number_order_with_the_skipped_numbers_in_place(reading_site):
    items = note_items(soup(reading_site / "reports/undated-notes/notes.html"))
    assert [key for key, _ in items] == ["note-1", None, "note-3", None, "note-5"]
    assert items[1][1] == "The report has no note 2: its numbering skips it."
    assert items[3][1] == "The report has no note 4: its numbering skips it."


def test_a_note_shows_its_outlet_and_date_picked_out_and_a_web_address_its_domain(reading_site):
    page = soup(reading_site / "reports/undated-notes/notes.html")
    assert page.select_one("#note-1 .note-outlet").get_text() == "president.ir"
    link = page.select_one("#note-1 a.note-url")
    assert link["href"] == "https://www.president.ir/fa/131234?a=1&b=2"
    assert page.select_one("#note-3 .note-outlet").get_text() == "Tasnim (Iran)"
    assert page.select_one("#note-3 time.note-date")["datetime"] == "2021-10-05"
    assert page.select_one("#note-3 .note-rest").get_text() == "The minister said this in a speech."
    unnamed = page.select_one("#note-5 .note-text").get_text()
    assert unnamed == "Outlet not named, October 3, 2021."


def test_a_report_without_a_date_says_date_unknown_and_is_listed_last(reading_site):
    home = soup(reading_site / "index.html")
    cards = home.select(".report-card")
    assert [c.h2.get_text() for c in cards][-1] == "An Undated Paper On Sources"
    assert cards[-1].select_one(".report-meta").get_text().strip() == "date unknown"
    for name in ("index.html", "notes.html"):
        meta = soup(reading_site / "reports/undated-notes" / name).select_one(".report-meta")
        assert "date unknown" in meta.get_text(), name
        assert meta.find("time") is None


def open_card(offline_page, site, viewport, tap):
    view = offline_page(viewport=viewport, has_touch=tap, is_mobile=tap)
    page = view.page
    page.goto((site / REPORT_DIR / "irans-diplomatic-efforts-with-azerbaijan.html").as_uri())
    ref = page.locator("#cite-6-1")
    ref.scroll_into_view_if_needed()
    ref.tap() if tap else ref.focus()
    card = page.locator("#note-card")
    card.wait_for(state="visible")
    return view, card


@pytest.mark.parametrize("tap", [False, True], ids=["desktop", "phone"])
def test_a_card_shows_the_note_once_with_its_outlet_and_date_as_its_head_line(offline_page, reading_site, tap):
    viewport = {"width": 360, "height": 740} if tap else {"width": 1280, "height": 800}
    view, card = open_card(offline_page, reading_site, viewport, tap)
    assert card.locator(".note-card-source").inner_text() == "ISNA (Iran) · October 2, 2021"
    assert card.locator(".note-card-source .note-outlet").evaluate("n => getComputedStyle(n).fontWeight") == "600"
    assert card.inner_text().count("ISNA") == 1
    assert card.inner_text().count("2021") == 1
    assert view.errors == [] and view.blocked == []


# --- phone details -------------------------------------------------------------------------------

PHONE = {"width": 360, "height": 740}
SECTION = f"{REPORT_DIR}/irans-diplomatic-efforts-with-azerbaijan.html"
PAGES = {
    "overview": f"{REPORT_DIR}/index.html",
    "section": SECTION,
    "notes": f"{REPORT_DIR}/notes.html",
    "speaker": "speakers/abdollahian.html",
    "speakers index": "speakers/index.html",
    "timeline": "timeline.html",
    "map": "map.html",
    "search": "search.html",
}
# the reference links, paragraph links and back links at their normal size, to compare the text's layout with
WITHOUT_HIT_AREAS = (
    ".note-ref a, .permalink, .backref { display: inline !important; min-width: 0 !important; min-height: 0 !important;"
    " margin: 0 !important; line-height: inherit !important }"
)
SIZES = """sel => [...document.querySelectorAll(sel)].filter(n => n.getClientRects().length).map(n => {
  const r = n.getBoundingClientRect(); return [n.textContent.trim().slice(0, 20), r.width, r.height]; })"""


def phone_page(offline_page, site, path, **options):
    view = offline_page(viewport=PHONE, has_touch=True, is_mobile=True, **options)
    view.page.goto((site / path).as_uri())
    return view


def test_note_references_paragraph_links_and_back_links_are_24_px_targets_that_leave_the_text_where_it_was(offline_page, seed_site):
    view = phone_page(offline_page, seed_site, SECTION, bypass_csp=True)
    page = view.page
    for selector, expected in (("sup.note-ref a", 5), (".report-body .permalink", 13), (".page-notes .backref", 5)):
        sizes = page.evaluate(SIZES, selector)
        assert len(sizes) == expected, selector
        small = [size for size in sizes if size[1] < 24 or size[2] < 24]
        assert small == [], (selector, small)
    layout = (
        "[document.documentElement.scrollHeight, ...[...document.querySelectorAll('main p, main li')].map(n => n.getBoundingClientRect().height)]"
    )
    before = page.evaluate(layout)
    page.add_style_tag(content=WITHOUT_HIT_AREAS)
    assert page.evaluate(SIZES, "sup.note-ref a")[0][2] < 24, "the override must reach the reference links"
    assert page.evaluate(layout) == before, "the larger targets must not move the text"


def test_a_paragraph_link_stays_visible_after_a_tap(offline_page, seed_site):
    page = phone_page(offline_page, seed_site, SECTION).page
    permalink = page.locator("#p-28 .permalink")
    permalink.scroll_into_view_if_needed()
    permalink.tap()
    assert page.evaluate("location.hash") == "#p-28"
    page.locator("#p-30").scroll_into_view_if_needed()
    page.tap("h1")  # a tap elsewhere: the paragraph is still the target, and its link still shows
    assert permalink.evaluate("n => getComputedStyle(n).opacity") == "1"


# the paragraphs whose mark '¶' stands lower than their text's last line (a line of its own that looks blank until
# hovered), for each width of the text column given (some width fills a last line to the brim), or, given null, at the
# column's width as the window sets it
MARKS_BELOW_THE_TEXT = """(widths) => { const body = document.querySelector('.report-body'); const lonely = [];
  for (const width of widths) {
    if (width !== null) body.style.width = width + 'px';
    for (const p of body.querySelectorAll('p')) {
      const mark = p.querySelector(':scope > .permalink'); const text = mark && mark.previousSibling;
      if (!text || text.nodeType !== Node.TEXT_NODE || !text.textContent.trim()) continue;
      const range = document.createRange(); const end = text.textContent.trimEnd().length; range.setStart(text, end - 1); range.setEnd(text, end);
      const last = range.getBoundingClientRect(); const box = mark.getBoundingClientRect();
      if (box.top + box.height / 2 > last.bottom + 1) lonely.push([width ?? window.innerWidth, p.id]);
    } }
  return lonely; }"""
COLUMN_WIDTHS = list(range(480, 705, 2))


def test_on_a_desktop_a_paragraphs_mark_never_wraps_onto_a_line_of_its_own(offline_page, seed_site):
    view = offline_page(viewport={"width": 1280, "height": 800})
    view.page.goto((seed_site / SECTION).as_uri())
    assert view.page.evaluate(MARKS_BELOW_THE_TEXT, COLUMN_WIDTHS) == []
    assert view.page.evaluate("document.documentElement.scrollWidth") == 1280  # the mark hangs in the margin, the page no wider


def test_in_a_narrow_window_with_a_mouse_a_paragraphs_mark_never_wraps_onto_a_line_of_its_own(offline_page, seed_site):
    """Where a mouse hovers the mark is hidden until hovered, so a line of its own looks blank (nu35's gap at 360 px)."""
    page = offline_page(viewport=PHONE).page
    page.goto((seed_site / SECTION).as_uri())
    lonely, wider = [], []
    for width in range(320, 800, 12):
        page.set_viewport_size({"width": width, "height": 740})
        lonely += page.evaluate(MARKS_BELOW_THE_TEXT, [None])  # the column as the window sets it, no width forced
        if page.evaluate("document.documentElement.scrollWidth") > width:
            wider.append(width)
    assert lonely == []
    assert wider == []  # the mark hangs into the page's padding, the page no wider


@pytest.mark.parametrize("kind", list(PAGES))
def test_the_header_is_one_line_at_360_px_with_a_menu_and_the_breadcrumbs_do_not_wrap(offline_page, seed_site, kind):
    view = phone_page(offline_page, seed_site, PAGES[kind])
    page = view.page
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 64, header
    tops = page.evaluate(
        "[...document.querySelectorAll('.site-name, .site-search-link, .site-menu summary')].map(n => n.getBoundingClientRect()).map(r => [r.top, r.height])"
    )
    assert len(tops) == 3 and all(top + height <= header["y"] + header["height"] for top, height in tops)
    assert page.locator(".site-links").is_hidden()
    for size in page.evaluate(SIZES, ".site-header a, .site-header summary, .breadcrumbs a"):
        assert size[1] >= 24 and size[2] >= 24, size
    if page.locator(".breadcrumbs").count():
        assert page.locator(".breadcrumbs").bounding_box()["height"] <= 30
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.tap(".site-menu summary")
    menu = page.locator(".site-menu ul")
    assert menu.is_visible()
    assert menu.locator("a").all_inner_texts() == ["Reports", "Speakers", "Timeline", "Map"]
    assert page.locator(".site-header").bounding_box()["height"] == header["height"], "the open menu lies over the page"
    assert view.errors == [] and view.blocked == []


def test_the_desktop_header_lists_every_link_on_one_line(offline_page, seed_site):
    view = offline_page(viewport={"width": 1280, "height": 800})
    page = view.page
    page.goto((seed_site / SECTION).as_uri())
    assert page.locator(".site-links a").all_inner_texts() == ["Reports", "Speakers", "Timeline", "Map", "Search"]
    assert page.locator(".site-menu").is_hidden() and page.locator(".site-search-link").is_hidden()
    assert page.locator(".site-header").bounding_box()["height"] <= 64


# --- the overview ----------------------------------------------------------------------------------

OVERVIEW = f"{REPORT_DIR}/index.html"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_on_a_phone_the_overview_shows_title_lede_and_start_reading_in_the_first_screen(offline_page, seed_site, scheme):
    view = phone_page(offline_page, seed_site, OVERVIEW, color_scheme=scheme)
    page = view.page
    for selector in (".report-meta", "h1", ".report-header .authors", ".lede", ".start-link"):
        box = page.locator(selector).bounding_box()
        assert box["y"] + box["height"] <= PHONE["height"], (selector, box)
    start = page.locator(".start-link").bounding_box()
    assert start["height"] >= 40 and start["width"] >= 120, "a prominent link, not a line of text"
    assert page.locator(".lede").inner_text().startswith("Iran's show of strength")
    page.tap(".start-link")
    assert page.evaluate("location.hash") == "#introduction-heading"
    assert view.errors == [] and view.blocked == []


def test_the_lede_is_the_first_paragraph_once_and_the_introduction_goes_on_after_it(seed_site):
    page = soup(seed_site / OVERVIEW)
    assert page.select_one(".lede #p-1") is not None
    assert len(page.select("#p-1")) == 1
    intro = page.select_one(".introduction")
    assert intro.find("p")["id"] == "p-2"
    assert "Iran's show of strength" not in intro.get_text()


def test_the_contents_are_short_lines_with_reading_times_and_speaker_headings_shortened(seed_site, offline_page):
    page = soup(seed_site / OVERVIEW)
    rows = page.select(".overview-contents li")
    titles = [row.a.get_text() for row in rows]
    assert titles[0] == "Introduction" and titles[-1] == "Notes"
    assert "Kioumars Heydari: “Truck Traffic From Azerbaijan To Iran…”" in titles
    assert all(len(title) <= 72 for title in titles), titles
    assert [row.select_one(".minutes").get_text() for row in rows][-1] == "14 notes"
    assert all(row.select_one(".minutes").get_text().endswith(" min") for row in rows[:-1])
    assert len(page.select(".overview-contents ol ol")) == 0, "sub-sections are listed on their section's page"
    # the full heading is on the section page
    heydari = next(row.a["href"] for row in rows if row.a.get_text().startswith("Kioumars"))
    h1 = soup(seed_site / REPORT_DIR / heydari).h1.get_text()
    assert h1.startswith('Iranian Army Ground Forces Commander Kioumars Heydari: "Truck Traffic') and h1.endswith('Peace"')
    # at 360 px every contents line is at most two lines of text
    view = phone_page(offline_page, seed_site, OVERVIEW)
    heights = view.page.evaluate("[...document.querySelectorAll('.overview-contents li a')].map(a => a.getClientRects().length)")
    assert max(heights) <= 2, heights


def test_key_speakers_are_a_short_row_of_links_with_counts_and_the_rest_below_the_introduction(seed_site, offline_page):
    page = soup(seed_site / OVERVIEW)
    row = page.select(".key-speakers li")
    assert len(row) == 4
    assert row[0].a.get_text() == "Hossein Amir-Abdollahian" and row[0].select_one(".count").get_text(" ", strip=True) == "7 statements"
    assert row[-1].a["href"] == "#key-actors-heading" and row[-1].get_text() == "6 more"
    main = page.find("main")
    order = [
        node.get("class", [""])[0] if node.name != "h2" else node.get("id")
        for node in main.select(".overview-contents, .key-speakers, .introduction, .key-actors, .tags")
    ]
    assert order == ["overview-contents", "key-speakers", "report-body", "key-actors", "tags"]
    topics = page.select_one(".tags").find_parent("section")
    assert topics is not None and topics.h2.get_text() == "Topics", "the tags are labelled, never read as more actors under the map link"
    view = phone_page(offline_page, seed_site, OVERVIEW)
    assert view.page.locator(".key-speakers ul").bounding_box()["height"] <= 110, "three short lines at most on a phone"
    counts = view.page.evaluate("[...document.querySelectorAll('.key-actors .count')].map(n => n.getClientRects().length)")
    assert counts and max(counts) == 1, "a count never wraps"


def test_a_speaker_heading_is_shortened_to_the_registry_name(reading_site):
    page = soup(reading_site / "reports/undated-notes/index.html")
    titles = [a.get_text() for a in page.select(".overview-contents li a")]
    assert titles[1] == "Hossein Amir-Abdollahian: “We Are Very Sensitive To Geopolitical…”"
