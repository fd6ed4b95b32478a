"""The seed report built as a reader gets it: every sentence, one page per section, notes and links that resolve."""

from __future__ import annotations

import filecmp
import functools
import json
import re

from conftest import ROOT, run_build
from site_checks import html_files, ids_in, internal_links, map_data, network_references, reading_text, soup

REPORT_DIR = "reports/irans-defeat-in-the-second-nagorno-karabakh-war-part-iii"


def sentences(text: str) -> list[str]:
    text = re.sub(r"\[(\d+|[ivxlcdm]+)\]", " ", text)
    found = []
    for line in text.splitlines():
        for sentence in re.split(r"(?<=[.!?])\s+(?=[\"“A-Z\[(])", line):
            sentence = " ".join(sentence.split())
            if len(sentence) > 3:
                found.append(sentence)
    return found


def body_of(export: str) -> str:
    """The export without its header block (title, date, byline, series), which the overview test checks as metadata."""
    lines = export.splitlines()
    first_prose = next(i for i, line in enumerate(lines) if len(line) > 200)
    return "\n".join(lines[first_prose:])


BLOCKS = ["p", "li", "h1", "h2", "h3", "h4", "blockquote", "figcaption", "td", "th", "dt", "dd", "div", "section", "nav", "header"]


def words_as_read(path) -> str:
    """The page's main text as a reader sees it: blocks apart, inline markup (an outlet picked out in a note) in its line."""
    main = soup(path).find("main")
    for node in main.select("sup.note-ref, a.permalink, a.backref"):
        node.decompose()
    for node in main.find_all(BLOCKS):
        node.insert_before(" ")
        node.append(" ")
    return " ".join(main.get_text("").split())


def test_at_least_98_percent_of_the_seed_sentences_are_in_the_site(seed_site, seed_text):
    site_text = " ".join(words_as_read(page) for page in html_files(seed_site))
    seed_sentences = sentences(body_of(seed_text))
    missing = [s for s in seed_sentences if s not in site_text]
    share = 1 - len(missing) / len(seed_sentences)
    assert len(seed_sentences) > 150
    assert share >= 0.98, f"{share:.1%} found; missing: {missing[:10]}"


def test_every_section_is_its_own_page_and_no_page_holds_most_of_the_report(seed_site):
    report = seed_site / REPORT_DIR
    pages = {p.name: reading_text(p) for p in report.glob("*.html")}
    section_pages = [name for name in pages if name not in ("index.html", "notes.html")]
    assert len(section_pages) == 6
    assert "notes.html" in pages and "index.html" in pages
    total = sum(len(text) for text in pages.values())
    for name, text in pages.items():
        assert len(text) < total / 2, f"{name} holds {len(text) / total:.0%} of the report"
    headings = {soup(report / name).find("h1").get_text(" ", strip=True) for name in section_pages}
    assert "Iran's Diplomatic Efforts With Azerbaijan" in headings
    assert "Kayhan: We Will Not Allow The Caucasus To Be Turned Into A Crisis Region" in headings


def test_sub_sections_stay_on_their_section_page(seed_site):
    page = soup(seed_site / REPORT_DIR / "irans-diplomatic-efforts-with-azerbaijan.html")
    sub_headings = [h.get_text(" ", strip=True) for h in page.select(".report-body h2")]
    assert len(sub_headings) == 4
    assert sub_headings[0].startswith("Iranian Minister of Foreign Affairs Hossein Amir-Abdollahian:")


def test_overview_has_title_series_authors_summary_and_contents(seed_site):
    page = soup(seed_site / REPORT_DIR / "index.html")
    main = page.find("main")
    assert main.find("h1").get_text(strip=True).startswith("Iran's Defeat In The Second Nagorno-Karabakh War")
    text = main.get_text(" ", strip=True)
    assert "Inquiry & Analysis Series No. 1611" in text
    assert "December 9, 2021" in text
    assert "A. Savyon" in text and "Director of the MEMRI Iran Media Project" in text
    contents = [a["href"] for a in main.select(".overview-contents a")]
    assert "notes.html" in contents and len([c for c in contents if "#" not in c]) == 7
    assert page.find("meta", attrs={"name": "description"})["content"].startswith("Iran's show of strength")


def test_every_note_reference_resolves_to_its_note_on_the_same_page(seed_site):
    references = {"report": 0, "speakers": 0, "timeline": 0}
    for page in html_files(seed_site):
        ids = ids_in(page)
        where = "timeline" if page.name == "timeline.html" else page.parent.name if page.parent.name == "speakers" else "report"
        for link in soup(page).select("sup.note-ref a"):
            references[where] += 1
            assert link["href"].startswith("#") and link["href"][1:] in ids, (page.name, link["href"])
            assert link["aria-label"] == f"Note {link.get_text()}"
            assert link["id"] in ids
    # 14 in the report; every statement with a note cites it on its speaker's page and on the timeline
    cited = sum(1 for s in json.loads((seed_site / "data" / "statements.json").read_text(encoding="utf-8"))["statements"] if s["note"])
    assert cited >= 19
    assert references == {"report": 14, "speakers": cited, "timeline": cited}


