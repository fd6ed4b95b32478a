"""Paragraphs a page break or a blank line cut mid-sentence, joined again (exportlines.paragraphs_cut_mid_sentence)."""

from __future__ import annotations

import time

import pytest
from dossier.exportlines import paragraphs_cut_mid_sentence
from dossier.importer import import_text
from dossier.importunits import Unit
from dossier.pdftext import PageLayout

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
    markdown = imported('However you term it\n\n"the slow tide", the\npilots have seen the slipway change more in ten years than in fifty before.')
    assert "## However" not in markdown
    assert 'However you term it "the slow tide", the pilots have seen the slipway change' in markdown


def test_the_quoted_words_in_capitals_and_curly_marks_go_on_too() -> None:
    markdown = imported("Whatever you name it\n\n“Slow Tide”, the pilots\nhave seen the slipway change more in ten years than in fifty before.")
    assert "## Whatever" not in markdown and "Whatever you name it “Slow Tide”, the pilots have seen" in markdown


def test_a_list_of_quoted_comments_cut_after_its_comma_is_one_paragraph() -> None:
    middle = 'The pilots wrote to us in anger. "Sell the slipway to the highest bidder",\n\n"Let the barges rot" were among the notes left at the gate this winter.'
    assert '"Sell the slipway to the highest bidder", "Let the barges rot" were among the notes' in imported(middle)


def test_a_day_cut_from_its_month_by_a_blank_line_is_no_heading() -> None:
    markdown = imported(
        "The pilots were to meet the board on the morning of 14\n\nJune (the day of the spring tide). The chair put the meeting off, as the\nslipway was closed for the whole of that week and the next."
    )
    assert "## The pilots were" not in markdown and "the morning of 14 June (the day of the spring tide)." in markdown


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


@pytest.mark.parametrize(
    ("middle", "apart"),
    [
        (
            'Naming the tide line\n\n"Tide line" is the word the pilots use for the mark on the quay, and the board has put it in its plans.',
            "## Naming the tide line",
        ),
        (
            'What the pilots mean\n\n"the long watch", as the pilots call it, is the night the quay was kept before the board took it over.',
            "## What the pilots mean",
        ),
        (
            'The board asked for two things:\n\n- a survey of the channel\n- money for the slipway\n\n"Money" is the word the board used most in its report, and the pilots noticed.',
            '- money for the slipway\n\n"Money" is the word',
        ),
        (
            "Plans for stage 2\n\nApril 2031 was when the board first met the pilots to talk about the channel and the slipway.",
            "## Plans for stage 2",
        ),
        (
            "- the fees paid on 3\n- the ferries counted on 4\n\nJune is the busiest month on the quay, and the board counts the boats every day of it.",
            "- the ferries counted on 4\n\nJune is the busiest",
        ),
        (
            "The board's report counts the boats in each round 4\n\nMay was the busiest month on the quay, and the pilots counted the boats every day.",
            "round 4\n\nMay was",
        ),
    ],
)
def test_a_subhead_or_a_lists_item_over_quoted_words_or_a_month_stays_apart(middle: str, apart: str) -> None:
    """A sentence-case subhead or a list's last item over a paragraph opening on a quoted term or a month: no sentence cut
    (a quoted term follows a comma, a word that needs more or a verb naming it; a day's number a word a date follows)."""
    assert apart in imported(middle)


HEAD = "THE SLIPWAY QUARTERLY WINTER 2011"
PAGE_ONE = """Four weeks before the pilots' ballot, the question of who steers the
board comes up on the slipway every morning. Nell Varga in the Kestel

{under}
The barge owners are plainly tired of the way the board has been run.
Their votes for the sitting members fell at the last two ballots as
well, and the pilots now ask which members will stand again at all."""
PAGE_TWO = """On Tuesday in the board room, I set out the first part of our plan
for the moorings, and the pilots who use them have taken to it gladly.
The barge owners have asked to read the plan before the spring."""
OPENING = "MOORINGS\n\nNell Varga\n\nI thank the slipway's first builders.\nLast winter at the slipway fair, the barge pilots showed all visitors\nround the moorings as a gesture of thanks, as they have done for fifty years.\n"


def pdf_pages(block: str) -> str:
    return f"{HEAD}\n\n17\n\n{OPENING}\n{block}\n\f{HEAD}\n\n18\n\nMOORINGS\n\n{PAGE_TWO}\n\f{HEAD}\n\n19\n\nMOORINGS\n\n{PAGE_TWO}\n"


def pdf_text(under: str, last: str = "") -> str:
    first = PAGE_ONE.format(under=under)
    if last:
        first = first.replace("Nell Varga in the Kestel", last)
    return pdf_pages(first)


def test_a_pdf_paragraph_cut_inside_a_name_goes_on_in_the_paragraph_under_it() -> None:
    markdown = import_text(
        pdf_text('Evening Courier last winter, wrote, "A slipway runs on trust, and\ntrust is slow to come back once the fees go up."'), "r.txt"
    ).markdown
    assert "Nell Varga in the Kestel Evening Courier last winter, wrote," in markdown


