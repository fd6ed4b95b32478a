"""The reading pages of issue 15: the compact timeline with filters, the speakers index, search's any-word
fallback, the phone menu, and pages that stay usable on bad input; at 360 px and 1280 px, from file://."""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import unquote, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import ROOT, shared_build, wait_until
from site_checks import ids_in, soup
from test_reading import UNDATED

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
SIZES = {"phone": PHONE, "desktop": DESKTOP}


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory):
    """The seed and a second, undated report."""
    return shared_build(tmp_path_factory, {"undated-notes.md": UNDATED})[0]  # the same site as test_reading's


def open_page(offline_page, site, path, size="phone", **options):
    phone = size == "phone"
    view = offline_page(viewport=SIZES[size], has_touch=phone, is_mobile=phone, **options)
    file_path = re.split(r"[#?]", path)[0]
    view.page.goto((site / file_path).as_uri() + path[len(file_path) :])
    if file_path == "search.html" and "?q=" in path:  # the query's index shards load after the page
        wait_until(view.page, "document.querySelector('.search-page').dataset.state === 'done'")
    return view


def dated(site, speaker=None) -> list[dict]:
    """The dated statements of the data export (what the timeline must show), of one speaker or all."""
    rows = json.loads((site / "data" / "statements.json").read_text(encoding="utf-8"))["statements"]
    return [row for row in rows if row["date"] and speaker in (None, row["speaker"])]


def visible_entries(page):
    return page.evaluate("[...document.querySelectorAll('.timeline-entry')].filter(n => n.getClientRects().length).map(n => n.id)")


# --- the timeline -------------------------------------------------------------------------------------

LINES = """[...document.querySelectorAll('.timeline-entry summary')].map(s => {
  const lines = n => n.getBoundingClientRect().height / parseFloat(getComputedStyle(n).lineHeight);
  return lines(s.querySelector('.entry-meta')) + lines(s.querySelector('.entry-excerpt')); })"""


@pytest.mark.parametrize("size", list(SIZES))
def test_each_timeline_entry_is_a_compact_line_of_date_speaker_quote_and_occasion(offline_page, seed_site, size):
    view = open_page(offline_page, seed_site, "timeline.html", size)
    page = view.page
    entries = page.locator(".timeline-entry")
    total = len(dated(seed_site))
    assert total >= 15 and entries.count() == total
    lines = page.evaluate(LINES)
    assert len(lines) == total and max(lines) <= 3.05, lines
    assert page.locator(".timeline-entry details[open]").count() == 0
    assert page.locator(".timeline-entry .entry-body").first.is_hidden()
    cartoon = page.locator(".timeline-entry", has_text="Tasnim").locator("summary")
    assert re.fullmatch(r"Oct\. 5, 2021 · Tasnim · cartoon\s*He who digs a pit.+security\.", cartoon.inner_text().replace("\n", " ").strip())
    # at most about 25 words of the quote
    excerpts = page.locator(".entry-excerpt").all_inner_texts()
    assert max(len(text.split()) for text in excerpts) <= 26
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
    assert view.errors == [] and view.blocked == []


def test_the_timeline_has_a_month_index_and_groups_by_month(seed_site):
    page = soup(seed_site / "timeline.html")
    index = [(a.get_text(), a["href"]) for a in page.select(".month-index a")]
    assert index == [("October 2021", "#month-2021-10"), ("November 2021", "#month-2021-11")]
    months = [(section.h2.get_text(), len(section.select(".timeline-entry"))) for section in page.select("section.timeline-month")]
    per_month = Counter(row["date"][:7] for row in dated(seed_site))
    assert months == [("October 2021", per_month["2021-10"]), ("November 2021", per_month["2021-11"])]


@pytest.mark.parametrize("size", list(SIZES))
def test_an_entry_expands_to_the_full_quote_with_its_note_card_and_in_context_link(offline_page, seed_site, size):
    view = open_page(offline_page, seed_site, "timeline.html", size)
    page = view.page
    entry = page.locator(".timeline-entry", has_text="Tasnim")
    entry.locator("summary").click()
    assert entry.locator("details").evaluate("d => d.open")
    assert entry.locator(".statement-quote").is_visible()
    context = entry.locator("a.in-context")
    assert context.inner_text() == "In context"
    href = context.get_attribute("href")
    target = (seed_site / "timeline.html").parent / unquote(urlsplit(href).path)
    assert urlsplit(href).fragment in ids_in(target.resolve())
    reference = entry.locator("sup.note-ref a")
    reference.tap() if size == "phone" else reference.focus()
    card = page.locator("#note-card")
    card.wait_for(state="visible")
    assert "Tasnim" in card.inner_text()
    assert view.errors == [] and view.blocked == []


