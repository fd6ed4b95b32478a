"""A magazine's story copied whole from a browser: the site's name, the display headline and its deck, the byline, then
the section's address as its rubric ('/harbour'), the date line and its hour, the deck given again in the headline's case
(the page's other headline), and the share row ('Share', 'Tweet', 'Email', 'Comment'). None of it is a section of the
story. Passages of our own, with near misses: a path that is the text's own line, a subhead that is no deck."""

from __future__ import annotations

from imported import body_text, built, headings

HEADLINE = "The Long Fight for the Salt Road"
DECK = "How two families kept the old salt track open."
LEDE = "It took nine summers to clear the track. The county had let it close in the year of the floods."
QUOTE = '"Nobody asked us, so we stopped asking," said Tova Lind, who drove the salt carts as a girl.'
SHARE = ["Share", "", "Share", "Tweet", "Email", "Comment", "", "Print"]


def story(*header: str, body: tuple[str, ...] = (LEDE, QUOTE)) -> str:
    lines = [*header, ""]
    for paragraph in body:
        lines += [paragraph, ""]
    return "\n".join(lines) + "\n"


def header(rubric: str, again: str) -> list[str]:
    return [
        "Log In",
        "",
        "Fenmoor Monthly",
        "",
        HEADLINE,
        "",
        DECK,
        "",
        "By",
        "",
        "Oskar Brandvold",
        "",
        rubric,
        "",
        "June 3, 2019",
        "10:40 a.m.",
        "",
        again,
        "",
        *SHARE,
    ]


def test_a_rubric_path_and_the_deck_again_over_the_share_row_are_no_sections():
    _, report = built(story(*header("/outdoors", "How Two Families Kept the Old Salt Track Open")))
    assert report.title == HEADLINE
    assert [a.name for a in report.authors] == ["Oskar Brandvold"]
    assert str(report.date) == "2019-06-03"
    assert headings(report) == []
    text = body_text(report)
    assert "Tova Lind" in text
    for gone in ("/outdoors", "10:40", "Comment", "Salt Track Open"):
        assert gone not in text, gone


def test_a_rubric_of_two_parts_is_furniture_too():
    _, report = built(story(*header("/news/outdoors/", "How Two Families Kept the Old Salt Track Open")))
    assert report.title == HEADLINE and headings(report) == []
    assert "/news/outdoors/" not in body_text(report)


def test_near_miss_a_heading_that_is_no_deck_given_again_stays():
    subhead = "Why the County Let the Track Close"
    text = story(HEADLINE, "", DECK, "", "By Oskar Brandvold", "June 3, 2019", "", body=(LEDE, subhead, QUOTE))
    _, report = built(text)
    assert report.title == HEADLINE
    assert subhead in headings(report) or subhead in body_text(report)


def test_near_miss_a_path_in_the_text_is_kept():
    line = "The county's map site lists it under /trails/salt-road, with the old carts' stops marked."
    _, report = built(story(HEADLINE, "", "By Oskar Brandvold", "June 3, 2019", body=(LEDE, line, QUOTE)))
    assert "/trails/salt-road" in body_text(report)


def test_near_miss_a_subhead_repeating_the_deck_over_the_story_stays():
    subhead = "How Two Families Kept the Old Salt Track Open"
    text = story("Fenmoor Monthly", "", HEADLINE, "", DECK, "", "By", "", "Oskar Brandvold", "", "June 3, 2019", "", subhead)
    _, report = built(text)
    assert report.title == HEADLINE
    assert subhead in headings(report) or subhead in body_text(report)
    assert "Tova Lind" in body_text(report)