def test_a_pdf_paragraph_ending_a_sentence_or_over_a_figure_or_a_new_sentence_stays_apart() -> None:
    figure = import_text(pdf_text("Figure 3 Harbour fees by year and by the size of the boat, in pounds and pence."), "r.txt").markdown
    assert "Kestel Figure 3" not in figure
    opener = import_text(pdf_text("However the board met on the quay a month ago and said nothing at all."), "r.txt").markdown
    assert "Kestel However" not in opener
    ended = import_text(
        pdf_text("Evening tides were high all week, and the pilots kept to the channel.", last="Nell Varga wrote in the Kestel Courier."), "r.txt"
    ).markdown
    assert "Kestel Courier. Evening tides" not in ended


@pytest.mark.parametrize(
    ("block", "joined"),
    [
        (
            "4. Where the slipway money goes each year on the barges\n\nSlipway fees rose by a fifth in the year to June, and the board spent most of the new money on the two old barges.",
            "barges Slipway fees",
        ),
        (
            "Where the slipway money goes each year on the\nbarges and the moorings of the east bank\n\nSlipway fees rose by a fifth in the year to June, and the board spent most of the new money on the two old barges.",
            "east bank Slipway fees",
        ),
        (
            "Bibliography\n\nVarga, N. (2011) The slipway barges and the moorings of the east bank. Tarn Press\n\nOsei, K. (2015) Tides and the slipway: a history of the pilots. Quay Studies 4(1), pp. 3-19.",
            "Tarn Press Osei",
        ),
        (
            "We thank the pilots for their patience this season. With warm regards from the board, Nell Varga\n\nDirector of the Slipway Trust and of the Tarn Pilots Guild, writing in June from the east bank.",
            "Nell Varga Director",
        ),
        (
            "The pilots said it best. As one of them told us on the slipway last winter, the moorings are ours\n\nJane Osei, pilot on the Tarn barges for thirty years, speaking to the review in June 2011.",
            "ours Jane Osei",
        ),
    ],
)
def test_a_pdf_heading_reference_signature_or_credit_stays_apart_from_the_paragraph_under_it(block: str, joined: str) -> None:
    """A numbered or wrapped heading (no sentence ended in it), a reference list's entries ('Osei, K. (2015) …'), a
    signature's name over its post and a quotation over its credit ('Jane Osei, pilot on …'): no sentence cut."""
    assert joined not in import_text(pdf_pages(block), "r.txt").markdown


def cut_lines(*lines: tuple[str, int, bool]) -> list[str]:
    """The paragraphs kept of a PDF's lines (text, the line its unit ends on, whether the reading marked it going on)."""
    units = [Unit(1, "Kestel Notes")]
    for number, (text, end, goes_on) in enumerate(lines, start=2):
        units.append(Unit(number, text, data={"end": number + end, **({"paragraph goes on": True} if goes_on else {})}))
    return [unit.text for unit in paragraphs_cut_mid_sentence(units, 1, [], PageLayout(width=70))]


def test_a_grown_credit_line_is_still_a_credit_line() -> None:
    """A source's credit broken at a hyphen is joined, and stays a credit: the line under it is no sentence it goes on."""
    kept = cut_lines(
        ("Source: Tarn Slipway Trust, yearly re-", 0, False),
        ("port on the barges of", 0, True),
        ("the Slipway Trust chair, Nell Varga, writing to the pilots.", 0, True),
    )
    assert kept[1:] == ["Source: Tarn Slipway Trust, yearly report on the barges of", "the Slipway Trust chair, Nell Varga, writing to the pilots."]


def test_a_grown_paragraph_in_title_case_is_read_whole_for_title_case() -> None:
    """Lines in title case joined where each stops on 'of the', to more than the end kept while a paragraph grows: the
    whole is in title case (a heading's), so a line in lower case under it goes on no sentence; one line of prose among
    them (the near miss) and it does."""
    title = "Slipway Barges Moorings Pilots Tides Winter Ballot Board Fees Ferries Quay Harbour Trust Guild Bank Kestel of the"
    lines = [(title, 0, False)] + [(title, 0, True)] * 4 + [("pilots and barges", 0, True)]
    assert cut_lines(*lines)[-1] == "pilots and barges"
    prose = "the pilots and the barges and the moorings of the slipway met on the bank to talk about the tides of the"
    assert cut_lines(*[(title, 0, False), (prose, 0, True), (prose, 0, True), (prose, 0, True), ("pilots and barges", 0, True)])[-1].endswith(
        "of the pilots and barges"
    )


@pytest.mark.parametrize("label", ["Image 2", "Photo 2"])
def test_a_pdf_paragraph_stays_apart_from_a_photos_or_an_images_label_under_it(label: str) -> None:
    """The words that label a figure, a source or a credit line are one shared list: an image's or a photo's label under a
    paragraph cut inside a name opens a caption, no sentence going on."""
    markdown = import_text(pdf_text(f"{label} The barges at the east bank moorings in the winter of 2011, as the pilots saw them."), "r.txt").markdown
    assert f"Kestel {label}" not in markdown
