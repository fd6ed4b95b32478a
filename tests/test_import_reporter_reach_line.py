"""A US paper's story closes on its reporter's contact line: '<Name> may be reached at <e-mail>. Follow her on Twitter
@x. Find <Paper> on Facebook.' (also 'can be reached at'). With no byline at the top, the name is the author where the line gives an
e-mail address and names a person (a given name the lists hold or one the address spells, no title, no body, nobody the
story named) and nothing but social lines stands under it; the line is the page's furniture. 'Contact <Name> at' is a
release's or a notice's wording: furniture only where it names the byline's writer. Passages of our own, with near misses."""

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


def test_the_follow_lines_on_their_own_line_under_it_go_with_it():
    line, follow = "Mara Lind may be reached at mlind@example.com.", "Follow her on Twitter @MaraLind. Find The Carrow Post on Facebook."
    result, report = built(STORY + line + "\n\n" + follow + "\n")
    assert [a.name for a in report.authors] == ["Mara Lind"]
    assert result.dropped["the reporter's contact line"] == [line, follow]


@pytest.mark.parametrize(
    ("byline", "line"),
    [
        ("By Mara Lind", "Contact Mara Lind at mlind@example.com."),  # a release's wording, naming the writer
        ("By Mara J. Lind", "Mara Lind may be reached at mlind@example.com."),  # the byline's middle initial
    ],
)
def test_a_line_naming_the_bylines_writer_is_furniture(byline, line):
    result, report = built("Harbour council rejects the quay plan\n\n" + byline + "\n\n" + STORY + line + "\n")
    assert result.dropped["the reporter's contact line"] == [line]
    assert [a.name for a in report.authors] == [byline.removeprefix("By ")]


@pytest.mark.parametrize(
    ("story", "line"),
    [
        (STORY, "Contact Mara Lind at mlind@example.com."),  # a release's media contact, or a notice's
        (STORY, "Contact Mary Walsh at 555-0100."),
        (STORY, "Mary Walsh can be reached at 555-0100."),  # no e-mail address: a telephone line is anyone's
        (STORY, "Austin Power can be reached at 555-0100."),
        (STORY, "Grace Church can be reached at 555-0100 or office@gracechurch.example.org."),  # a body
        (STORY, "Grace Harbour Trust may be reached at info@harbourtrust.example.org."),
        (STORY, "Detective Ray Okoro can be reached at rokoro@police.example.gov."),  # a title: a source
        (STORY.replace("council leader Tomas Brenner", "volunteer coordinator Mark Hale"), "Mark Hale can be reached at mhale@example.org."),
    ],
)
def test_near_misses_another_contact_gives_no_author_and_stays(story, line):
    result, report = built(story + line + "\n")
    assert report.authors == []
    assert line in result.markdown


@pytest.mark.parametrize("under", ["The investigation continues.", "Loading the ferries resumed on Friday, the council said."])
def test_near_miss_a_contact_line_with_the_storys_prose_under_it_stays(under):
    line = "Mara Lind may be reached at mlind@example.com."
    result, report = built(STORY + line + "\n\n" + under + "\n")
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