def test_a_link_to_a_statement_opens_its_entry(offline_page, seed_site):
    first = soup(seed_site / "timeline.html").select(".timeline-entry")[5]["id"]
    view = open_page(offline_page, seed_site, f"timeline.html#{first}", "desktop")
    assert view.page.locator(f"[id='{first}'] details").evaluate("d => d.open")
    assert view.page.locator(".timeline-entry details[open]").count() == 1


@pytest.mark.parametrize("size", list(SIZES))
def test_the_timeline_filters_by_speaker_and_occasion_and_keeps_them_in_the_address(offline_page, seed_site, size):
    view = open_page(offline_page, seed_site, "timeline.html", size)
    page = view.page
    assert page.locator(".timeline-filters").is_visible()
    page.select_option("#filter-speaker", "abdollahian")
    shown = visible_entries(page)
    total, own = len(dated(seed_site)), len(dated(seed_site, "abdollahian"))
    assert len(shown) == own and own >= 5
    assert set(page.locator(".timeline-entry:visible .entry-speaker").all_inner_texts()) == {"Hossein Amir-Abdollahian"}
    assert "speaker=abdollahian" in page.evaluate("location.hash")
    assert page.locator(".timeline-count").inner_text() == f"Showing {own} of {total} statements"
    url = page.url
    # the filtered timeline opened from its address
    again = offline_page(viewport=SIZES[size]).page
    again.goto(url)
    assert again.locator("#filter-speaker").input_value() == "abdollahian"
    assert visible_entries(again) == shown
    # a second filter narrows further; a month with nothing left is hidden, in the index too
    page.select_option("#filter-occasion", "cartoon")
    assert visible_entries(page) == []
    page.select_option("#filter-speaker", "")
    assert len(visible_entries(page)) == 1
    assert page.evaluate("location.hash") == "#occasion=cartoon"
    assert page.locator("section.timeline-month:visible").count() == 1
    assert page.locator(".month-index li:visible").all_inner_texts() == ["October 2021 1"]
    page.click(".timeline-filters button[type=reset]")
    wait_until(page, f"document.querySelectorAll('.timeline-entry:not([hidden])').length === {total}")
    assert page.evaluate("location.hash") == ""
    assert view.errors == [] and view.blocked == []


def test_the_timeline_filters_by_report(offline_page, two_reports):
    view = open_page(offline_page, two_reports, "timeline.html", "desktop")
    page = view.page
    options = page.locator("#filter-report option").all_inner_texts()
    assert len(options) == 3 and options[0] == "Every report"
    page.select_option("#filter-report", "undated-notes")
    assert len(visible_entries(page)) == 1
    assert "report=undated-notes" in page.evaluate("location.hash")
    assert view.errors == []


# a report whose one statement has no date: nothing of it is on the timeline
FERRY = """+++
title = "The Ferry Question"
slug = "ferry-question"
date = "unknown"
summary = "The harbour master on the ferry."
+++

The crossing has been closed since the storm. “The ferry will run again before the summer,” said Jonas Berg, the harbour master.
"""


@pytest.fixture(scope="module")
def paged_reports(tmp_path_factory):
    """The seed, the undated paper (one dated statement) and the ferry (none), as an archive: a month index."""
    return shared_build(tmp_path_factory, {"undated-notes.md": UNDATED, "ferry-question.md": FERRY}, settings="DOSSIER_TIMELINE_PAGE = 5\n")[0]


SHOWN_MONTHS = (
    "[...document.querySelectorAll('.timeline-months > li')].filter(n => n.getClientRects().length).map(n => n.querySelector('a').textContent)"
)
SHOWN_LINKS = "[...document.querySelectorAll('.timeline-months a')].filter(n => n.getClientRects().length).map(n => n.getAttribute('href'))"


