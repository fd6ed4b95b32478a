"""'About the author' after a page's text, as sites set their author boxes: only a bio under it (a paragraph about a
person: 'Jane Roe is a …', 'Jane Roe writes about …') is the author's note; a list of the author's other posts under it
is the site's; the story's own prose under it stays the story's. Passages of our own."""

from __future__ import annotations

from imported import body_text, built, headings

HEAD = "Harbour fares to rise in April\n\nBy Ines Varga\n\nMarch 4, 2026\n\n"
LEAD = "The harbour board voted on Monday to raise the fares on every ferry line by a tenth from the first of April, its chairman said."
MORE = "Traders on Quay Street say the works have cost them a season, and the council has promised to look again at the rents it charges."
STORY = "The board's chairman, Piet Hoorn, said the rise would pay for two new boats, the first of them due in the autumn of next year."
POSTS = "Council names new clerk\n\nTram line to close for a week\n\nNight buses return to the old town\n\nQuay Street works run late"


def test_a_bio_under_about_the_author_is_the_authors_note():
    for heading, bio in (
        ("About the author", "Ines Varga is a reporter at the Quay Courier who covers transport and the port."),
        ("ABOUT THE AUTHOR", "Ines Varga writes about transport and the port for the Quay Courier."),
        ("About the writer", "Ines Varga, the Courier's transport reporter, joined the paper from a shipping weekly in 2019."),
    ):
        result, report = built(f"{HEAD}{LEAD}\n\n{MORE}\n\n{heading}\n\n{bio}\n")
        assert headings(report) == []
        assert bio not in body_text(report) and heading not in body_text(report)
        assert "author_note" in result.markdown and "Ines Varga" in result.markdown.split("+++")[1]


def test_the_authors_other_posts_under_the_box_are_left_out():
    _, report = built(f"{HEAD}{LEAD}\n\n{MORE}\n\nAbout the author\n\n{POSTS}\n")
    assert headings(report) == [] and "Tram line to close" not in body_text(report)
    bio = "Ines Varga is a reporter at the Quay Courier who covers transport and the port."
    _, report = built(f"{HEAD}{LEAD}\n\n{MORE}\n\nAbout the author\n\n{bio}\n\nMore from Ines Varga\n\n{POSTS}\n")
    assert "Tram line to close" not in body_text(report) and bio not in body_text(report)


def test_story_prose_under_the_heading_stays_the_storys():
    """Near miss: the heading over a paragraph that is no one's bio (the story going on, the box set in its middle by the
    copy): the prose stays in the text, and no author's note is made of it, nor an author of the people it names."""
    result, report = built(f"{HEAD}{LEAD}\n\nAbout the author\n\n{STORY}\n\n{MORE}\n")
    assert STORY in body_text(report) and MORE in body_text(report)
    assert "author_note" not in result.markdown and [a.name for a in report.authors] == ["Ines Varga"]


def test_a_bio_under_the_box_names_the_author_of_a_page_with_no_byline():
    """A paper's cover page sets 'About the Author' over the author's bio; with no byline at the top, the person the
    bio names is the author. A bio naming someone while the byline names another leaves the byline's authors."""
    bio = "Tomas Berg graduated from the Harbour Institute in 2025 and works on port security."
    _, report = built(f"Ports after the storm\n\nMarch 2026\n\n{LEAD}\n\n{MORE}\n\nAbout the Author\n\n{bio}\n")
    assert [a.name for a in report.authors] == ["Tomas Berg"]
    _, report = built(f"{HEAD}{LEAD}\n\n{MORE}\n\nAbout the author\n\n{bio}\n")
    assert [a.name for a in report.authors] == ["Ines Varga"]


def test_about_the_project_is_no_author_box():
    """Near miss: 'About the project' over its prose is the report's own section."""
    text = "The project was funded by the harbour trust and ran for two years across four ports of the northern coast."
    _, report = built(f"{HEAD}{LEAD}\n\n{MORE}\n\nAbout the project\n\n{text}\n")
    assert "About the project" in headings(report)
