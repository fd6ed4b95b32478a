"""A news site's story page copied whole from a browser (select all, copy): the search box and menus, a breadcrumb
('Home»' / 'News»' / 'Local'), the headline with a reading-list button run onto it ('… Add to ...'), an agency's credit
in the byline's place ('MILLBROOK — The Valley Press'), the date line, the page's buttons ('Comments', 'AA'), and its
feedback link at the foot. Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built, headings

HEADLINE = "Quarry expansion splits the valley council; mayor calls for calm"
LEDE = "The plan to widen the old quarry drew fire on Monday from two members of the valley council."
QUOTE = '"We were never shown the traffic study," council member Ilse Varga said after the vote.'
TOP = ["Jump to main navigationJump to main content", "News Search", "Login", "Subscribe Help", "Home", "News", "Local"]
CRUMBS = ["Home»", "News»", "Local"]


def story(*header: str, foot: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*header, LEDE, QUOTE, *foot]) + "\n"


def copied(headline: str, byline: str, *buttons: str) -> str:
    return story("\n".join([*TOP, *CRUMBS, headline]), byline, "Published Tuesday, May 4, 2021 9:15AM EDT", "\n".join(buttons))


def test_the_headline_under_a_breadcrumb_with_a_widget_button_run_onto_it():
    for tail in (" Add to ...", " Add to …", ""):
        result, report = built(copied(HEADLINE + tail, "By Tom Aker", "Comments", "AA"))
        assert report.title == HEADLINE, tail
        assert [a.name for a in report.authors] == ["Tom Aker"], tail
        assert str(report.date) == "2021-05-04" and "date line at the top" in " ".join(result.summary), tail
        assert headings(report) == [], tail
        assert "Add to" not in body_text(report) and "Comments" not in body_text(report), tail
    # near miss: 'add to' inside a headline's words stays
    _, report = built(copied("Three new names add to the valley council's list of critics", "By Tom Aker", "Comments", "AA"))
    assert report.title == "Three new names add to the valley council's list of critics"


def test_an_agency_credit_after_the_dateline_s_place_is_the_byline():
    for credit, agency in (
        ("MILLBROOK — The Valley Press", "The Valley Press"),
        ("MILLBROOK, Ont. — Reuters", "Reuters"),
        ("MILLBROOK -- AFP", "AFP"),
        ("MILLBROOK — IRNA", "IRNA"),  # the wires a dateline's brackets name: one list
    ):
        _, report = built(copied(HEADLINE, credit, "Comments", "AA"))
        assert [a.name for a in report.authors] == [agency], credit
        assert credit not in headings(report) and credit not in body_text(report), credit
    # near miss: a place and a name that is no newsroom's is no byline
    for credit in ("MILLBROOK — Valley Council", "MILLBROOK — NATO"):
        _, report = built(copied(HEADLINE, credit, "Comments", "AA"))
        assert report.authors == [], credit


def test_a_lone_comments_heading_and_a_feedback_link():
    """One 'Comments' line under the date line, the text under it, may be the report's heading: it stays. The page's
    'Report Typo/Error' link at the foot is furniture."""
    text = story(HEADLINE, "By Tom Aker", "May 4, 2021", "Comments", foot=("Report Typo/Error",))
    result, report = built(text)
    assert "Comments" in headings(report)
    assert "Report Typo/Error" not in headings(report) and result.dropped["feedback link"] == ["Report Typo/Error"]


RAIL = (
    "Next Story",
    "Quarry expansion splits the valley council",
    "Tuesday, May. 4, 2021 9:15AM EDT",
    "Ferry timetable changes for the summer",
    "Tuesday, May. 4, 2021 7:02AM EDT",
    "Life",
    "How one bakery outlasted three recessions",
    "Most popular videos »",
    "News",
    "Library wing opens after two years",
)


def test_the_next_story_rail_of_dated_headlines_ends_the_story():
    for rail in (RAIL, ("\n".join(RAIL),), ("Read next", *RAIL[1:5])):
        _, report = built(story(HEADLINE, "By Tom Aker", "May 4, 2021", foot=rail))
        assert headings(report) == [], rail[0]
        assert "bakery" not in body_text(report) and "Ferry timetable" not in body_text(report), rail[0]
        assert QUOTE.strip('"')[:20] in body_text(report)
    # near misses: one dated headline under the button, or none, is not the site's rail; the text under it stays
    _, report = built(story(HEADLINE, "By Tom Aker", "May 4, 2021", foot=(*RAIL[:3], "The council meets again in June, when the study is due.")))
    assert "The council meets again in June" in body_text(report)
    _, report = built(story(HEADLINE, "By Tom Aker", "May 4, 2021", foot=("Next", "The council meets again in June, when the study is due.")))
    assert "The council meets again in June" in body_text(report)


CAPTION = "Mayor Rita Holm answers a question in the valley council chamber on Monday, May 3, 2021."
CREDIT = "(Jon Brake/THE VALLEY PRESS)"
LONGER_MENU = [*TOP, "Opinion", "Business", "Local Insider", "Elections"]


def test_the_headline_with_its_button_under_a_long_menu_and_the_lead_photos_caption():
    """A news site's page copied whole: the menus ending on 'Local Insider' / 'Elections', the breadcrumb, the lead photo's
    caption given twice and its credit, then the headline with its reading-list button: the button marks the headline,
    and all above it is the page's, never the title nor the text."""
    header = "\n".join([*LONGER_MENU, *CRUMBS, CAPTION, CAPTION, CREDIT, HEADLINE + " Add to ..."])
    result, report = built(story(header, "MILLBROOK — The Valley Press", "Published Tuesday, May 4, 2021 9:15AM EDT", "Comments\nAA"))
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["The Valley Press"]
    assert headings(report) == [] and CAPTION not in body_text(report) and "Elections" not in body_text(report)
    assert result.dropped["the page over the headline its reading-list button marks"][-1] == CREDIT