@pytest.mark.parametrize("size", list(SIZES))
def test_an_archive_timeline_index_takes_a_reports_filter_to_the_months_that_hold_its_statements(offline_page, paged_reports, size):
    view = open_page(offline_page, paged_reports, "timeline.html", size)
    page = view.page
    every = page.evaluate(SHOWN_MONTHS)
    assert len(every) > 1 and page.locator(".timeline-index-status").is_hidden()
    assert all("#" not in href for href in page.evaluate(SHOWN_LINKS))
    # the paper's one dated statement is in a month of several parts: that month, and only the part that holds it
    page.goto((paged_reports / "timeline.html").as_uri() + "#report=undated-notes")
    wait_until(page, "!document.querySelector('.timeline-index-status').hidden")
    status = page.locator(".timeline-index-status").inner_text()
    assert status.startswith("1 dated statement from “An Undated Paper On Sources”, in 1 month"), status
    assert page.evaluate(SHOWN_MONTHS) == ["October 2021"]
    links = page.evaluate(SHOWN_LINKS)
    # the month's name and its one part, which both open that part filtered
    assert len(links) == 2 and links[0] == links[1] and links[0].endswith("#report=undated-notes"), links
    page.locator(".timeline-months .parts a").first.click()
    wait_until(page, "document.querySelector('.timeline-filters') && !document.querySelector('.timeline-filters').hidden")
    entries = page.evaluate("[...document.querySelectorAll('.timeline-entry')].filter(n => n.getClientRects().length).map(n => n.dataset.report)")
    assert entries == ["undated-notes"]
    # a report none of whose statements is dated says so, and lists no month
    page.goto((paged_reports / "timeline.html").as_uri() + "#report=ferry-question")
    wait_until(page, "!document.querySelector('.timeline-index-status').hidden")
    assert page.locator(".timeline-index-status").inner_text().startswith("No statement from “The Ferry Question” is dated")
    assert page.evaluate(SHOWN_MONTHS) == []
    assert view.errors == [] and view.blocked == []


@pytest.mark.parametrize("size", list(SIZES))
def test_without_javascript_the_timeline_shows_every_quote_in_full_and_no_filters(offline_page, seed_site, size):
    view = open_page(offline_page, seed_site, "timeline.html", size, java_script_enabled=False)
    page = view.page
    total = len(dated(seed_site))
    assert page.locator(".timeline-entry details[open]").count() == total
    assert page.locator(".timeline-entry .statement-quote").first.is_visible()
    assert page.locator(".timeline-entry .statement-quote:visible").count() == total
    assert page.locator(".timeline-filters").is_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]


def test_a_paged_timeline_month_has_the_compact_entries_too(offline_page, paged_timeline):
    view = open_page(offline_page, paged_timeline, "timeline-2021-10-2.html", "phone")
    assert view.page.locator(".timeline-entry").count() == 5
    assert max(view.page.evaluate(LINES)) <= 3.05
    assert view.errors == []


# --- the speakers index ----------------------------------------------------------------------------


def test_the_speakers_index_groups_by_kind_and_shows_role_count_and_span_for_speakers_only(seed_site):
    page = soup(seed_site / "speakers" / "index.html")
    kinds = [h.contents[0].strip() for h in page.select("main h2")]
    assert kinds == ["People", "Media outlets"]
    names = [a.get_text() for a in page.select(".speaker-list a.speaker-name")]
    speaker_pages = {p.stem for p in (seed_site / "speakers").glob("*.html")} - {"index"}
    assert "Mossad" not in names and len(names) == len(speaker_pages) == len({row["speaker"] for row in dated(seed_site)})
    abdollahian = next(li for li in page.select(".speaker-list li") if "Amir-Abdollahian" in li.get_text())
    assert abdollahian.select_one(".speaker-role").get_text() == "Minister of Foreign Affairs of Iran"
    own = dated(seed_site, "abdollahian")
    assert abdollahian.select_one(".speaker-counts").get_text() == f"{len(own)} statements, October 2, 2021 to November 15, 2021"
    tasnim = next(li for li in page.select(".speaker-list li") if "Tasnim" in li.get_text())
    assert tasnim.select_one(".speaker-role").get_text() == "Iran · affiliation: Islamic Revolutionary Guards Corps"
    assert not page.find("h3", string="Ali Khamenei"), "a person is never a group heading"


