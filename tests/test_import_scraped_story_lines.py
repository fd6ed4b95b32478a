"""A scraped news story stored a line per element: the lead photo's caption closed by its source and 'Photo' ('… on March
3, 2026. (NPA Photo)'), 'By' over the newsroom's name, the date line with its zone, a drop cap whose lead sentence was
lost ('U'), a sentence cut where the outlet's name was a link ('… with the broadcaster' / 'North Channel'), captions
between paragraphs and a subhead in quotation marks under a photo. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from dossier.captions import caption_and_credit
from imported import body_text, built, headings

HEAD = (
    "Harbour council votes to reopen the east ferry pier\n\n"
    "Mayor Ivo Renk speaks at the harbour forum in Velden on March 3, 2026. (NPA Photo)\n\n"
    "By\n\nNewsroom\n\nMarch 9, 2026 10:15 AM GMT+02:00\n\n"
)
LEAD = "Speaking in an interview with the regional broadcaster\n\nNorth Channel\n\n"
STORY = (
    "“The pier is safe again and the ferries can come back,” he said. “We waited a year for this.”\n\n"
    "A ferry waits at the west pier in Velden on March 2, 2026. (NPA Photo)\n\n"
    "Call for a second pier\n\n"
    "Renk said the council would also ask the region to pay for a second pier on the north shore of the bay next year.\n\n"
    "A worker paints the railing of the east pier in Velden on March 4, 2026. (Velden Times Photo)\n\n"
    "“Not a single ferry lost”\n\n"
    "He said the repairs had cost less than planned and that not a single ferry had been lost to the closure in a year.\n"
)


def test_the_caption_s_source_photo_credit_the_newsroom_byline_and_the_zoned_date_line():
    _, report = built(HEAD + LEAD + STORY)
    assert report.title == "Harbour council votes to reopen the east ferry pier"
    assert str(report.date) == "2026-03-09"
    assert [a.name for a in report.authors] == ["Newsroom"]
    assert "NPA Photo" not in body_text(report)


def test_a_lead_in_cut_at_the_outlet_s_link_is_one_paragraph_and_subheads_under_photos_stay():
    _, report = built(HEAD + "U\n\n" + LEAD + STORY)
    assert headings(report) == ["Call for a second pier", "“Not a single ferry lost”"]
    assert "Speaking in an interview with the regional broadcaster North Channel" in body_text(report)


def test_a_short_line_ending_on_an_outlet_s_kind_over_a_heading_is_left_alone():
    # near miss: a heading of three words ending on 'broadcaster' over another: no sentence to join
    _, report = built(HEAD + STORY.replace("Call for a second pier", "The regional broadcaster\n\nNorth Channel"))
    assert "The regional broadcaster North Channel" not in body_text(report)


def test_a_letter_heading_over_a_glossary_entry_is_no_lost_drop_cap():
    # near miss: 'A' over the first entry is the drop cap only when it opens the story; a later one is the text's
    _, report = built(HEAD + STORY + "\nA\n\nAnchorage: the pier's north berth, used by the night ferry.\n")
    assert "A" in headings(report) or "A" in body_text(report).split("\n")


def test_a_caption_closed_by_its_source_and_photo_is_a_figure_and_a_sentence_in_brackets_is_none():
    assert caption_and_credit("A ferry waits at the west pier in Velden on March 2, 2026. (NPA Photo)") == (
        "A ferry waits at the west pier in Velden on March 2, 2026.",
        "NPA Photo",
    )
    assert caption_and_credit("The pier reopened on Monday. (See the photo below)") is None
    assert caption_and_credit("The pier reopened on Monday (NPA Photo)") is None


def test_a_subhead_ending_on_an_outlet_s_kind_keeps_the_short_line_under_it():
    # near misses: no verb or preposition leads into an outlet's name; the line under the subhead is its own
    text = (
        "The lake towns and their papers\n\nBy Lea Sund\n\nMay 3, 2026\n\n"
        "The lake towns have lost three of their five papers in a decade, and the radio has cut its evening news.\n\n"
        "Trouble at the regional broadcaster\n\nBackground\n\n"
        "The station's budget has been frozen since 2020 and has shrunk by a quarter in real terms, its accounts show.\n\n"
        "A buyer for the old weekly\n\nFinances\n\n"
        "The Lake Weekly was bought in April by a printing firm that owns six other titles around the lake.\n"
    )
    result, report = built(text)
    assert "Trouble at the regional broadcaster Background" not in result.markdown
    assert "A buyer for the old weekly Finances" not in result.markdown
    assert "Background" in headings(report)


@pytest.mark.parametrize(
    "letter, rest",
    [
        ("A", "Velden baker has won the lake region's bread prize for the third year running."),
        ("I", "Have rowed this lake every summer since I was nine, and I have never seen it so low."),
    ],
)
def test_a_word_of_one_letter_over_the_first_paragraph_is_its_first_word(letter, rest):
    result, report = built(f"Baker wins bread prize again\n\nBy Lea Sund\n\nMay 3, 2026\n\n{letter}\n{rest}\n\n" + STORY)
    assert f"{letter} {rest}" in body_text(report)
    assert "a drop cap whose word was lost" not in result.dropped


def test_a_lost_drop_cap_of_another_letter_is_still_left_out():
    # near miss: 'U' is no word; the lead sentence lost its first word's letter, as before
    result, _ = built(
        "Baker wins bread prize again\n\nBy Lea Sund\n\nMay 3, 2026\n\nU\nNtil the judges spoke, nobody had heard of the bakery.\n\n" + STORY
    )
    assert "\nU\n" not in result.markdown
