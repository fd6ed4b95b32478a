"""A PDF's page that cuts a sentence on a small word, an article, a preposition or a conjunction ('… members of the' /
the page's foot and head / 'Regional Assembly. Since then …'), goes on at the next page's first line, capitalised or
not: no paragraph, heading or list item ends on such a word. Passages of our own (the paper of
test_import_pdf_occasion_running_head), with near misses."""

from __future__ import annotations

import pytest
from test_import_pdf_occasion_running_head import HEAD, OPENING, PAGE_ONE, PAGE_THREE, PAGE_TWO, imported, paper


def test_a_sentence_cut_by_the_page_on_a_small_word_goes_on_at_the_next_pages_capital():
    result, _report = imported(paper(HEAD, OPENING, [PAGE_ONE, PAGE_TWO, PAGE_THREE]))
    assert "eleven new members of the Regional Assembly. Since then" in result.markdown


def test_near_miss_a_page_ending_on_a_full_sentence_keeps_the_next_page_apart():
    page_one = [*PAGE_ONE[:-1], "After a decade of slow growth, the board took on eleven new members in all."]
    page_two = ["Regional Assembly members have since come from the smallest islands of the western group.", *PAGE_TWO[2:]]
    result, _report = imported(paper(HEAD, OPENING, [page_one, page_two, PAGE_THREE]))
    assert "eleven new members in all.\n\nRegional Assembly members" in result.markdown


def test_near_miss_a_heading_in_capitals_atop_the_next_page_stays_a_heading():
    # a page cut inside a sentence whose rest stands elsewhere (a sidebar): the heading atop the next page is its own
    page_two = ["WINTER CROSSINGS", "", *PAGE_TWO[2:]]
    result, _report = imported(paper(HEAD, OPENING, [PAGE_ONE, page_two, PAGE_THREE]))
    assert "members of the WINTER" not in result.markdown
    assert "WINTER CROSSINGS" in result.markdown


@pytest.mark.parametrize(
    "label",
    [
        "Figure 2. Ferry passengers by island, 2005-2015",
        "Table 3 Members by island and year of joining",
        "Box 2. Winter crossings in the north",
        "Case study: the western ferry",
        "Source: Norland Ferry Board annual reports, 2005-2015.",
        "Notes: figures for the smallest islands are estimates.",
    ],
)
def test_near_miss_a_caption_box_or_source_line_atop_the_next_page_goes_on_no_sentence(label):
    # the layout floats a figure, a table or a box to the page's top; the cut sentence goes on under it, never into it
    result, _report = imported(paper(HEAD, OPENING, [PAGE_ONE, [label, "", *PAGE_TWO], PAGE_THREE]))
    assert "members of the " + label[:12] not in result.markdown
    assert "members of the\n\n" in result.markdown


# a paragraph of two lines at the page's foot, cut inside a noun phrase
CUT_OVER = "After a decade of slow growth, in 2005-2015 the board took on eleven new members from the western"


@pytest.mark.parametrize("end", ["members of the island", "members of the NRA"])
def test_a_sentence_cut_inside_a_noun_phrase_goes_on_at_the_next_pages_name(end):
    # the page cut the phrase after its article's noun; the name atop the next page goes on with it
    page_one = [*PAGE_ONE[:-1], CUT_OVER, "group, and they sat as " + end]
    result, _report = imported(paper(HEAD, OPENING, [page_one, PAGE_TWO, PAGE_THREE]))
    assert "they sat as " + end + " Regional Assembly. Since then" in result.markdown


def test_near_miss_a_noun_phrase_cut_over_a_new_sentence_keeps_the_next_page_apart():
    # the next page opens a sentence of its own ('The Regional Assembly …'): no name going on
    page_one = [*PAGE_ONE[:-1], CUT_OVER, "group, and they sat as members of the island"]
    page_two = ["The Regional Assembly has since taken most of its new members from the smallest islands.", *PAGE_TWO[2:]]
    result, _report = imported(paper(HEAD, OPENING, [page_one, page_two, PAGE_THREE]))
    assert "members of the island The Regional" not in result.markdown
    assert "\n\nThe Regional Assembly has since taken" in result.markdown


@pytest.mark.parametrize("subheading", ["Why the board lost two of its crossings to the island", "How the winter timetable came to be set by the UN"])
def test_near_miss_a_one_line_subheading_at_the_pages_foot_is_no_noun_phrase_cut(subheading):
    # a subheading in sentence case on a line of its own at the page's foot, ending on a noun after an article: the
    # name run atop the next page opens its own paragraph
    page_one = [*PAGE_ONE[:-1], "After a decade of slow growth, the board took on eleven new members in all.", "", subheading]
    page_two = ["Harbour Masters, who sit on the board, were named by the islands until 2004.", *PAGE_TWO[2:]]
    result, _report = imported(paper(HEAD, OPENING, [page_one, page_two, PAGE_THREE]))
    assert subheading + "\n\nHarbour Masters, who sit on the board" in result.markdown


# a paper whose notes close it, each under its number (read as a page's footnotes), a marker glued to the text
NOTES_PAGE = ["NOTES", "", "1   Board minute, Norland, 20 April 1995.", "2   Ferry timetables (Norland, 2015)."]
MARKED = [PAGE_ONE[0], "keep the remaining routes running through the winter storms and the long repairs at the quays.1", ""]


