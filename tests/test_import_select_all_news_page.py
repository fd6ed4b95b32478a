"""A news site's page copied whole with select-all: the sign-in and subscribe links, the sections' menu, market tickers,
a trending list and a breadcrumb over the headline; the standfirst, the writer's name and a publication stamp with its
hour before the day under it, an update's hour; the most-read list, a newsletter box and the footer's links after the
story. The title, the date, the author and the story are found, and no menu is a section. Passages of our own, with near
misses."""

from __future__ import annotations

import pytest
from dossier.furniture import furniture_kind
from imported import built, headings

MENU = (
    "Menu\nSearch\nSign In\nSubscribe Now\nThe Dunmore Post\nToday's Paper\nSections\nHome\nLocal\nNational\nWorld\nBusiness\n"
    "Markets\nMoney\nTech\nSports\nOpinion\nArts\nTravel\nObituaries\nWeather\nTrending\nFerry fares\nStorm warning\n"
    "Markets ▸ FTSE 100 7,682.50 ▲ 12.30 (0.16%)\nGold $2,034.10 -0.25%\nHome / Business / Shipping\n"
)
HEAD = (
    "Harbour board and union agree to resume talks on night shifts\n"
    "The board's chair said a deal could come within a week, but the dockers warned the strike would go on until then.\n"
    "Tomas Eyre\nPublished 10:42 AM, March 6, 2025\nUpdated 12:15 PM\n"
)
STORY = (
    "Talks between the harbour board of Vells and the dockers' union will resume on Friday, both sides said, after a second "
    "day of a strike that has stopped ferries along the coast.\n"
    "“We are ready to sit down and stay there until this is settled,” the board's chair, Lea Morel, told reporters.\n"
    "A week of cancelled sailings\n"
    "Ferry operators have cancelled more than forty sailings since Wednesday, and freight lines are diverting ships to Orm.\n"
)
FOOTER = (
    "Most Popular\n1\nFerry fares to rise by a fifth from June\n2\nBreakwater repairs delayed again\n"
    "Sign up for our morning briefing\nEmail address\nSubscribe\nAbout Us\nCareers\nContact Us\nPrivacy Policy\n"
    "© 2025 The Dunmore Post\n"
)


def test_a_select_all_copy_gives_the_title_date_author_and_story_and_no_menu_section():
    result, report = built(MENU + HEAD + STORY + FOOTER)
    assert report.title == "Harbour board and union agree to resume talks on night shifts"
    assert str(report.date) == "2025-03-06"
    assert [a.name for a in report.authors] == ["Tomas Eyre"]
    assert headings(report) == ["A week of cancelled sailings"]
    assert report.summary.startswith("The board's chair said a deal could come within a week")
    assert result.dropped["market ticker"] == ["Markets ▸ FTSE 100 7,682.50 ▲ 12.30 (0.16%)", "Gold $2,034.10 -0.25%"]


def test_tickers_over_a_shorter_menu_are_no_title():
    menu = "Skip to content\nSubscribe\nSign in\nNews\nWorld\nBusiness\nMarkets\nPolitics\nOpinion\nSport\nCulture\n"
    tickers = "DOW 38,239.66 +0.4%\nS&P 500 5,099.96 +1.0%\nBrent crude 89.50 -0.3%\nBusiness\n"
    _, report = built(menu + tickers + "Port workers strike as talks over new rota collapse\nBy Ines Varga\nMarch 5, 2025\n" + STORY + FOOTER)
    assert report.title == "Port workers strike as talks over new rota collapse"
    assert [a.name for a in report.authors] == ["Ines Varga"]
    assert headings(report) == ["A week of cancelled sailings"]


@pytest.mark.parametrize("line", ["DOW 38,239.66 +0.4%", "EUR/USD 1.0845 +0.12%", "Bitcoin 61,234 ▼ 2.1%", "Updated 12:15 PM"])
def test_tickers_and_an_update_s_hour_are_furniture(line):
    assert furniture_kind(line)


@pytest.mark.parametrize(
    "line",
    [
        "Dow ends at 38,239 +0.4%",  # a headline
        "The FTSE 100 closed at 7,682.50, up 0.16%.",  # a sentence
        "Arsenal 2-1",  # a score, no price
        "Unemployment 4.1% +0.2",
        "Updated guidance on ferry fares",
    ],
)
def test_near_miss_figures_in_a_headline_or_a_sentence_are_no_ticker(line):
    assert furniture_kind(line) == ""