def test_the_speakers_index_groups_a_large_kind_by_country():
    import sys

    sys.path.insert(0, str(ROOT / "plugins"))
    from dossier.actors import load_registry
    from dossier.speakers import Speaker, SpeakerBook

    registry = load_registry(str(ROOT / "content" / "actors.toml"), "actors.toml")
    book = SpeakerBook([], registry)
    for actor_id in ("abdollahian", "raisi", "khamenei", "farazmand", "bayramov", "cavusoglu", "kayhan", "iran"):
        book.speakers[actor_id] = Speaker(registry[actor_id])
    groups = dict(book.groups(subgroup_from=3))
    people = dict(groups["People"])
    assert list(people) == ["Azerbaijan", "Iran", "Turkey"]
    assert [s.actor.id for s in people["Iran"]] == ["khamenei", "raisi", "abdollahian", "farazmand"] or len(people["Iran"]) == 4
    assert list(dict(groups["Media outlets"])) == [""], "a small kind is one list"
    assert list(groups) == ["People", "Media outlets", "States"]


@pytest.mark.parametrize("size", list(SIZES))
def test_the_speakers_filter_box_matches_names_roles_and_countries_without_accents(offline_page, seed_site, size):
    view = open_page(offline_page, seed_site, "speakers/index.html", size)
    page = view.page
    box = page.locator("#speaker-filter")
    assert box.is_visible()
    box.fill("cavusoglu")
    assert page.locator(".speaker-list li:visible a").all_inner_texts() == ["Mevlüt Çavuşoğlu"]
    assert page.locator(".speaker-kind-group:visible h2").count() == 1
    box.fill("turkey")
    assert sorted(page.locator(".speaker-list li:visible a").all_inner_texts()) == ["Mevlüt Çavuşoğlu", "Mohammad Farazmand"]
    assert page.evaluate("location.hash") == "#q=turkey"
    box.fill("ayatollah khamenei")  # an alias's word, which the entry does not show
    assert page.locator(".speaker-list li:visible a").all_inner_texts() == ["Ali Khamenei"]
    box.fill("nobody at all")
    assert page.locator(".speaker-filter-none").is_visible()
    again = offline_page(viewport=SIZES[size]).page
    again.goto((seed_site / "speakers/index.html").as_uri() + "#q=tasnim")
    assert again.locator(".speaker-list li:visible a").all_inner_texts() == ["Tasnim"]
    assert view.errors == [] and view.blocked == []


def test_without_javascript_the_whole_speakers_index_shows(offline_page, seed_site):
    page = open_page(offline_page, seed_site, "speakers/index.html", "phone", java_script_enabled=False).page
    assert page.locator(".speaker-filter").is_hidden()
    assert page.locator(".speaker-list li:visible").count() == len({row["speaker"] for row in dated(seed_site)})


# --- search --------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", list(SIZES))
def test_search_shows_the_best_any_word_matches_when_no_page_has_every_word(offline_page, seed_site, size):
    view = open_page(offline_page, seed_site, "search.html?q=raisi%20erdogan", size)
    page = view.page
    status = page.locator("#search-status").inner_text()
    assert status.startswith("No page has all of “raisi erdogan”; showing pages with some of the words")
    hits = page.locator("#search-results li")
    assert hits.count() >= 2
    assert [text.split()[0] for text in page.locator("#search-results .search-hit a").all_inner_texts()[:2]] == ["Ebrahim", "Recep"]
    page.fill("#search-q", "raisi")
    page.keyboard.press("Enter")
    wait_until(page, "document.querySelector('#search-status').textContent.includes('“raisi”')")
    assert page.locator("#search-status").inner_text().endswith("for “raisi”.")
    page.fill("#search-q", "qwxz zzyq")
    page.keyboard.press("Enter")
    wait_until(page, "document.querySelector('#search-status').textContent.includes('qwxz zzyq')")
    assert page.locator("#search-status").inner_text() == "No results for “qwxz zzyq”."
    assert view.errors == [] and view.blocked == []


def test_search_shows_results_as_the_reader_types(offline_page, seed_site):
    view = open_page(offline_page, seed_site, "search.html", "phone")
    page = view.page
    before = page.locator("#search-status").inner_text()
    page.locator("#search-q").press_sequentially("r")  # one letter: nothing is searched yet
    page.locator("#search-q").press_sequentially("aisi")  # no Enter
    wait_until(page, "document.querySelector('#search-status').textContent.includes('“raisi”')")
    assert page.locator("#search-results li").count() >= 1 and before != page.locator("#search-status").inner_text()
    assert view.errors == [] and view.blocked == []


