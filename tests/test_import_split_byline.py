"""A news theme's page copied from the browser line by line: the site's menu (short items, a sign-in prompt, a weather
widget and the day's date), then the headline over 'By' / the name / the date, each on its own line, a photo's credit
in brackets, the story, and the author's name alone closing it. Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built, headings

MENU = ["Local News", "Region", "Travel", "Farming and Fishing", "Sports", "Surfing", "Culture", "Coffee", "Health", "Classifieds", "Place an Ad"]
STORY = [
    "(Photo by Ivo MARSK / Nordpress)",
    "The chief of the Nordland Harbour Board, Ada Kovel, resigned on Monday after auditors questioned a dredging contract awarded last year without a tender.",
    "“I take full responsibility for the process,” Kovel said in a short statement, adding that the board would cooperate with the audit.",
    "Tomas Brenner",
]


def page(*header: str) -> str:
    return "\n\n".join(["Harbour Board chief quits over dredging contract :", *MENU, *header, *STORY]) + "\n"


SPLIT = [
    "Sign in / Join",
    "F",
    "Nordland",
    "Tuesday, March 5, 2024",
    "Harbour Board chief quits over dredging contract",
    "By",
    "Tomas Brenner",
    "March 5, 2024",
    "Share",
]


def test_by_alone_over_the_name_and_date_under_the_headline_marks_where_the_story_starts():
    _, report = built(page(*SPLIT))
    assert report.title == "Harbour Board chief quits over dredging contract"
    assert [a.name for a in report.authors] == ["Tomas Brenner"]
    assert str(report.date) == "2024-03-05"
    assert headings(report) == []
    text = body_text(report)
    assert text.startswith("The chief of the Nordland Harbour Board")
    for menu_item in ("Farming and Fishing", "Place an Ad", "Sign in", "Photo by", "Tomas Brenner"):
        assert menu_item not in text


def test_without_a_sign_in_prompt_the_short_lines_above_are_not_taken_for_a_menu():
    """The near miss: the same lines with nothing of a site's (no sign-in, no 'Search') are left as they were read."""
    _, report = built(page(*[line for line in SPLIT if line != "Sign in / Join"]))
    assert "Place an Ad" in body_text(report)


def test_a_menu_item_read_as_a_list_names_no_authors():
    """Without the sign-in prompt the menu is no menu, but its 'Farming and Fishing' is no byline: a byline's last name
    is a given name and a surname or more, and a name of one word before it a given name."""
    _, report = built(page(*[line for line in SPLIT if line != "Sign in / Join"]))
    assert [a.name for a in report.authors] == []


def test_near_miss_bare_bylines_of_people_stay_authors():
    for byline, names in (
        ("Saskia Zandstra and Tom Keatinge", ["Saskia Zandstra", "Tom Keatinge"]),
        ("Jane and John Doe", ["Jane", "John Doe"]),
        ("Ivo Marsk, Lena Oort & K. Brand", ["Ivo Marsk", "Lena Oort", "K. Brand"]),
    ):
        _, report = built(f"Harbour Board chief quits over dredging contract\n\n{byline}\n\nMarch 5, 2024\n\n{STORY[1]}\n\n{STORY[2]}\n")
        assert [a.name for a in report.authors] == names


def test_a_bare_name_under_the_headline_with_no_date_is_the_byline():
    """A regional paper's story as its archive keeps it: the headline, the writer's name alone ('Grace Kamwendo'), the
    story, no date anywhere. Near miss: a subhead whose words the story writes in lower case ('Dredging Contract' over
    '… a dredging contract …'), or one that names the story's body ('Harbour Board'), names no author."""
    story = "\n\n".join(STORY[1:3])
    for name in ("Grace Kamwendo", "Ada Nkhoma"):
        _, report = built(f"Harbour Board chief quits over dredging contract\n\n{name}\n\n{story}\n")
        assert [a.name for a in report.authors] == [name] and headings(report) == []
    for subhead in ("Dredging Contract", "Harbour Board"):  # 'Harbour Board': the story's own 'Nordland Harbour Board'
        _, report = built(f"Harbour Board chief quits over dredging contract\n\n{subhead}\n\n{story}\n")
        assert [a.name for a in report.authors] == [], subhead


def test_a_bare_name_whose_given_name_no_list_holds_is_the_byline_by_its_place_and_shape():
    """'Zikomo Nyirenda' alone under the headline, or under its date line, or after 'By', over the story: a byline by where
    it stands and its shape (two or three capitalised words, no verb, none the story writes in lower case), whatever
    lists of given names hold."""
    story = "\n\n".join(STORY[1:3])
    for header in ("Zikomo Nyirenda", "By Zikomo Nyirenda", "March 5, 2024\n\nZikomo Nyirenda", "Chikondi Mphatso Banda"):
        _, report = built(f"Harbour Board chief quits over dredging contract\n\n{header}\n\n{story}\n")
        name = header.split("\n")[-1].removeprefix("By ")
        assert [a.name for a in report.authors] == [name] and headings(report) == [], header


def test_near_miss_a_two_word_heading_a_label_or_a_place_under_the_headline_is_no_byline():
    """A heading of abstract nouns ('Border Tensions'), one opening on its verb or with a preposition ('Navigating Without
    Maps', 'Beyond Borders'), a lettered section ('A. Background'), a site's label ('Latest News'), a place ('Lilongwe',
    'Karonga District'), or words the story writes in lower case ('Dredging Audits' over '… an audit') name no author,
    under the headline or under its date line."""
    story = "\n\n".join(STORY[1:3])
    for line in (
        "Border Tensions",
        "Latest News",
        "Lilongwe",
        "Karonga District",
        "Dredging Audits",
        "Community Relations",
        "Navigating Without Maps",
        "Beyond Borders",
        "A. Background",
    ):
        for header in (line, f"March 5, 2024\n\n{line}"):
            _, report = built(f"Harbour Board chief quits over dredging contract\n\n{header}\n\n{story}\n")
            assert [a.name for a in report.authors] == [], header