def test_notes_page_lists_every_note_with_links_back_to_the_citation(seed_site):
    notes = soup(seed_site / REPORT_DIR / "notes.html")
    items = notes.select("ol.notes > li")
    # in number order: note 1, cited but never defined, in its place and saying so
    assert [li["id"] for li in items] == [f"note-{n}" for n in range(1, 15)]
    assert "The report cites this note but does not define it." in notes.find(id="note-1").get_text()
    assert "ISNA (Iran), October 1, 2021." in " ".join(notes.find(id="note-4").get_text().split())
    # the outlet and the date picked out; a note that names no outlet says so instead of starting with a comma
    assert notes.select_one("#note-4 .note-outlet").get_text() == "ISNA (Iran)"
    assert notes.select_one("#note-4 time.note-date")["datetime"] == "2021-10-01"
    assert notes.select_one("#note-2 .note-text").get_text().startswith("Outlet not named, October 3, 2021")


def test_every_internal_link_and_anchor_resolves(seed_site):
    ids_of, map_data_of = functools.cache(ids_in), functools.cache(map_data)  # each page parsed once, not once a link
    checked = 0
    for page, value, target, fragment in internal_links(seed_site):
        checked += 1
        assert target.is_file(), f"{page.relative_to(seed_site)}: {value} points to no file"
        assert target.suffix != "" and not value.endswith("/"), f"{page}: {value} links to a folder"
        if fragment and "=" in fragment and target.name == "map.html":
            # the map's state (#focus=<actor>, #report=<slug>) must name an actor or a report it knows
            data = map_data_of(target)
            known = {"focus": {n["id"] for n in data["nodes"]}, "report": set(data["reports"])}
            for key, name in (part.split("=", 1) for part in fragment.split("&")):
                assert name in known[key], f"{page.relative_to(seed_site)}: {value} names an unknown {key}"
        elif fragment and target.suffix == ".html":
            assert fragment in ids_of(target), f"{page.relative_to(seed_site)}: {value} has no #{fragment}"
    assert checked > 200


def test_nothing_in_the_site_loads_from_the_network(seed_site):
    assert network_references(seed_site) == []


def test_page_furniture_is_not_shown_as_prose(seed_site):
    text = " ".join(reading_text(p) for p in html_files(seed_site))
    assert "Share this Report" not in text
    assert "click here" not in text
    assert "Video not included in this edition: an interview with Abdollahian on this subject." in text
    assert "Image not included in this edition" in text


def test_two_builds_are_byte_identical(seed_site, tmp_path):
    again = tmp_path / "again"
    assert run_build(ROOT / "content", again).returncode == 0
    comparison = filecmp.dircmp(seed_site, again)

    def differences(cmp) -> list[str]:
        found = cmp.left_only + cmp.right_only + cmp.diff_files
        for sub in cmp.subdirs.values():
            found += differences(sub)
        return found

    assert differences(comparison) == []
    for left in seed_site.rglob("*"):
        if left.is_file():
            assert left.read_bytes() == (again / left.relative_to(seed_site)).read_bytes(), left


def test_committed_content_is_what_the_importer_makes_of_the_seed(seed_text):
    from dossier.importer import import_text

    result = import_text(seed_text, "000_eda32117bbafeb36.txt")
    committed = ROOT / "content" / "reports" / f"{result.slug}.md"
    assert committed.read_text(encoding="utf-8") == result.markdown


def test_site_build_prints_its_time(seed_site_printed):
    stdout, _ = seed_site_printed
    assert re.search(r"built \d+ pages into .* in \d+\.\d\d s", stdout), stdout


def test_filename_links_between_reports_resolve_from_section_pages(content_copy, tmp_path):
    seed_md = next((content_copy / "reports").glob("*.md")).name
    (content_copy / "reports" / "second.md").write_text(
        '+++\ntitle = "A Second Report"\ndate = 2024-01-01\nslug = "second"\n+++\n\n'
        f"Intro with [the first report]({{filename}}/reports/{seed_md}).\n\n"
        f"## Follow-Up\n\nAs [the first report]({{filename}}/reports/{seed_md}) said.\n",
        encoding="utf-8",
    )
    output = tmp_path / "out"
    assert run_build(content_copy, output).returncode == 0
    for page in ("index.html", "follow-up.html"):
        link = soup(output / "reports" / "second" / page).find("a", string="the first report")
        assert link["href"] == f"../../{REPORT_DIR}/index.html"
        assert (output / "reports" / "second" / link["href"]).resolve().is_file()
