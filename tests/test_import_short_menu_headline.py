"""A news page copied whole (select all, copy) from a site with a short menu: a bar of links or two ('SUBSCRIBE |
CONTACT US | SIGN IN', 'News | Sports | Opinion'), a few section and columnist links one a line, then the headline
right over its 'By …' byline and its date line. The menu is the site's: the headline is the title, the links no tags
and no paragraphs. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from imported import body_text, built

STORY = (
    "Criticism of the plan to close the ferry office is growing, and with good reason.\n\n"
    "The harbour board has proposed what it calls Measure 4, which would shut the office on weekdays.\n\n"
    "Harbour Master Ilse Varnholt wrote the board, saying her staff are worried “about answering the public on time.”\n"
)
HEADLINE = "Plan to close the ferry office draws wide criticism\n"


@pytest.mark.parametrize(
    "menu",
    [
        # a bar of links with a tab between two of them, then the sections and the columnists
        "E-EDITION\tSUBSCRIBE |  CONTACT US |  SIGN IN\n\t\tNews | Sports | Business | Opinion | Weather\n\n\n"
        "Editorials\nLetters\nReaders Forum\nPia Lund\nOskar Rahn\n\t\t\t\n",
        # one bar of sections between pipes over the opinion pages' links
        "Home | Local | Sports | Opinion | Obituaries | Classifieds\n\nOpinion\nColumnists\nEditorials\nLetters to the Editor\n\n",
        # no bar, but the site's furniture among the short links
        "Sign in\nSubscribe\nNews\nOpinion\nEditorials\nLetters\n\n",
    ],
)
@pytest.mark.parametrize(
    ("byline", "stamp"),
    [
        ("By Valley Courier Editorial Board", "Published: 11/18/2011  2:27 AM"),
        ("By Tomas Eyre", "Posted: March 4, 2020"),
        ("By Lia Brun and Tomas Eyre", "March 4, 2020"),
    ],
)
def test_a_short_menu_over_a_bylined_headline_is_the_site_s(menu, byline, stamp):
    result, report = built(menu + HEADLINE + byline + "\n" + stamp + "\n\n" + STORY)
    assert report.title == "Plan to close the ferry office draws wide criticism"
    assert report.date.year in (2011, 2020)
    text = body_text(report)
    assert "Editorials" not in text and "Opinion" not in text and "SUBSCRIBE" not in text
    assert text.startswith("Criticism of the plan")
    assert "\t" not in result.markdown.split("+++")[1]  # no tab in the title or the tags


@pytest.mark.parametrize(
    "opening",
    [
        # a report's contents over its headline: no bar of links, none of a site's furniture
        "Summary\nThe office's winter\nWhat the board says\nThe ferry timetable\nOutlook\n\n",
        # a sentence among the lines above: a report's own text
        "Home | Local | Sports | Opinion\n\nThe board meets again on Tuesday.\nEditorials\nLetters\nColumnists\nArchive\n\n",
    ],
)
def test_near_miss_lines_over_the_headline_that_are_no_site_menu_stay(opening):
    from dossier.exportlines import split_units
    from dossier.furniture import _short_menu_over_bylined_headline as menu_over_bylined_headline

    units = split_units(opening + HEADLINE + "By Tomas Eyre\nMarch 4, 2020\n\n" + STORY)
    assert menu_over_bylined_headline(units) == set()


def test_near_miss_a_headline_with_no_byline_under_it_is_no_short_menu_s():
    from dossier.exportlines import split_units
    from dossier.furniture import _short_menu_over_bylined_headline as menu_over_bylined_headline

    menu = "Home | Local | Sports | Opinion\nEditorials\nLetters\nColumnists\nArchive\n\n"
    units = split_units(menu + HEADLINE + "March 4, 2020\n\n" + STORY + "By the way, the board meets again.\nMarch 5, 2020\n")
    assert menu_over_bylined_headline(units) == set()
