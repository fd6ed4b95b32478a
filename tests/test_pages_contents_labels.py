"""The overview's contents list and introduction: a heading with a colon is cut to "Speaker: headline" only where it
quotes someone, and an introduction of one paragraph shown as the lede gets no empty "Introduction" heading."""

import shutil

from bs4 import BeautifulSoup
from conftest import ROOT, run_build
from dossier.pages import short_title, shorten
from report_pages.apart import names_speaker


def test_a_long_heading_with_a_colon_and_no_quotation_is_not_cut_to_its_last_words():
    assert short_title("Lessons from the Harbour Review: What Went Wrong") == "Lessons from the Harbour Review: What Went Wrong"
    assert short_title("Court of Appeal No: Republic of Vellania CA/HCC/0101/19").startswith("Court of Appeal No: Republic")


def test_near_miss_a_heading_quoting_a_speaker_is_still_the_speaker_and_a_short_headline():
    title = 'Harbour Master of the Port of Vellan Orla Fenwick: "Silt Never Stops, And the Board Knows It Well"'
    assert short_title(title) == "Orla Fenwick: “Silt Never Stops, And the Board…”"
    assert short_title("Background: What the board decided") == "Background: What the board decided"


def test_a_headline_with_a_colon_is_shortened_whole_not_cut_to_its_last_words():
    """'Governor Slams ‘Reckless’ Rivals: ‘Grow Up And Vote’': the head is a headline (a verb after its subject, a
    quotation in it), its last two words no speaker; the title is shortened as it stands, and the registry is not asked."""
    asked: list[str] = []

    def registry(head: str) -> str | None:
        asked.append(head)
        return None

    for title in (
        "Governor Slams ‘Reckless’ Rivals: ‘Grow Up And Vote’",
        "Mayor Varga Blasts Ferry Board: 'Learn How To Run A Timetable'",
        "Harbour chief warns crews: “The rota stays”",
        'Board Rejects "Costly" Dredging Plan: "We Said No"',
    ):
        shown = short_title(title, registry)
        assert shown == shorten(title, 56), title
        assert not names_speaker(title), title
    assert asked == []
    # near misses: a post and a name, or a name alone, before the quotation are still the speaker
    assert short_title('Harbour Master Orla Fenwick: "Silt Never Stops"') == "Orla Fenwick: “Silt Never Stops”"
    assert short_title("Tomas Vell: ‘We Stay’") == "Tomas Vell: “We Stay”"
    assert names_speaker('Harbour Master Orla Fenwick: "Silt Never Stops"')


def test_a_heading_joining_two_places_keeps_both_and_a_speaker_with_a_post_stays_named():
    """'NORLAND AND WESTMARK: …' names two places the section is about: no speaker, the head kept whole, whichever of them
    the registry knows. Near misses: a speaker named after a post, or before one, is still the speaker."""
    norland = lambda head: "Norland"  # noqa: E731 - the registry knows one of the two
    assert short_title("NORLAND AND WESTMARK: VILLAGES UNDER FIRE", norland) == "NORLAND AND WESTMARK: VILLAGES UNDER FIRE"
    assert short_title("Westmark & Norland: Talks at the border", norland) == "Westmark & Norland: Talks at the border"
    vell = lambda head: "Tomas Vell"  # noqa: E731
    assert short_title('Harbour Minister of Norland Tomas Vell: "The Quays Will Open In May"', vell) == "Tomas Vell: “The Quays Will Open In May”"
    assert short_title('Tomas Vell, Minister of Ports and Trade: "We Stay"', vell) == "Tomas Vell: “We Stay”"


REPORT = """+++
title = "Silt and the Port Vellan Budget"
slug = "{slug}"
date = 2021-03-03
summary = "The harbour board met in March to settle the dredging budget."
+++

The harbour board met in March to settle the dredging budget.
{more}
## Next Steps

The board will vote again in April.
"""


def test_an_introduction_that_is_all_lede_has_no_empty_introduction_heading(tmp_path):
    content = tmp_path / "content"
    (content / "reports").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "actors.toml", content / "actors.toml")
    (content / "reports" / "one.md").write_text(REPORT.format(slug="one", more=""), encoding="utf-8")
    two = REPORT.format(slug="two", more="\nThe dredging contract runs out in June.\n")
    (content / "reports" / "two.md").write_text(two, encoding="utf-8")
    result = run_build(content, tmp_path / "output")
    assert result.returncode == 0, result.stderr

    def overview(slug: str) -> BeautifulSoup:
        page = next((tmp_path / "output").rglob(f"{slug}/index.html"))
        return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")

    one = overview("one")
    assert one.select_one(".lede").get_text().startswith("The harbour board met in March to settle the dredging budget.")
    assert one.select_one("#introduction-heading") is None
    assert [a.get_text() for a in one.select(".overview-contents li a")] == ["Next Steps"]
    assert one.select_one(".start-link")["href"].endswith(".html")
    assert "1 part" in one.select_one(".start-where").get_text()
    # near miss: a second paragraph of introduction keeps its heading and its contents line
    two_page = overview("two")
    assert two_page.select_one("#introduction-heading").get_text() == "Introduction"
    assert "The dredging contract runs out in June." in two_page.select_one(".introduction").get_text()
    assert [a.get_text() for a in two_page.select(".overview-contents li a")] == ["Introduction", "Next Steps"]


def test_a_heading_naming_a_doctrine_after_a_speaker_is_not_shortened_to_the_speaker():
    """'Brandt Doctrine: Why …' names a doctrine the section is about; the registry knows a speaker Ivo Brandt, but the
    contents list must not say 'Ivo Brandt: Why …'. Near misses: the surname ends the head, or a comma and a post
    follow it."""
    brandt = lambda head: "Ivo Brandt"  # noqa: E731 - the registry matches the surname
    title = "Brandt Doctrine: Why Small Harbours Keep Failing Their Fishermen Every Winter"
    assert not short_title(title, brandt).startswith("Ivo Brandt")
    assert short_title(title, brandt).startswith("Brandt Doctrine: Why Small Harbours")
    assert short_title("Brandt Administration: Ports First", brandt) == "Brandt Administration: Ports First"
    assert short_title('Harbour Chair Ivo Brandt: "Merge the Ports"', brandt) == "Ivo Brandt: “Merge the Ports”"
    assert short_title('Ivo Brandt, Chair of the Board: "Merge"', brandt) == "Ivo Brandt: “Merge”"
    assert short_title('BRANDT: "Merge"', brandt) == "Ivo Brandt: “Merge”"
