"""Paragraphs a page break or a blank line cut mid-sentence, joined again (exportlines.paragraphs_cut_mid_sentence)."""

from __future__ import annotations

import time

from dossier.exportlines import paragraphs_cut_mid_sentence
from dossier.importer import import_text
from dossier.importunits import Unit

LINE = "the harbour board met on the quay to talk about the ferries and the piers and the crews who work on them all day, as the tides turn for"


def test_a_long_run_of_cut_paragraphs_joins_in_linear_time() -> None:
    units = [Unit(1, "Harbour Notes")] + [Unit(number, LINE) for number in range(2, 2 + 3_000)]  # about 400 KB, one paragraph
    started = time.perf_counter()
    kept = paragraphs_cut_mid_sentence(units, 1, [])
    assert time.perf_counter() - started < 10  # 3 minutes and more when each join read the whole paragraph grown so far
    assert len(kept) == 2 and kept[1].text == " ".join([LINE] * 3_000)


OPENING = """Harbour Governance

Jane Roe

Last month at the harbour festival, the ferry crews welcomed all visitors
to the piers in a gesture of goodwill. It was part of the centenary of the
port, but also a landmark of significance in its own right.

"""
CLOSING = """

The pilots have asked for a new survey of the channel, and the board will
answer them at its next meeting, which falls in the spring this year.
"""


def imported(middle: str) -> str:
    return import_text(OPENING + middle + CLOSING, "harbour.txt").markdown


def test_a_line_stopped_mid_sentence_over_the_quoted_words_it_goes_on_with_is_no_heading() -> None:
    markdown = imported('Whether you call it\n\n"the Long Change", we\nare living through great change on the water, from an old port to a new one.')
    assert "## Whether" not in markdown
    assert 'Whether you call it "the Long Change", we are living through great change on the water' in markdown


def test_the_quoted_words_in_capitals_and_curly_marks_go_on_too() -> None:
    markdown = imported("Whether you name it\n\n“Great Turning”, we are\nliving through great change on the water, from an old port to a new one.")
    assert "## Whether" not in markdown and "Whether you name it “Great Turning”, we are living" in markdown


def test_a_list_of_quoted_comments_cut_after_its_comma_is_one_paragraph() -> None:
    middle = 'We saw the anger of the crews overflow. "Close the piers and sell them",\n\n"Sink the ferries" are some of the comments we have received this year.'
    assert '"Close the piers and sell them", "Sink the ferries" are some of the comments' in imported(middle)


def test_a_day_cut_from_its_month_by_a_blank_line_is_no_heading() -> None:
    markdown = imported(
        "I was due to address the harbour board the day after 11\n\nMarch (the storm on the coast). The chair agreed that my talk should be\npostponed, as a number of events in the following days were."
    )
    assert "## I was due" not in markdown and "the day after 11 March (the storm on the coast)." in markdown


def test_a_subhead_over_a_spoken_quotation_stays_a_heading() -> None:
    middle = "How the board decides\n\n“We vote on everything,” said Ada Quill, who has chaired the harbour board\nfor nine years and will stand again in the spring."
    assert "## How the board decides" in imported(middle)


def test_a_quotations_credit_ending_on_a_name_stays_apart_from_a_quoted_term_under_it() -> None:
    middle = "“Old habits last longest where they cost least.” Harbour Review, Tackling Old Habits\n\n“Old habits” are kept by the crews who gain most from them, so the board\nasks what moves those crews first."
    markdown = imported(middle)
    assert "Tackling Old Habits\n\n“Old habits” are kept" in markdown


def test_a_number_over_a_month_opening_a_sentence_of_its_own_stays_apart() -> None:
    middle = "The board's report counts the ships in Table 11\n\nMarchers took to the quay the next day, and the pilots joined them before noon."
    assert "Table 11 Marchers" not in imported(middle)


HEAD = "THE HARBOUR REVIEW AUTUMN 2004"
PAGE_ONE = """With around six weeks to a council election, the topic of
leadership is being discussed daily. Tom Rowe in the Harbour

{under}
The public are clearly turning away from the approach of the old
parties. The vote for the old parties is also dropping in the lower
house, and the choice facing the voters is not just which party wins."""
PAGE_TWO = """Yesterday in the council chamber, I launched a key part of our campaign
for the piers, and the crews who work on them have welcomed it warmly.
The ferry companies have asked to see the plans before the summer."""


def pdf_text(under: str, last: str = "") -> str:
    first = PAGE_ONE.format(under=under)
    if last:
        first = first.replace("Tom Rowe in the Harbour", last)
    opening = "GOVERNANCE\n\nJane Roe\n\nI acknowledge the harbour's first keepers.\nLast month at the harbour festival, the ferry crews welcomed all visitors\nto the piers in a gesture of goodwill, as they have done for a century.\n"
    return f"{HEAD}\n\n41\n\n{opening}{first}\n\f{HEAD}\n\n42\n\nGOVERNANCE\n\n{PAGE_TWO}\n\f{HEAD}\n\n43\n\nGOVERNANCE\n\n{PAGE_TWO}\n"


def test_a_pdf_paragraph_cut_inside_a_name_goes_on_in_the_paragraph_under_it() -> None:
    markdown = import_text(
        pdf_text('Morning Gazette a month ago, said, "Leadership is a fine concept, but\nmost of us do not like being led for very long."'), "r.txt"
    ).markdown
    assert "Tom Rowe in the Harbour Morning Gazette a month ago, said," in markdown


def test_a_pdf_paragraph_ending_a_sentence_or_over_a_figure_or_a_new_sentence_stays_apart() -> None:
    figure = import_text(pdf_text("Figure 3 Harbour fees by year and by the size of the boat, in pounds and pence."), "r.txt").markdown
    assert "Harbour Figure 3" not in figure
    opener = import_text(pdf_text("However the board met on the quay a month ago and said nothing at all."), "r.txt").markdown
    assert "Harbour However" not in opener
    ended = import_text(
        pdf_text("Morning tides were high all week, and the pilots kept to the channel.", last="Tom Rowe wrote in the Harbour Times."), "r.txt"
    ).markdown
    assert "Harbour Times. Morning tides" not in ended
