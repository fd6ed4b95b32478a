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