@pytest.mark.parametrize("size", list(SIZES))
def test_a_search_hit_is_one_line_of_section_speaker_and_date(offline_page, seed_site, size):
    view = open_page(offline_page, seed_site, "search.html?q=brotherhood", size)
    page = view.page
    hit = page.locator("#search-results li", has_text="brotherhood and peace").first
    line = hit.locator(".search-hit")
    assert "Kioumars Heydari · October 1, 2021" in line.locator(".search-meta").inner_text()
    assert "Report" not in line.inner_text() and "Nagorno" not in line.inner_text()
    height = line.evaluate("n => n.getBoundingClientRect().height / parseFloat(getComputedStyle(n).lineHeight)")
    assert height <= 1.3, height
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]


# --- the phone menu --------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["tap outside", "escape"])
def test_the_phone_menu_closes_on_a_tap_outside_or_escape(offline_page, seed_site, how):
    view = open_page(offline_page, seed_site, "timeline.html", "phone")
    page = view.page
    page.tap(".site-menu summary")
    menu = page.locator(".site-menu ul")
    assert menu.is_visible()
    if how == "escape":
        page.keyboard.press("Escape")
        assert page.evaluate("document.activeElement.matches('.site-menu summary')")
    else:
        page.touchscreen.tap(30, 500)  # on the page's text, below the open menu
    assert menu.is_hidden()
    assert not page.locator(".site-menu").evaluate("d => d.open")
    page.tap(".site-menu summary")
    with page.expect_navigation():
        page.tap(".site-menu ul a >> text=Speakers")
    assert page.url.endswith("speakers/index.html")
    assert view.errors == [] and view.blocked == []


# --- axe on the new states ----------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_an_opened_filtered_timeline_a_filtered_index_and_an_any_word_search(offline_page, seed_site, scheme):
    problems = {}
    for size in SIZES:
        for path, action in (
            (
                "timeline.html",
                lambda p: (p.select_option("#filter-speaker", "abdollahian"), p.locator(".timeline-entry:visible summary").first.click()),
            ),
            ("speakers/index.html", lambda p: p.fill("#speaker-filter", "iran")),
            ("search.html?q=raisi%20erdogan", lambda p: None),
        ):
            view = open_page(offline_page, seed_site, path, size, color_scheme=scheme)
            action(view.page)
            view.page.tap(".site-menu summary") if size == "phone" else None
            results = Axe().run(view.page)
            if results.violations_count:
                problems[(path, size)] = results.generate_report()
            view.close()
    assert problems == {}


# --- bad input: pages stay usable and nothing overflows sideways at 320 px ----------------------------------

LONG_HEADING = ("On The Long And Winding Question Of Who Controls The Border Crossings Between The Two Republics " * 7)[:600].strip()
RTL_ACTOR = """
[[actor]]
id = "lapid"
name = "יאיר לפיד"
kind = "person"
aliases = ["Yair Lapid", "Lapid"]
native = { name = "יאיר לפיד", lang = "he" }
description = "A name in a right-to-left script."
"""


def many_sections_report(sections: int = 300, statements: int = 2000) -> str:
    parts = ['+++\ntitle = "A Report In Three Hundred Sections"\ndate = 2022-03-01\nslug = "many-sections"\nsummary = "A long report."\n+++\n']
    parts.append('The report starts here. Yair Lapid said on February 2, 2022: "The crossings matter to everyone in the region."[^1]\n')
    per_section = statements // sections + 1
    made = 0
    for number in range(1, sections + 1):
        heading = LONG_HEADING if number == 7 else f"Section {number}: The Crossings In District {number}"
        parts.append(f"## {heading}\n\nThe crossings in district {number} reopened after the talks.[^{number + 1}]\n")
        for _ in range(per_section):
            if made == statements:
                break
            made += 1
            parts.append(
                f'On February {1 + made % 27}, 2022, Foreign Minister Abdollahian said: "Crossing {made} in district {number} '
                'will stay open for trucks and for travellers from every neighbouring country."\n'
            )
    parts.append("\n".join(f"[^{n}]: ISNA (Iran), February {1 + n % 27}, 2022." for n in range(1, sections + 2)))
    return "\n".join(parts) + "\n"


@pytest.fixture(scope="module")
def bad_input_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad-input")
    content = folder / "content"
    import shutil

    shutil.copytree(ROOT / "content", content)
    with open(content / "actors.toml", "a", encoding="utf-8") as registry:
        registry.write(RTL_ACTOR)
    (content / "reports" / "many-sections.md").write_text(many_sections_report(), encoding="utf-8")
    from conftest import run_build

    result = run_build(content, folder / "output")
    assert result.returncode == 0, result.stderr
    return folder / "output"


