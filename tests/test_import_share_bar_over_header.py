"""A news page copied whole with select-all whose first share bar stands over the story's header: the site's menu and
its carousel of other stories' teasers (a section label, a headline and a one-line dek, each given twice), the share
bar, then the story's header and a second share bar over the story. The share bar opens the story and the teasers above
it are the site's; menus over the story's own headline and standfirst are not, and a photo's credit under the bar is
never the headline. The kicker, toggles, bracketed credit and byline rules have files of their own
(test_import_ampersand_kicker.py, test_import_share_bar_toggles.py, test_import_bracketed_credit.py,
test_import_byline_over_lines.py). Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built, headings

MENU = "Home\nNews\nSports\n"
TEASERS = (
    "Harbour\nFerry fares rise again\nCommuters face a third rise this year, and the operator blames fuel.\n"
    "Harbour\nFerry fares rise again\nCommuters face a third rise this year, and the operator blames fuel.\n"
    "Schools\nTeachers vote on a new contract\nThe union says the offer does not keep up with rents in the city.\n"
    "Schools\nTeachers vote on a new contract\nThe union says the offer does not keep up with rents in the city.\n"
)
BAR = "Facebook\nTwitter\nShow more sharing options\nShare\nClose extra sharing options\nCopy Link URL\nCopied!\nPrint\n"
HEAD = "Business & Trade\nPort seeks operator for new container terminal\nBy Jane Roe\nAug. 27, 2019\n"
STORY = (
    "The Harbourton Port Authority wants an experienced operator for its new container terminal, said Tom Okafor, the port's director.\n"
    "“We want them to book the berths every week of the year, not only in the busy summer months,” he said at a board meeting.\n"
    "The terminal opens in the spring and will have four berths, two cranes and a rail link to the freight yard north of the city.\n"
    "The authority expects bids by October, Okafor said, and it hopes to pick the winning firm before the end of the year.\n"
)


def test_a_share_bar_over_the_header_opens_the_story_and_the_teasers_above_it_are_the_site_s():
    result, report = built(MENU + TEASERS + BAR + HEAD + "Facebook\nTwitter\nShare\n" + STORY)
    assert report.title == "Port seeks operator for new container terminal"
    assert [a.name for a in report.authors] == ["Jane Roe"]
    assert str(report.date) == "2019-08-27"
    assert headings(report) == []
    assert "Ferry fares" not in body_text(report) and "Show more sharing" not in body_text(report)
    assert "Okafor" in body_text(report)
    assert "Teachers vote on a new contract" in result.dropped["the site's teasers and share bar over the story's header"]


def test_the_header_with_its_photo_credit_standfirst_and_a_name_split_over_lines():
    head = (
        "Business & Trade\nPort seeks operator for new container terminal\n"
        "A crane unloads a ship at the east quay. The port plans to hire a firm to run the terminal.\n(Harbourton Port Authority)\n"
        "The authority wants a firm to run its $90 million terminal and keep it busy all year\nBy\nJane\nVan Roe\nAug. 27, 2019\n"
    )
    _, report = built(MENU + TEASERS + BAR + head + "Facebook\nTwitter\nShare\n" + STORY)
    assert report.title == "Port seeks operator for new container terminal"
    assert [a.name for a in report.authors] == ["Jane Van Roe"]
    assert str(report.date) == "2019-08-27"
    assert report.summary.startswith("The authority wants a firm")
    assert headings(report) == []
    assert "(Harbourton Port Authority)" not in body_text(report)


def test_a_share_bar_under_the_story_s_own_headline_keeps_the_headline():
    # near miss: the headline over the bar, no teasers: the header reads as before
    _, report = built("Port seeks operator for new container terminal\nFacebook\nTwitter\nShare\nBy Jane Roe\nAug. 27, 2019\n" + STORY)
    assert report.title == "Port seeks operator for new container terminal"
    assert [a.name for a in report.authors] == ["Jane Roe"]


SECTIONS = "Velden\nLakeside\nWeather\nArts\nPodcasts\nVelden\n"


def test_menus_over_the_story_s_own_headline_and_standfirst_keep_the_header():
    # near miss: the site's menu, then the story's headline and standfirst over the bar, a caption under it
    head = "Library to open on Sunday afternoons\nReaders asked for longer hours in a survey of four thousand households\n"
    under = "Readers queue at the central library on Velden square\nBy Lea Sund\nMay 3, 2026\n"
    result, report = built(SECTIONS + head + "Facebook\nTwitter\nEmail\nShare\n" + under + STORY)
    assert report.title == "Library to open on Sunday afternoons"
    assert report.summary.startswith("Readers asked for longer hours")
    assert "the site's teasers and share bar over the story's header" not in result.dropped


def test_a_photo_credit_under_the_bar_is_never_the_headline():
    # near miss: the site's menu and two teasers' headlines, given once, over the bar; a labelled credit under it
    teasers = "Library to open on Sunday afternoons\nVelden keeps its old market hall\nPhoto: Ivo Marsk/Lake Wire\n"
    under = "Photo: Lea Sund/Lake Wire\nBy Lea Sund\nMay 3, 2026\n"
    _, report = built(SECTIONS + teasers + "Facebook\nTwitter\nEmail\nShare\n" + under + STORY)
    assert not report.title.startswith("Photo")


def test_a_story_over_a_share_bar_and_the_next_story_s_header_is_kept():
    # near miss: the story (its own byline and date) over the bar, another story's header under it: the bar closes the story
    first = "Ferry fares rise again\nBy Ana Lind\nAug. 26, 2019\n" + STORY
    _, report = built(MENU + first + "Facebook\nTwitter\nShare\nPrint\n" + HEAD + STORY)
    assert report.title == "Ferry fares rise again"
    assert [a.name for a in report.authors] == ["Ana Lind"]