@pytest.mark.parametrize("word", ["of", "in", "the"])
def test_a_blank_line_inside_a_sentence_after_a_small_word_is_no_paragraphs_end(word):
    # the converter set a blank line inside a sentence ('… the pilots’ “lee of' / blank / 'the reef” lies …')
    page_one = [
        *MARKED,
        f"The debate on what the islanders call the winter gap keeps coming back {word}",
        "",
        "tidal years like this one, the pilots say.2",
    ]
    result, _report = imported(paper(HEAD, OPENING, [page_one, PAGE_TWO, NOTES_PAGE]))
    assert f"keeps coming back {word} tidal years" in result.markdown


def test_a_blank_line_inside_a_sentence_after_a_small_word_goes_on_over_a_capital():
    # the converter set a blank line inside a name after its preposition ('… a “Night Service for' / 'Outlying Quays” …')
    page_one = [
        *MARKED,
        "In July 2000 the pilots asked the council for a “Night Service for",
        "",
        "Outlying Quays” (the boats began to run in 2004).2",
    ]
    result, _report = imported(paper(HEAD, OPENING, [page_one, PAGE_TWO, NOTES_PAGE]))
    assert "a “Night Service for Outlying Quays” (the boats began to run in 2004).[^2]" in result.markdown
    assert "## Outlying Quays" not in result.markdown


def test_near_miss_a_blank_line_over_a_sentences_opener_keeps_its_paragraphs():
    # under a paragraph cut on a small word, a line opening on a sentence's opener ('The role of …') is no name going on
    page_one = [*PAGE_ONE, "", "The role of the chair and the members of the board"]
    page_two = ["Harbour Masters, who sit on the board, were named by the islands until 2004.", *PAGE_TWO[2:]]
    result, _report = imported(paper(HEAD, OPENING, [page_one, page_two, PAGE_THREE]))
    assert "new members of the\n\nThe role of the chair and the members of the board\n\nHarbour Masters" in result.markdown


def test_near_miss_a_blank_line_under_a_full_sentence_keeps_its_paragraphs():
    # the paragraph over the blank line ends its sentence: the one under it, in a capital, is a paragraph of its own
    page_one = [
        *MARKED,
        "The debate on what the islanders call the winter gap keeps coming back in the spring.",
        "",
        "Tidal Years, the pilots' own bulletin, says so.2",
    ]
    result, _report = imported(paper(HEAD, OPENING, [page_one, PAGE_TWO, NOTES_PAGE]))
    assert "coming back in the spring.\n\nTidal Years, the pilots' own bulletin, says so.[^2]" in result.markdown


@pytest.mark.parametrize(
    "block",
    [
        ["Photo: Lena Duro", "Figure 2. Ferry passengers by island, 2005-2015"],
        ["Table 3 Members by island and year of joining"],
        ["Figure 2. Ferry passengers by island, 2005-2015", "Source: Norland Ferry Board annual reports, 2005-2015."],
    ],
)
def test_a_sentence_cut_round_a_caption_block_atop_the_page_goes_on_past_it(block):
    # the layout floats a figure's block to the page's top between the halves of a sentence going on in lower case
    page_one = [*PAGE_ONE[:-1], "After a decade of slow growth, in 2005-2015 the board took on eleven members and the council"]
    page_two = [
        *block,
        "",
        "decided to keep the winter timetable for the smallest islands of the",
        "western group, as they had asked.",
        *PAGE_TWO[2:],
    ]
    result, _report = imported(paper(HEAD, OPENING, [page_one, page_two, PAGE_THREE]))
    assert "members and the council decided to keep the winter timetable" in result.markdown
    assert all(line in result.markdown for line in block) and "2005-2015 decided" not in result.markdown


def test_near_miss_a_caption_block_under_a_full_sentence_keeps_the_paragraphs_apart():
    page_one = [*PAGE_ONE[:-1], "After a decade of slow growth, in 2005-2015 the board took on eleven members and the council."]
    page_two = [
        "Figure 2. Ferry passengers by island, 2005-2015",
        "",
        "decided matters were left to the island boards, as they had asked.",
        *PAGE_TWO[2:],
    ]
    result, _report = imported(paper(HEAD, OPENING, [page_one, page_two, PAGE_THREE]))
    assert "the council. decided" not in result.markdown and "members and the council decided" not in result.markdown


def test_near_miss_a_caption_block_on_the_paragraphs_own_page_keeps_the_lines_apart():
    # mid-page, a heading over a figure's label and the chart's axis caption in lower case: no page between them
    page_one = [
        *PAGE_ONE[:-1],
        "After a decade of slow growth, the board took on eleven new members in all.",
        "",
        "Winter crossings and the boards of the smaller islands",
        "",
        "Figure 3. Crossings by island, 2005-2015",
        "",
        "thousands of passengers a year",
        "",
        "The chart shows the fall in the winter crossings since the board was formed.",
    ]
    result, _report = imported(paper(HEAD, OPENING, [page_one, PAGE_TWO, PAGE_THREE]))
    assert "\n\nWinter crossings and the boards of the smaller islands\n\n" in result.markdown
    assert "smaller islands thousands" not in result.markdown
