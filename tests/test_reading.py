"""The reading experience (issue 15): notes in number order, phone-sized tap targets, the overview, the speaker page.

A second report is built beside the seed: it has no date, its notes skip numbers,
one note is a web address and one names no outlet, and its section heading quotes a speaker.
"""

from __future__ import annotations

import pytest
from conftest import build_seed_plus
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
    output, _ = build_seed_plus(tmp_path_factory.mktemp("reading"), {"undated-notes.md": UNDATED})
    return output


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
