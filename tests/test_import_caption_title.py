"""A scraped story with no headline line opens on its lead photo's caption ('FILE PHOTO: …', '… (Photo from …)'): the
caption is the lead figure, never the title. Passages of our own, each with a near miss."""

from __future__ import annotations

from imported import built

STORY = (
    "NORVEL — The ferry board raised fares for the second time this year, citing fuel costs and a shortage of crew.\n\n"
    "Ada Quill, who chairs the riders' union, called the rise unfair to shift workers who have no other way to cross.\n"
)


def title(result) -> str:
    return next(line for line in result.markdown.splitlines() if line.startswith("title = ")).split('"')[1]


def test_a_file_photo_caption_at_the_top_is_no_title():
    result, _ = built("FILE PHOTO: Ada Quill speaks to riders at the north pier in Norvel.\n\n" + STORY)
    assert "Quill speaks" not in title(result)
    assert ":::{figure}\n\nFILE PHOTO: Ada Quill" in result.markdown  # the lead figure, once
    assert result.markdown.count("Ada Quill speaks") == 1


def test_a_caption_ending_on_its_photo_credit_is_no_title():
    result, _ = built("Ada Quill speaks to riders at the north pier. (Photo by Oren Tasky)\n\n" + STORY)
    assert "Quill speaks" not in title(result)


def test_a_headline_over_the_story_stays_the_title():  # near miss
    result, _ = built("Ferry fares rise again in Norvel\n\n" + STORY)
    assert title(result) == "Ferry fares rise again in Norvel"


def test_a_photo_story_headline_stays_the_title():  # near miss: 'PHOTO:' alone marks a photo story's headline
    result, _ = built("PHOTO: Riders crowd the north pier in Norvel\n\n" + STORY)
    assert title(result) == "PHOTO: Riders crowd the north pier in Norvel"


def test_a_file_photo_caption_under_a_source_line_is_no_title():  # the header ends on a long line above it
    source = "Source: " + "an archive of pages kept by a reader, " * 9 + "with its furniture\n\n"
    result, _ = built(source + "FILE PHOTO: Ada Quill speaks to riders at the north pier in Norvel.\n\n" + STORY)
    assert "Quill speaks" not in title(result)