def test_the_pages_buttons_under_an_updated_stamp_and_its_related_list_over_the_next_story_rail():
    closing = "The council will meet again on Thursday to hear the quarry's owners, and the mayor has asked both sides to wait for it."
    foot = (
        closing,
        "Report Typo/Error",
        "More Related to this Story",
        "Local Quarry plan goes back to the drawing board",
        "Local Valley council to vote on bus lanes",
        "Topics\nQuarry\nValley Council\nComments\nAA",
        "Next Story",
        HEADLINE,
        "Tuesday, May. 4, 2021 9:15AM EDT",
        "Valley council to vote on bus lanes",
        "Monday, May. 3, 2021 4:10PM EDT",
        "Your number one partner for reaching the valley's readers.",
        "Or go directly to:",
    )
    header = "\n".join([*LONGER_MENU, *CRUMBS, HEADLINE + " Add to ..."])
    stamps = ["Published Tuesday, May 4, 2021 9:15AM EDT", "Last updated Tuesday, May 4, 2021 9:58AM EDT"]
    _, report = built(story(header, "MILLBROOK — The Valley Press", *stamps, "Comments\nAA", foot=foot))
    assert headings(report) == []
    assert body_text(report).split("\n")[-1] == closing


def test_without_the_button_the_lines_over_the_headline_are_read_as_before():
    # near miss: a headline with no reading-list button; nothing above it is cut by this rule
    header = "\n".join([CAPTION, HEADLINE])
    result, _ = built(story(header, "By Tom Aker", "May 4, 2021"))
    assert "the page over the headline its reading-list button marks" not in result.dropped


def test_the_comments_and_recommend_buttons_beside_the_share_bar_are_no_heading():
    """A select-all copy's share bar under the date line ('Print' / 'Email' / 'Share' / 'Comments' / 'Recommend' /
    'Tweet'): its comment and recommend buttons are the bar's, no section over the story."""
    for bar in (
        ["Print", "Email", "Share", "Comments", "Recommend", "Tweet"],
        ["Share", "Comments"],
        ["Comments", "Like", "Share"],
        ["Recommend", "Print"],
    ):
        _, report = built(story(HEADLINE, "By Tom Aker", "Published May 4, 2021", "\n".join(bar)))
        assert headings(report) == [], bar
        assert body_text(report).split("\n")[0] == LEDE, bar
    # near miss: 'Comments' alone over the text, no share bar beside it, stays the report's heading
    _, report = built(story(HEADLINE, "By Tom Aker", "Published May 4, 2021", "Recommendations", "Comments"))
    assert "Comments" in headings(report)
