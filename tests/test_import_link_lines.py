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


PAPERS = [
    ("The history of harbour pilotage", "Jane Roe of the County Archive", "describes how the pilots came to share one roster in 1926."),
    ("Tug crews and the night shift", "John Doe of Northport University", "argues that the night shift needs a second tug at the bar."),
    ("Fees for small boats", "Ann Poe of the Harbour Institute", "sets out what the owners of small boats pay for a pilot today."),
    ("Cranes on the north quay", "Max Roe of the Port Board", "explains why the cranes on the north quay stand idle each winter."),
    ("Dredging the river bar", "Eve Doe of Southport College", "shows how the bar silts up after every spring flood on the river."),
    ("Ferries to the islands", "Tom Poe of the Ferry Company", "counts the crossings the ferries lost to fog over ten winters."),
    ("Insurers and the pilots", "Ida Roe of the Insurers’ Guild", "asks whether insurers should pay a share of the night pilots."),
    ("The pilots’ own view", "Leo Doe of the Pilots’ Union", "reports what the pilots told the union about the shared roster."),
]


def collection(joint: str = "") -> str:
    lines = ["Papers on the Northern Ports", "March 3, 2026", f"This collection gathers short papers on the ports, and {PROSE.lower()}."]
    for heading, name, says in PAPERS:
        lines += [heading, name, f"{says} It draws on the board’s records and on interviews with the crews, owners and pilots."]
        lines += ["Download the full paper", "here"] if heading != PAPERS[2][0] else ["Download the full paper here"]
    text = "\n".join(lines) + "\n"
    return text.replace("Ann Poe of the Harbour Institute\nsets out", f"Ann Poe of the Harbour Institute and\n{joint}set out") if joint else text


def test_download_buttons_are_furniture_and_a_name_ending_on_and_is_no_entry_headline():
    result, report = built(collection("Bo Roe of the Dock Office\n"))
    assert headings(report) == [heading for heading, _, _ in PAPERS]
    assert "download link" in result.dropped
    assert "Ann Poe of the Harbour Institute and Bo Roe of the Dock Office set out" in body_text(report)


def test_a_download_sentence_stays():
    """Near miss: a sentence about downloads is the text's."""
    _, report = built(collection().replace("Download the full paper here", "Download figures for the port fell by half last winter."))
    assert "Download figures for the port fell by half last winter." in body_text(report)


# -- a site's related-articles cards after the story -----------------------------------------------------------------------

CARDS = (
    "\nRelated Articles\nPorts\nHow Tugs Can Anticipate Storms\nA response to the board's request for comment\nRead the full report\n"
    "June 15th 2023\n/\nBy\nJane Roe\nand\nJohn Doe\nPorts\nCan Harbour Masters Trust Forecasts?\nRead the full report\nMarch 7th 2023\n/\nBy\nSam Moe\n"
)


def test_related_articles_cards_after_the_story_are_the_sites():
    _, report = built(collection() + CARDS)
    assert headings(report) == [heading for heading, _, _ in PAPERS]
    assert "Sam Moe" not in body_text(report) and "Forecasts" not in body_text(report)


def test_a_related_reading_label_over_prose_stays():
    """Near miss: the label over a paragraph of the story's own is no list of the site's."""
    text = (
        collection()
        + "\nRelated reading\nThe board's own history of the port, published in 1990, tells the story of the first roster in more detail.\n"
    )
    _, report = built(text)
    assert "tells the story of the first roster" in body_text(report)


# -- a page's Expand button; a line that a sentence in lower case goes on from is no subhead ------------------------------

BUTTONED = (
    "The Case for a Second Night Pilot\n"
    "March 3, 2026\n"
    "The pilots' case\n"
    f"The port has one pilot at night, and {PROSE.lower()}.\n"
    "Expand\n"
    f"Ships wait at the bar for hours, and {PROSE.lower()}.\n"
    "The board's answer\n"
    f"The board says a second pilot costs too much, and {PROSE.lower()}.\n"
    "For example, the programs on harbour research and pilot training at the college (HRT)\n"
    "and\n"
    "Northport Pilots' Survey (NPS)\n"
    "at the university have counted the hours ships lose at the bar each winter, and the board has read them.\n"
)


def test_an_expand_button_is_furniture_and_a_sentence_broken_by_links_no_subhead():
    result, report = built(BUTTONED)
    assert headings(report) == ["The pilots' case", "The board's answer"]
    assert "page button" in result.dropped


def test_expand_in_lower_case_going_on_a_sentence_stays():
    """Near miss: 'expand' as a link's word inside a sentence is the text's."""
    _, report = built(BUTTONED.replace("Expand\n", "The board may\nexpand\nthe roster next year if the owners pay for it, as they have offered.\n"))
    assert "expand" in body_text(report)