BAD_INPUT_PAGES = {
    "overview with 300 sections": "reports/many-sections/index.html",
    "section with a 600-character heading": "reports/many-sections/{long}",
    "a section among 300": "reports/many-sections/{middle}",
    "speaker with 2,000 statements": "speakers/abdollahian.html",
    "the same, its tenth page": "speakers/abdollahian_10.html",
    "right-to-left speaker": "speakers/lapid.html",
    "speakers index": "speakers/index.html",
    "timeline": "timeline.html",
    "notes of 300 sections": "reports/many-sections/notes.html",
    "search": "search.html?q=crossing%20district%20zzz",
}


@pytest.mark.slow
def test_bad_input_pages_stay_usable_and_do_not_overflow_at_320_px(offline_page, bad_input_site):
    overview = soup(bad_input_site / "reports/many-sections/index.html")
    links = [a["href"] for a in overview.select(".overview-contents li a")]
    assert len(links) >= 300
    names = {"long": links[7], "middle": links[150]}
    pages = [bad_input_site / "speakers/abdollahian.html", *(bad_input_site / "speakers").glob("abdollahian_*.html")]
    assert len(pages) >= 20, "2,000 statements over numbered pages"
    assert sum(len(soup(p).select(".statements > li.statement")) for p in pages) >= 2000
    assert soup(bad_input_site / "speakers/lapid.html").h1.get_text().startswith("יאיר לפיד")
    overflowing = {}
    for kind, path in BAD_INPUT_PAGES.items():
        view = offline_page(viewport={"width": 320, "height": 640}, has_touch=True, is_mobile=True)
        page = view.page
        file_path, _, query = path.format(**names).partition("?")
        page.goto((bad_input_site / file_path).as_uri() + (f"?{query}" if query else ""))
        if query:
            wait_until(page, "document.querySelector('.search-page').dataset.state === 'done'")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            overflowing[kind] = width
        assert page.locator("h1").bounding_box()["width"] <= 320, kind
        assert view.errors == [] and view.blocked == [], kind
        view.close()
    assert overflowing == {}


def test_a_section_page_of_a_long_report_lists_only_its_neighbours_and_links_the_full_contents(bad_input_site):
    overview = soup(bad_input_site / "reports/many-sections/index.html")
    middle = [a["href"] for a in overview.select(".overview-contents li a")][150]
    page = soup(bad_input_site / "reports/many-sections" / middle)
    items = page.select(".report-contents li")
    links = page.select(".report-contents li a")
    assert len(links) <= 10, [a.get_text() for a in links]
    assert links[0]["href"] == "index.html" and links[-1]["href"] == "notes.html"
    assert len(page.select(".report-contents li.contents-gap")) == 2
    current = page.select_one(".report-contents [aria-current=page]")
    assert current["href"] == middle
    numbers = [int(li["value"]) for li in items if li.get("value")]
    assert numbers == sorted(numbers) and numbers[-1] > 300
    assert page.select_one(".contents-all a")["href"] == "index.html#contents-heading"
    # a short report's section page still lists every page
    seed = soup(bad_input_site / "reports/irans-defeat-in-the-second-nagorno-karabakh-war-part-iii/irans-diplomatic-efforts-with-azerbaijan.html")
    assert not seed.select(".report-contents li.contents-gap") and not seed.select(".contents-all")


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_a_long_reports_bounded_contents_and_a_right_to_left_speaker(offline_page, bad_input_site, scheme):
    middle = [a["href"] for a in soup(bad_input_site / "reports/many-sections/index.html").select(".overview-contents li a")][150]
    problems = {}
    for path in (f"reports/many-sections/{middle}", "speakers/lapid.html", "speakers/index.html"):
        view = open_page(offline_page, bad_input_site, path, "phone", color_scheme=scheme)
        if view.page.locator(".report-contents summary").count():
            view.page.tap(".report-contents summary")
        results = Axe().run(view.page)
        if results.violations_count:
            problems[path] = results.generate_report()
        view.close()
    assert problems == {}


def test_expand_all_opens_every_entry_and_fold_all_closes_them(offline_page, seed_site):
    page = open_page(offline_page, seed_site, "timeline.html", "desktop").page
    total = page.locator(".timeline-entry").count()
    page.click(".toggle-all")
    assert page.locator(".timeline-entry details[open]").count() == total
    assert page.locator(".toggle-all").inner_text() == "Fold all"
    page.click(".toggle-all")
    assert page.locator(".timeline-entry details[open]").count() == 0
