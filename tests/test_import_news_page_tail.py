"""The tail of a news page copied whole (select all, copy) under its story: the print edition's headline ('Original
Print Headline: …'), a box of the section's other stories ('Other Valley Courier Opinion Stories'), a numbered 'Most
Popular Stories' list and the footer's links between pipes. All of it the site's: no section, no paragraph. Passages
of our own, with near misses."""

from __future__ import annotations

import pytest
from imported import body_text, built, headings

STORY = (
    "Ferry office plan draws criticism\nBy Lia Brun\nPublished: 11/18/2011  2:27 AM\n\n"
    "Criticism of the plan to close the ferry office is growing, and with good reason this winter.\n\n"
    "Harbour Master Ilse Varnholt wrote the board, saying her staff are worried “about answering the public on time.”\n\n"
    "Does the board need any more reasons to drop the plan? We think not, and neither do the harbour's own staff.\n\n"
)
OTHER = (
    "{label}\n \t\t \tEditorial: Another blow to the tram line\n \t\t \tSnow crews to be doubled over the holiday.\n"
    " \t\t \tWould the town do better running its own buses?\n\n"
)
POPULAR = (
    "Most Popular Stories\nMost Viewed\nMost Commented\n1. \tTram fares rise\n2. \tLetter to the Editor: Furious\n"
    "3. \tEditorial: Another blow to the tram line\nView the Top 50\nThese are the most viewed stories in the last 24 hours.\n\n"
)
FOOTER = "Home | Contact Us | Search | Subscribe | Customer Service | About | Privacy\nCopyright © 2011, Valley Publishing Co. All rights reserved.\n"


@pytest.mark.parametrize("label", ["Other Valley Courier Opinion Stories", "More Editorials Stories", "Other Headlines"])
@pytest.mark.parametrize("popular", [POPULAR, ""])
def test_the_site_s_boxes_under_the_story_are_furniture(label, popular):
    tail = "\nOriginal Print Headline: Keep it open\n\nBy Lia Brun\n\n" + OTHER.format(label=label) + popular + FOOTER
    _result, report = built(STORY + tail)
    assert headings(report) == []
    text = body_text(report)
    assert "Print Headline" not in text and "tram line" not in text and "Snow crews" not in text and "Customer Service" not in text
    assert "Top 50" not in text and "Tram fares" not in text
    assert text.rstrip().endswith("neither do the harbour's own staff.")


def test_the_print_headline_alone_under_the_story_is_furniture():
    _result, report = built(STORY + "Original Print Headline: More reasons\n")
    assert "Print Headline" not in body_text(report)


def test_near_miss_a_section_named_other_stories_with_prose_under_it_stays():
    section = (
        "Other Harbour Stories\n\n"
        "The ferry office is not the only service the board has cut this year, and the others tell the same story of a board "
        "that saves on what the public sees least, from the night bus to the reading room of the old customs house.\n"
    )
    _result, report = built(STORY + section)
    assert "night bus" in body_text(report)


@pytest.mark.parametrize(
    "line",
    [
        "Year | Fares | Riders | Staff | Offices",  # a table's head copied with its pipes, rows with figures under it
        "2010 | 4.50 | 1,200 | 14 | 3",
    ],
)
def test_near_miss_a_table_row_with_pipes_higher_up_stays(line):
    table = f"{line}\n2011 | 4.80 | 1,150 | 12 | 2\n\nThe figures show the office already lost two staff in a year, the board's own numbers say.\n\n"
    _result, report = built(STORY + table + "The harbour's staff will meet the board again in spring, they said on Tuesday.\n")
    assert line.split(" | ")[1] in body_text(report)
