"""A page copied whole (select all, or printed to a PDF) goes on after its story: the site's boxes of other stories picked
for the reader ('Popular Right Now', 'Recently Posted', 'Stories Chosen For You', 'You may also like'), each card a
headline, its writer, its stamp, its count of likes and at most one line of description, and the site's call to
comment. All of it is the site's: no sections, no paragraphs, no quotation of the story. Passages of our own, each
with a near miss."""

from __future__ import annotations

from imported import body_text, built, headings

HEAD = "Harbour tolls to double in Velden\n\nby Ines Marlow March 9, 2021 at 10:05am\n\n"
STORY = (
    "The Velden harbour board voted on Tuesday to double the tolls on the east quay from April, citing repairs to the wall.\n\n"
    '"Nobody likes paying more, but the wall will not fix itself," said Oskar Lund, the board\'s chairman.\n\n'
)


def test_popular_and_recent_boxes_after_a_closing_byline_are_the_sites():
    trailer = (
        "Tell us what you think in the comments below.\n\n"
        "By: Ines Marlow on March 9, 2021 at 10:05am\n\n"
        "Popular Right Now\nRuth Anker\nMayor Calls Rival's Plan 'A Fantasy'\n\n2.1k Likes, Comments & Shares\n\nLike\nComment Share\n"
        "Recently Posted\nRuth Anker March 9, 2021 at 9:40am\nCouncil Delays Stadium Vote Again\n14 Likes, Comments & Shares\n"
    )
    result, report = built(HEAD + STORY + trailer)
    assert not headings(report)
    assert body_text(report).endswith("the board's chairman.")
    assert "Council Delays Stadium Vote Again" in result.dropped["site's lists after the story"]
    assert result.dropped["comment prompt"] == ["Tell us what you think in the comments below."]


def test_a_teaser_quoting_someone_under_its_headline_is_the_sites():
    trailer = (
        "Stories Chosen For You\nGovernor says ferry deal is 'finished'\nRuth Anker\n"
        'Halden told reporters the deal was "finished" and blamed the board.\n'
        "Night buses return to the old town\nTomas Bree\n"
    )
    result, report = built(HEAD + STORY + trailer)
    assert "Halden" not in body_text(report) and not headings(report)
    assert 'Halden told reporters the deal was "finished" and blamed the board.' in result.dropped["site's lists after the story"]


def test_other_labels_of_picked_stories():
    for label in ("Recommended for you", "You may also like", "Recent Posts"):
        trailer = f"{label}\nGovernor says ferry deal is 'finished'\nNight buses return to the old town\nMarch 8, 2021\n"
        _, report = built(HEAD + STORY + trailer)
        assert "Night buses" not in body_text(report) and not headings(report), label


def test_a_label_over_prose_stays():  # near miss: the label heads a section of the story's own long paragraphs
    trailer = (
        "Recommended for you\n\n"
        "The board recommended that owners of small boats apply for the reduced toll, which it said would cover most of the "
        "fishing fleet, and it promised to publish the list of eligible boats on its website before the end of the month, "
        "after the harbour master had checked each registration.\n"
    )
    _, report = built(HEAD + STORY + trailer)
    assert "reduced toll" in body_text(report)


def test_two_sentences_under_a_headline_stay():  # near miss: a card holds one line of description, not a story's lines
    trailer = "Recently posted\nThe board's reply\nThe board said the tolls were fair.\nLund said the wall had waited long enough.\n"
    _, report = built(HEAD + STORY + trailer)
    assert "waited long enough" in body_text(report)


def test_a_label_before_the_story_has_begun_stays():  # near miss: no finished paragraph above the label
    text = HEAD + "You may also like\nNight buses return to the old town\nThe board said so on Tuesday.\n"
    _, report = built(text)
    assert "The board said so on Tuesday." in body_text(report)


def test_a_question_to_readers_alone_stays():  # near miss: the story's own question, no call to comment
    _, report = built(HEAD + STORY + "What do you think?\n\nThe board will hear owners again in May, Lund said.\n")
    assert "What do you think?" in body_text(report)


def test_a_sites_list_under_the_closing_byline_of_a_short_story_is_the_sites():
    trailer = "By: Ines Marlow on March 9, 2021 at 10:05am\n\nTrending\nMayor Calls Rival's Plan 'A Fantasy'\nCouncil Delays Stadium Vote Again\n"
    result, report = built(HEAD + STORY + trailer)
    assert not headings(report) and "Stadium" not in body_text(report)
    assert "Trending" in result.dropped["site's lists after the story"]


def test_a_sites_list_label_without_a_closing_byline_over_a_short_story_stays():  # near miss: 'Trending' may head a story's list
    trailer = "Trending\nMayor Calls Rival's Plan 'A Fantasy'\nCouncil Delays Stadium Vote Again\n"
    _, report = built(HEAD + STORY + trailer)
    assert "Stadium" in body_text(report) or "Council Delays Stadium Vote Again" in headings(report)


LONG_STORY = STORY + (
    "The board said the repairs would take two summers and that the west quay would stay open while they went on.\n\n"
    "Shipping firms said they would pass the tolls on to their customers before the end of the season.\n\n"
)


def test_a_box_of_picks_whose_cards_show_their_first_paragraphs_is_the_sites():
    # a page printed to PDF shows each card whole: its headline, writer, stamp, a few paragraphs and its button
    trailer = (
        "Stories Chosen For You\n\nREAD COMMENTS - JOIN THE DISCUSSION\n\nGovernor Says Ferry Deal Is 'Finished'\n\nRuth Anker\n\n"
        "August 09, 2024\n\n"
        "In the wake of the vote on the ferry deal this Tuesday, the governor's allies have rallied around him across the region, "
        "including some who could be his rivals at the next election in the spring of 2025, when the ferry company's licence "
        "runs out and the islands choose their council again.\n\n"
        'Halden said on Monday that the deal with the ferry company was "finished" in what he called, in a long speech to the '
        'council, "a betrayal of every islander."\n\n'
        "CONTINUE READING Show less\n\nNight Buses Return To The Old Town\n\nTomas Bree\n\nAugust 09, 2024\n\n"
        "CONTINUE READING Show less\n"
    )
    _result, report = built(HEAD + LONG_STORY + trailer)
    assert "Halden" not in body_text(report) and not headings(report)
    assert body_text(report).endswith("before the end of the season.")


def test_a_section_of_the_story_under_a_picks_label_stays_when_it_is_prose():
    trailer = (
        "Recommended for you\n\n"
        "The board said the repairs would be paid for by the tolls alone, with no grant from the ministry this year.\n\n"
        "Firms on the east quay said they had been told of the rise only a week before the vote, by a letter.\n\n"
        "The chairman said a second vote would be held in the autumn if the repairs ran over their budget.\n\n"
        "Night Buses Return To The Old Town\n"
    )
    _result, report = built(HEAD + LONG_STORY + trailer)
    assert "second vote would be held" in body_text(report)
