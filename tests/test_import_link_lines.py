"""A page copied from a browser with each link on a line of its own: a name that is a link opening the sentence under a
heading, and a bold label run into its list item. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import PROSE, body_text, built, headings

COLLECTION = (
    "Papers on the Northern Ports\n"
    "March 3, 2026\n"
    f"This collection gathers short papers on the ports of the north, and {PROSE.lower()}.\n"
    "The history of harbour pilotage\n"
    "Jane Roe of the County Archive\n"
    "describes how the pilots of the northern ports came to share one roster, and why the boards agreed to it in 1926.\n"
    "Tug crews and the night shift\n"
    "John Doe of Northport University\n"
    "argues that the night shift needs a second tug, and sets out what the crews told him over two winters at the quay.\n"
)


def test_a_name_that_is_a_link_opens_the_paragraph_under_its_heading():
    _, report = built(COLLECTION)
    assert headings(report) == ["The history of harbour pilotage", "Tug crews and the night shift"]
    assert "Jane Roe of the County Archive describes how the pilots" in body_text(report)


LABELLED = (
    "The Case for a Second Night Pilot\n"
    "March 3, 2026\n"
    f"The port has one pilot at night, and {PROSE.lower()}.\n"
    "Improvements the board could test include:\n"
    "Shared rosters\n"
    ", to let the pilots of two ports cover each other's nights at no extra cost to the owners.\n"
    "Evidence suggests\n"
    "that a second pilot at night halves the hours ships wait at the bar, in every port that has tried it.\n"
)


def test_a_bold_label_run_into_its_item_is_no_heading():
    _, report = built(LABELLED)
    assert headings(report) == []
    assert "Evidence suggests that a second pilot at night" in body_text(report)


def test_a_short_line_over_a_few_words_in_lower_case_stays_apart():
    """Near miss: a label over a list's item in lower case of fewer than four words is not run into it."""
    text = LABELLED.replace(
        "Evidence suggests\nthat a second pilot at night halves the hours ships wait at the bar, in every port that has tried it.\n",
        "Topics\nnight shifts\nport fees\n",
    )
    _, report = built(text)
    assert "Topics night shifts" not in body_text(report)
