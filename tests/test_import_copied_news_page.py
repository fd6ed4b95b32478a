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
