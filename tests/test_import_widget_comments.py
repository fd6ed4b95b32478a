"""Readers' comments under a news story copied whole (select all, copy) from a comment widget: each under its poster's
handle and how long ago it was posted, the widget's 'Report Comment' link glued before the handle ('Report
CommentTomas (1 day ago)'), the box's count and sort tabs over them and its 'N comments displayed' under them. The box
is the site's: no sections named after a comment, no reader's words in the report. Passages of our own, near misses."""

from __future__ import annotations

import pytest
from imported import body_text, built, headings

STORY = (
    "Ferry office plan draws criticism\nBy Lia Brun\nPublished: 11/18/2011  2:27 AM\n\n"
    "Criticism of the plan to close the ferry office is growing, and with good reason this winter.\n\n"
    "Harbour Master Ilse Varnholt wrote the board, saying her staff are worried “about answering the public on time.”\n\n"
    "Does the board need any more reasons to drop the plan? We think not, and neither do the harbour's own staff.\n\n"
)


def _comments(header: str) -> str:
    return (
        f"{header.format(handle='Oskar Rahn', age='1 day ago')}\nSimply awful. I side with the editors.\n\nWhose idea was this?\n\t\n"
        f"{header.format(handle='QuayFan 4', age='2 hours ago')}\nI think the plan came from the board's back room, to hide the money.\n\t\n"
        f"{header.format(handle='Dockside Pia', age='3 days ago')}\nAre they trying to make things harder for everyone??\n"
    )


@pytest.mark.parametrize(
    ("box", "header", "foot"),
    [
        (
            "Reader Comments\t3 Total\nShow:  Newest First\nLearn About Our Comment Policy\n\t\n",
            "Report Comment{handle} ({age})",
            "3 comments displayed\n",
        ),
        ("", "Report Abuse{handle} ({age})", "In order to post a comment on this page, you must sign in.\n"),
        ("Comments (3)\nSort by: Oldest\n", "{handle} ({age})", "3 comments displayed\n"),
    ],
)
def test_a_comment_widget_s_comments_under_the_story_are_the_site_s(box, header, foot):
    _result, report = built(STORY + box + _comments(header) + foot)
    assert headings(report) == []
    text = body_text(report)
    assert "Simply awful" not in text and "back room" not in text and "displayed" not in text and "Comment Policy" not in text
    assert "Ilse Varnholt" in text and text.rstrip().endswith("neither do the harbour's own staff.")


def test_near_miss_handles_with_ages_but_no_comment_box_stay():
    """A story's list of people, each with how long ago they arrived, has no comment box over it nor 'Report' links."""
    people = (
        "The shelter's newest residents:\n\nOskar Rahn (2 days ago)\nHe came from the north quay.\n\n"
        "Pia Dorn (3 days ago)\nShe came with her two children.\n"
    )
    _result, report = built(STORY + people)
    assert "north quay" in body_text(report) and "two children" in body_text(report)


def test_near_miss_a_name_with_an_age_in_brackets_is_no_comment_header():
    line = "Report Comment Oskar Rahn (44) said the plan was wrong."
    _result, report = built(STORY + line + "\n\nReport Comment Pia Dorn (51) agreed with him on the quay.\n")
    assert "Oskar Rahn (44)" in body_text(report)
