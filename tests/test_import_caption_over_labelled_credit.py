"""The lead photo's one-sentence caption over its labelled credit line under a copied story's header ('Crews gather at the
quay on Tuesday.' / 'Picture: iStock', 'Photo by Jane Roe'): the two are the photo, never a paragraph and a heading, and the
caption is never the summary nor a standfirst given again, though it says what the story says below. A stock library's
name opening on a small letter ('iStock') is a credit like an agency's. Passages of our own, with near misses."""

from __future__ import annotations

import pytest
from dossier.furniture import furniture_kind
from imported import body_text, built, headings

HEAD = "Ferry crews walk out as talks over night shifts stall\nBy Tanvi Okafor\n12 March 2025\n"
CAPTION = "Union organiser Mira Ostrand urged crews to stay off the quays during the strike."
STORY = (
    "Ferry crews across the Vell estuary stopped work on Tuesday after a week of talks with the operator broke down over pay.\n"
    "Union organiser Mira Ostrand said the crews had given the operator every chance to make a fair offer.\n"
    "She urged crews to stay off the quays during the strike, and asked passengers to check sailings before travelling.\n"
    "The operator said it hoped to return to the table by the weekend.\n"
)


@pytest.mark.parametrize("credit", ["Picture: iStock", "Picture: Jane Roe", "Picture: Shutterstock", "Photo by Jane Roe", "Pic: Gallo Images"])
def test_a_caption_over_its_labelled_credit_is_the_photo(credit):
    result, report = built(HEAD + CAPTION + "\n" + credit + "\n" + STORY)
    assert headings(report) == []
    assert f":credit: {credit}" in result.markdown
    assert report.summary.startswith("Ferry crews across the Vell estuary")
    assert f":::{{figure}}\n:credit: {credit}\n\n{CAPTION}\n:::" in result.markdown


def test_a_stock_library_opening_on_a_small_letter_is_a_credit():
    assert furniture_kind("Picture: iStock") == "photo credit"
    assert furniture_kind("Photo by iStockphoto") == "photo credit"


def test_near_miss_a_one_sentence_paragraph_of_the_story_over_a_credit_stays_a_paragraph():
    """Past the story's first paragraph a one-sentence paragraph over a credit is the story's; the photo's caption was lost."""
    line = "The harbour master said the breakwater would not last another winter without repairs."
    _, report = built(HEAD + STORY + line + "\nPicture: Jane Roe\n" + STORY.replace("Tuesday", "Friday"))
    assert line in body_text(report)


def test_near_miss_a_credit_under_a_paragraph_of_two_sentences_leaves_the_paragraph():
    paragraph = "The strike began on Tuesday. Crews say it will last until the rota is fixed."
    _, report = built(HEAD + STORY + paragraph + "\nPicture: Jane Roe\n" + STORY.replace("Tuesday", "Friday"))
    assert paragraph in body_text(report)


def test_near_miss_a_lower_case_word_after_the_label_is_no_credit():
    assert furniture_kind("Picture: taken at the quay") != "photo credit"


OPENING = "Harbour pilots on the Marrow sound refused night duties on Monday after their pay claim was turned down."
AFTER = (
    "Pilots' spokesman Oren Falk said the board had ignored two years of warnings about fatigue.\n"
    "Shipping lines said cargo would be held at anchor until the dispute was settled.\n"
)


@pytest.mark.parametrize("credit", ["Picture: Jane Roe", "Photo by Jane Roe", "Picture: iStock"])
def test_near_miss_the_story_s_one_sentence_first_paragraph_over_a_credit_stays_its_first_paragraph(credit):
    """Nothing below says the line again: it is the story's opening over a photo whose caption was lost, and the summary."""
    result, report = built(HEAD + OPENING + "\n" + credit + "\n" + AFTER)
    assert f"{{figure}}\n:credit: {credit}\n\n{OPENING}" not in result.markdown
    assert report.summary == OPENING
    assert OPENING in body_text(report)


def test_a_caption_a_later_paragraph_says_again_mid_sentence_is_still_the_photo():
    """The caption's words a paragraph below repeats mid-sentence ('… and Oren Falk said the board had ignored …')."""
    caption = "Oren Falk said the board had ignored two years of warnings."
    result, report = built(HEAD + caption + "\nPhoto by Jane Roe\n" + OPENING + "\n" + AFTER)
    assert f":::{{figure}}\n:credit: Photo by Jane Roe\n\n{caption}\n:::" in result.markdown
    assert report.summary == OPENING


@pytest.mark.parametrize("line", ["Picture: iPhone", "Pictures: eBay", "Photo by iPhone", "Pic: iPad Pro"])
def test_near_miss_a_device_or_shop_opening_on_a_small_letter_is_no_credit(line):
    """Only a stock library's spelling opens a credit on a small letter ('iStock'), never any such brand."""
    assert furniture_kind(line) != "photo credit"


def test_a_caption_a_paragraph_below_says_again_whole_is_the_photo_no_pull_quote():
    """The caption is the whole opening of a sentence below, as a pull quote would be; over its credit it is the photo's."""
    caption = "Pilots on the Marrow sound stayed ashore during the dispute on Monday night."
    below = "Pilots on the Marrow sound stayed ashore during the dispute on Monday night, and cargo was held at anchor.\n"
    result, report = built(HEAD + caption + "\nPicture: Jane Roe\n" + OPENING + "\n" + AFTER + below)
    assert f":::{{figure}}\n:credit: Picture: Jane Roe\n\n{caption}\n:::" in result.markdown
    assert report.summary == OPENING
