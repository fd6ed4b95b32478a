"""A US paper's story closes on its reporter's contact line: '<Name> may be reached at <e-mail>. Follow her on Twitter
@x. Find <Paper> on Facebook.' (also 'can be reached at', 'Contact <Name> at'). With no byline at the top, the name is
the author, where it is a person's whose given name the lists hold or whose e-mail address spells the name; the line is
the page's furniture, never a paragraph. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from imported import body_text, built

STORY = (
    "PORT CARROW — The harbour council on Tuesday rejected the quay plan, leaving the ferry company without a berth.\n\n"
    "“We cannot approve a plan that nobody has costed,” said council leader Tomas Brenner.\n\n"
    "The ferry company said it would appeal, and a spokesman for the mayor declined to comment on the vote.\n\n"
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Mara Lind may be reached at mlind@example.com. Follow her on Twitter @MaraLind. Find The Carrow Post on Facebook.", "Mara Lind"),
        ("Mara Lind can be reached at 555-0100 or mlind@example.com.", "Mara Lind"),
        ("Contact Mara Lind at mlind@example.com.", "Mara Lind"),
        ("Tove Quarrie may be reached at tquarrie@example.com.", "Tove Quarrie"),  # no listed given name: the address spells it
    ],
)
def test_the_reporters_contact_line_at_the_end_gives_the_author_and_is_furniture(line, author):
    result, report = built(STORY + line + "\n")
    assert [a.name for a in report.authors] == [author]
    assert "reached at" not in body_text(report) and "Contact Mara" not in body_text(report)
    assert result.dropped["the reporter's contact line"] == [line]
    assert not any(p.message.startswith("no byline found") for p in result.problems)


def test_under_a_byline_the_writers_own_contact_line_is_furniture():
    line = "Mara Lind may be reached at mlind@example.com. Follow her on Twitter @MaraLind."
    result, report = built("Harbour council rejects the quay plan\n\nBy Mara Lind\n\n" + STORY + line + "\n")
    assert [a.name for a in report.authors] == ["Mara Lind"]
    assert result.dropped["the reporter's contact line"] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Tove Quarrie may be reached at info@example.com.",  # no listed given name, an address that spells no name
        "Residents can contact Tove Quarrie at 555-0100 with questions about the ferry timetable.",
        "Mara Lind may be reached at mlind@example.com, the council said, after the meeting closed.",  # the story goes on
    ],
)
def test_near_misses_stay_text_and_give_no_author(line):
    result, report = built(STORY + line + "\n")
    assert report.authors == []
    assert line in result.markdown


def test_near_miss_another_persons_contact_line_under_a_byline_stays():
    line = "Tomas Brenner can be reached at tbrenner@example.com."
    result, report = built("Harbour council rejects the quay plan\n\nBy Mara Lind\n\n" + STORY + line + "\n")
    assert [a.name for a in report.authors] == ["Mara Lind"]
    assert line in result.markdown


def test_a_contact_line_higher_up_is_the_storys():
    line = "Mara Lind may be reached at mlind@example.com."
    result, report = built(STORY + line + "\n\n" + STORY.replace("PORT CARROW — ", ""))
    assert report.authors == []
    assert line in result.markdown
