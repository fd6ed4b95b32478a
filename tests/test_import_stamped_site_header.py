"""A news site's page copied whole from a browser: menus, languages, apps and a breadcrumb ('HomeWorld') over the
headline, the publication stamp under it ('Published time: 18 Nov, 2015 15:41Edited time: …'), 'Get short URL', and the
footer's menus down to the copyright line."""

from __future__ import annotations

from dossier.importer import import_text

MENU = [
    "Install our reader for your browser and never miss a story again with this clean and simple app for you.",
    "facebook",
    "twitter",
    "Applications",
    "RSS",
    "ESP",
    "DE",
    "FR",
    "live",
    "09:12 GMT, Mar 3, 2019",
    "search",
    "News",
    "World",
    "Business",
    "Sport",
    "More",
    "HomeWorld",
]
STORY = [
    "Dock strike closes the eastern harbour for a third day",
    "Published time: 1 Mar, 2019 10:05Edited time: 1 Mar, 2019 11:40",
    "Get short URL",
    "Strikers at the eastern gate. © Jon Varga / Reuters",
    "Dockers at the eastern harbour stayed away from the cranes for a third day on Friday, leaving forty ships waiting offshore.",
    "“We will stay out until the port authority talks to us,” union organiser Mira Dane told the crowd at the gate.",
    "The authority said it would meet the union next week.",
]
FOOTER = ["Where to watch", "Schedule", "News", "World", "Business", "Legal disclaimer", "Privacy policy", "Feedback", "About us"]
FOOTER += ["NEWS APP", "Android", "iOS", "Español", "Deutsch", " © Harbour Broadcasting, “HB-News”, 2005–2019. All rights reserved."]


def imported(lines: list[str]) -> tuple[str, list[str]]:
    result = import_text("\n".join(lines) + "\n", "page.txt")
    return result.markdown, result.summary


def test_the_headline_over_its_publication_stamp_under_the_site_menus() -> None:
    markdown, summary = imported(MENU + STORY + FOOTER)
    assert 'title = "Dock strike closes the eastern harbour for a third day"' in markdown
    assert "date = 2019-03-01" in markdown  # the day it was published, not the site's clock nor the day it was edited
    assert "sections: 0 top-level" in " ".join(summary)
    for menu_line in ("HomeWorld", "Applications", "Get short URL", "Privacy policy", "Android", "Español", "All rights reserved"):
        assert menu_line not in markdown
    assert "union organiser Mira Dane told the crowd" in markdown


def test_published_and_updated_stamps_spaced_on_one_line() -> None:
    story = [*STORY]
    story[1] = "Published: 1 March 2019 10:05 Updated: 2 March 2019 08:00"
    markdown, _ = imported(MENU + story + FOOTER)
    assert 'title = "Dock strike closes the eastern harbour for a third day"' in markdown and "date = 2019-03-01" in markdown


def test_a_story_without_the_menus_keeps_its_opening() -> None:
    lines = ["Dock strike closes the eastern harbour", "Published: 1 March 2019", *STORY[3:]]
    markdown, _ = imported(lines)
    assert 'title = "Dock strike closes the eastern harbour"' in markdown and "Dockers at the eastern harbour" in markdown


def test_a_closing_list_with_no_copyright_line_under_it_stays() -> None:
    names = ["Signed by", "Mira Dane", "Jon Varga", "Ines Reyes", "Tomas Bell", "Ana Kell", "Rune Hossa", "Piet Harlo", "Ola Brenn"]
    names += ["Edda Lun", "Ivo Tamm"]
    markdown, _ = imported(["Dock strike closes the eastern harbour", "Published: 1 March 2019", *STORY[4:], *names])
    assert "Ivo Tamm" in markdown and "Rune Hossa" in markdown


def test_a_prose_opening_over_a_stamped_headline_is_no_menu() -> None:
    opening = [
        "The harbour board publishes its notes on the strike each week; this is the third of them, written by its staff.",
        "It sets out what the board knows and what it does not, and what it expects of the week ahead at the docks.",
    ]
    lines = [*opening, *MENU[1:9], "Dock strike closes the eastern harbour for a third day", "Published: 1 March 2019", *STORY[4:]]
    markdown, _ = imported(lines)
    assert "this is the third of them" in markdown
