"""A government news service's page copied whole with select-all, its story followed by the site's rail and footer:
the latest stories' headlines with their dates, an audio player's 'Presented by:', the contact box, the language
picker ('English' / 'Español' / 'Français' …, or on one line) and the copyright line. From under the story's last
sentence down, all is the site's: no list, no 'Contact' section. Passages of our own, with near misses."""

from __future__ import annotations

from imported import built, headings

STORY = (
    "Coastal Ferry Links Extended To Three Islands\n\nMarch 3, 2024\n\n"
    "The Marrow Islands will get a daily ferry from May, the transport ministry said in a statement on Sunday, after two "
    "years of talks with the island councils and the operators.\n\n"
    "“The islanders have waited long enough for a boat they can count on,” the minister, Tomas Ekdal, told the service.\n\n"
    "Tickets go on sale in April at www.marrowferries.example.\n\n"
)
RAIL = (
    "Latest stories\n\nMarch 3, 2024\n\nNew Clinic Opens In Port Vell\n\nMarch 2, 2024\n\nRoad Works On The North Coast Begin\n\n"
    "Service radio\n\nMarch 2, 2024\n\nEvening Bulletin March 2, 2024\n\nNews | Presented by:\n\n"
    "Contact\n\nOffice:\n\n4 Harbour Row, Vell 2\n\nTel:\n\n1 (555) 301-2200\n\nChange Language\n\n"
)
LANGUAGES = "English\n\nEspañol\nFrançais\nDeutsch\nPortuguês\n\n"
FOOTER = "Copyright 2023 The Marrow News Service. All Rights Reserved.\n"


def test_the_rail_and_the_language_picker_under_the_story_are_the_sites():
    result, report = built(STORY + RAIL + LANGUAGES + FOOTER)
    markdown = result.markdown
    assert "Tickets go on sale in April at www.marrowferries.example." in markdown
    for line in ("New Clinic Opens", "Presented by", "Harbour Row", "Español", "Contact", "Latest stories"):
        assert line not in markdown, line
    assert headings(report) == []


def test_the_languages_on_one_line_too():
    result, _report = built(STORY + RAIL + "English Español Français Deutsch\n\n" + FOOTER)
    assert "New Clinic Opens" not in result.markdown and "Español" not in result.markdown


def test_a_reports_closing_list_with_no_languages_stays():
    closing = "What comes next\n\nNew timetables\nA second boat in summer\nA night service\n\n" + FOOTER
    result, _report = built(STORY + closing)
    assert "A second boat in summer" in result.markdown and "A night service" in result.markdown


def test_a_sentence_among_the_lines_keeps_them_the_texts():
    closing = RAIL + "The ferries will also carry post and medicines to the islands every weekday.\n\n" + LANGUAGES + FOOTER
    result, _report = built(STORY + closing)
    assert "New Clinic Opens In Port Vell" in result.markdown


def test_two_languages_named_are_no_picker():
    unlabelled = RAIL.replace("Latest stories\n\n", "")  # no box labelled as the site's over the dated headlines
    result, _report = built(STORY + unlabelled + "English\n\nEspañol\n\n" + FOOTER)
    assert "New Clinic Opens In Port Vell" in result.markdown


def test_a_reports_closing_list_of_languages_with_no_footer_stays():
    closing = "The new ferry school teaches its crews in these languages:\n\nEnglish\n\nEspañol\n\nFrançais\n\nDeutsch\n"
    result, _report = built(STORY + closing)
    assert "Español" in result.markdown and "Deutsch" in result.markdown


DATED_BOX = "Latest stories\n\nMarch 3, 2024\n\nNew Clinic Opens In Port Vell\n\nMarch 2, 2024\n\nRoad Works On The North Coast Begin\n\n"


def test_a_labelled_box_of_dated_headlines_over_the_footer_is_the_sites_too():
    result, _report = built(STORY + DATED_BOX + FOOTER)
    assert "New Clinic Opens" not in result.markdown and "Latest stories" not in result.markdown
    assert "Tickets go on sale in April at www.marrowferries.example." in result.markdown


def test_a_reports_closing_timeline_over_its_copyright_line_stays():
    timeline = "Timeline\n\nMarch 3, 2024\n\nCouncils agree the route\n\nMay 6, 2024\n\nFirst daily ferry sails\n\n"
    result, _report = built(STORY + timeline + "© 2024 Marrow Ferry Board\n")
    assert "Councils agree the route" in result.markdown and "First daily ferry sails" in result.markdown
