"""A related story's box inside a copied news story, between two of its paragraphs: the box's section label and headline
given twice (its link's text and its card's) and a one-line dek. The site's, no section of the story. Passages of our
own, with near misses."""

from __future__ import annotations

from imported import body_text, built, headings

HEAD = "Port seeks operator for new container terminal\nBy Jane Roe\nAug. 27, 2019\n"
BEFORE = (
    "The Harbourton Port Authority wants an experienced operator for its new container terminal, said Tom Okafor, the port's director.\n"
    "“We want them to book the berths every week of the year, not only in the busy summer months,” he said at a board meeting.\n"
)
AFTER = (
    "The terminal opens in the spring and will have four berths, two cranes and a rail link to the freight yard north of the city.\n"
    "The authority expects bids by October, Okafor said, and it hopes to pick the winning firm before the end of the year.\n"
)


def test_a_label_and_headline_given_twice_over_a_dek_between_paragraphs_is_the_site_s_box():
    box = "Harbour\nFerry fares rise again on the north line\nHarbour\nFerry fares rise again on the north line\nCommuters face a third rise this year\n"
    result, report = built(HEAD + BEFORE + box + AFTER)
    assert headings(report) == []
    assert "Ferry fares" not in body_text(report) and "Commuters face" not in body_text(report)
    assert "four berths" in body_text(report)
    assert "Harbour" in result.dropped["a related story's box inside the story"]


def test_a_box_without_its_dek_is_the_site_s_too():
    box = "Harbour\nFerry fares rise again on the north line\nHarbour\nFerry fares rise again on the north line\n"
    _, report = built(HEAD + BEFORE + box + AFTER)
    assert "Ferry fares" not in body_text(report)


def test_a_subhead_given_twice_over_the_text_stays_a_subhead():
    # near miss: a scrape gives a subhead twice (its anchor's text and the heading): no box, the subhead is kept
    _, report = built(HEAD + BEFORE + "Four berths and a rail link\nFour berths and a rail link\n" + AFTER)
    assert "Four berths and a rail link" in headings(report) + body_text(report).split("\n")


def test_a_refrain_sung_twice_between_paragraphs_stays_in_the_story():
    # near miss: two lines of verse given twice have a box's shape but not its label and headline
    song = "Row the boat, row it home\nThe tide will bring us in\nRow the boat, row it home\nThe tide will bring us in\n"
    result, report = built(HEAD + BEFORE + song + AFTER)
    assert "Row the boat, row it home" in body_text(report)
    assert "a related story's box inside the story" not in result.dropped


def test_a_chant_of_one_line_given_twice_over_a_line_stays_in_the_story():
    # near miss: one line of a chant twice over a line: the comma in it says it is no headline
    chant = "Not one more fare, not one more\nNot one more fare, not one more\nThe harbour answered with its horns\n"
    result, report = built(HEAD + BEFORE + chant + AFTER)
    assert "Not one more fare, not one more" in body_text(report)
    assert "a related story's box inside the story" not in result.dropped
