"""A local news site's story copied whole from a browser (select all, copy): the site's name and menu over the headline,
the lead photo's gallery name and credited caption, a byline the copy gives twice ('Name | Outlet By Name | Outlet'), the
author's links and a date line 'on <date> at <hour>, updated …'. Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built, headings

HEADLINE = "Quarry expansion splits the valley council"
LEDE = "MILLBROOK — The plan to widen the old quarry drew fire on Monday from two members of the valley council."
QUOTE = '"We were never shown the traffic study," council member Ilse Varga said after the vote.'


def story(*header: str) -> str:
    return "\n".join([*header, "", LEDE, "", QUOTE, ""]) + "\n"


def test_a_site_name_and_a_short_menu_over_the_headline_are_no_title():
    """'Valleypost.com' over 'Menu' / 'Home' and four sections: the site's, the headline under them the title."""
    _, report = built(story("Valleypost.com", "Menu", "Home", "Local", "Schools", "Weather", HEADLINE, "By Tom Aker", "May 4, 2021"))
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["Tom Aker"]
    assert str(report.date) == "2021-05-04"


def test_a_pipe_byline_naming_the_outlet_is_the_byline():
    """'By Tom Aker | Valley Media for valleypost.com': the writer, the outlet after the bar, never the title."""
    for byline in ("By Tom Aker | Valley Media for valleypost.com", "By Tom Aker | The Valley Post"):
        _, report = built(story(HEADLINE, "", byline, "May 4, 2021"))
        assert report.title == HEADLINE, byline
        assert [a.name for a in report.authors] == ["Tom Aker"], byline
        assert str(report.date) == "2021-05-04", byline


def test_an_on_date_at_hour_updated_line_is_the_date_line():
    """'on May 4, 2021 at 9:15 AM, updated May 4, 2021 at 11:02 AM' right under the byline: the date, not the text's."""
    for byline in ("By Tom Aker | Valley Media for valleypost.com", "By Tom Aker"):
        _, report = built(story(HEADLINE, "", byline, "on May 4, 2021 at 9:15 AM, updated May 4, 2021 at 11:02 AM"))
        assert str(report.date) == "2021-05-04", byline
        assert "updated" not in body_text(report), byline


# the headline over a gallery caption, a doubled byline with the outlet after the bar, the author's links and the date line
BYLINED_HEADLINE = [
    HEADLINE,
    "Quarry hearing",
    "Ilse Varga, seen at a hearing in March, asked for the traffic study on Monday (Rui Matos/The Valley Post)",
    "Print",
    "Tom Aker | Valley Media for Valleypost.com By Tom Aker | Valley Media for Valleypost.com",
    "Email the author | Follow on Twitter",
    "on May 4, 2021 at 9:15 AM, updated May 4, 2021 at 11:02 AM",
    "View/Post Comments",
]


def test_a_byline_given_twice_under_a_gallery_and_a_credited_caption():
    """The whole header of such a copy: the menu, a sign-in box, the gallery's name, its caption with '(Name/Outlet)', the
    byline twice on one line, 'Email the author | Follow on Twitter', the date line and 'View/Post Comments'."""
    menu = ["Valleypost.com", "Menu", "Home", "Local", "Schools", "Sports", "Business", "Opinion", "Jobs", "Subscribe", "Sign in to"]
    header = [
        *menu,
        "Valleypost.com",
        "Forgot your username and password?",
        *BYLINED_HEADLINE,
    ]
    result, report = built(story(*header))
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["Tom Aker"]
    assert str(report.date) == "2021-05-04"
    assert headings(report) == []
    text = body_text(report)
    assert "Email the author" not in text and "Forgot your" not in text and "View/Post" not in text
    assert ":credit: Rui Matos/The Valley Post" in result.markdown
    assert "Quarry hearing" not in result.markdown.split("+++")[-1] and "MILLBROOK" in text


def test_near_misses_stay_as_they_were():
    """A name over the bar that is no byline, a sentence opening 'On May 4, 2021, …' and a site's name in the text."""
    _, report = built(story(HEADLINE, "", "Tom Aker | Valley Media", "May 4, 2021"))
    assert report.title == HEADLINE
    on_day = "On May 4, 2021, the council voted to hear the quarry's owners again before the summer."
    _, report = built(f"{HEADLINE}\n\nBy Tom Aker\n\nMay 4, 2021\n\n{LEDE}\n\n{on_day}\n")
    assert on_day in body_text(report)
    result, _ = built(f"{HEADLINE}\n\nBy Tom Aker\n\nMay 4, 2021\n\n{LEDE}\n\nValleypost.com\n\n{QUOTE}\n")
    assert "Valleypost.com" in result.markdown.split("+++")[-1]  # below the headline the site's name is kept
    # a line of three sections alone is no menu: the first short line over the headline stays a kicker, never the title
    _, report = built(story("Local", "Schools", HEADLINE, "By Tom Aker", "May 4, 2021"))
    assert report.title == HEADLINE


LONG_MENU = [
    "Valleypost.com", "Menu", "Home", "Local", "Schools", "Sports", "Business", "Opinion", "Jobs", "Subscribe",
    *[f"{town} Courier" for town in ("Millbrook", "Ashford", "Brenton", "Corley", "Dunmore", "Elsford", "Farley", "Glenmore")],
    "Back to Main Menu", "Close", "Customize Your Weather", "Set Your Location (Enter City and State or Zip Code)",
    "Your weather is set to Millbrook. You can change the location at any time.", "View Full Weather Report", "Search Valleypost.com", "Account Sign In", "Close",
    "Sign in to", "Valleypost.com", "Remember me", "Forgot your username and password?", "Don't have an account?",
    *[f"{town} Courier" for town in ("Millbrook", "Ashford", "Brenton", "Corley", "Dunmore", "Elsford", "Farley", "Glenmore")],
    "comments",
]  # fmt: skip


def test_a_menu_of_forty_lines_with_a_headline_like_line_in_it_is_no_title():
    """The whole copy's menus run past a weather box's 'Set Your Location (…)' to the headline over the doubled byline:
    the headline is the one over the byline, its date line under the author's links."""
    header = [
        *LONG_MENU,
        *BYLINED_HEADLINE,
    ]
    _, report = built(story(*header))
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["Tom Aker"]
    assert str(report.date) == "2021-05-04"
