"""A PDF text dump of an official inquiry's report (pdftotext's shape): numbered paragraphs, page footnotes set with
their number on the note's line above the page's number, the running head run into the next page's first line at the
form feed, and quotations wrapped over lines. The report here is made up for the tests."""

from __future__ import annotations

import re
import textwrap

from dossier.exportlines import split_units
from dossier.importer import import_text
from dossier.pdftext import read_layout

ODD_HEAD = "The Report of the Harbour Inquiry"
EVEN_HEAD = "2.1 | Harbour policy, March to May 2011 – “a deeper channel” to the tender"


def para(number: int | None, text: str) -> list[str]:
    lead = f"{number}.  " if number else ""
    return [*textwrap.wrap(lead + text, 80), ""]


def page(lines: list[str], notes: list[str], number: int) -> list[str]:
    return [*lines, *notes, "", str(number), ""]


FILL = (
    "The harbour board met in the week after the storm to weigh the survey against the cost of the works, and its "
    "members asked the engineers for a second opinion on the depth of the silt along the eastern quay wall."
)

QUOTE = [
    "“The channel has silted faster than any of our surveys allowed for in the plan.",
    "It will not carry a loaded bulk carrier by the autumn, and the pilots have told",
    "us that they will not take one in on a falling tide. We cannot wait for the",
    "tender while the quays stand empty.”3",
    "",
]


def inquiry_dump() -> str:
    pages = [
        page(
            [
                "SECTION 2.1",
                "",
                "HARBOUR POLICY, MARCH TO MAY 2011",
                "",
                "Contents",
                "Introduction  ........................................................................ 11",
                "The council’s response, mid-March 2011  ............................................ 12",
                "Advice from the port authority on dredging and the cost of deepening the ",
                "eastern channel  ..................................................................... 13",
                "Key findings  ........................................................................ 14",
                "Conclusions  ......................................................................... 15",
                "The board’s meeting, May 2011  ...................................................... 16",
                "The tender and the shipping lines’ view of the harbour’s prospects, June 2011  ....... 17",
                "",
            ],
            [],
            10,
        ),
        page(
            [
                "Introduction",
                *para(1, "The mayor told the board that the channel would close “within a matter of weeks”.1 " + FILL),
                *para(2, "The engineering questions are addressed in Section 4.1. That Section also sets out the cost. " + FILL),
            ],
            ["1 Minute Hale to Ross, 3 March 2011, ‘Dredging’. ", "2 Public hearing, 9 May 2012, page 4."],
            11,
        ),
        page(
            [
                "The council’s response, mid-March 2011",
                *para(3, "The mayor stated:2"),
                *QUOTE,
                *para(4, "The council’s treasurer wrote to the board that the loan from the regional bank would cover the first phase"),
            ],
            ["3 Letter Ross to the Treasurer, 12 March 2011, on Minute Hale to Ross, ", "14 March 2011, ‘Harbour Works’."],
            12,
        ),
        page(
            [
                "of the works and that the second would wait for the tender.",
                "",
                "Advice from the port authority on dredging and the cost of deepening the",
                "eastern channel",
                *para(5, "The port authority advised that the work could be done in two seasons. " + FILL),
                *para(
                    None,
                    "4 April brought the first results of the second survey, and the board met twice that week "
                    "to set them against the tender and the cost of the loan.",
                ),
                *para(6, "The port authority added that the pilots’ concerns were shared by the shipping lines.4 " + FILL),
            ],
            ["4 Minutes, 6 April 2011, Port Authority meeting."],
            13,
        ),
        page(
            [
                "Key findings",
                "",
                "•  The council chose to borrow for the first phase of the works rather than wait for",
                "the tender, whatever the consequences.",
                "After the survey, the mayor stated that the channel had to be deepened before the winter storms.",
                "",
                *para(7, "The board heard from the shipping lines in April. " + FILL),
            ],
            [],
            14,
        ),
        page(
            [
                "CONCLUSIONS",
                *para(8, "After the survey, the mayor stated that the channel had to be deepened before the winter storms. " + FILL),
            ],
            [],
            15,
        ),
        page(
            [
                "The board’s meeting, May 2011",
                *para(9, "The board met again in May. " + FILL),
                "Dredging costs",
                *para(10, "The treasurer set out three options:"),
                "{{ borrow for both phases of the works at once;",
                "{{ wait for the tender and borrow for neither phase;",
                "{{ ask the regional bank for a grant towards the first.",
                "",
                "11.  Firstly:",
                "",
                "“The loan is cheaper now than it will be after the tender, and the rate is fixed.”",
                "",
            ],
            [],
            16,
        ),
        page(
            ["The tender and the shipping lines’ view of the harbour’s prospects, June 2011", *para(12, "The tender closed in June. " + FILL)],
            [],
            17,
        ),
    ]
    heads = [ODD_HEAD if n % 2 else EVEN_HEAD for n in range(len(pages))]
    text = "\n".join(pages[0])
    for head, lines in zip(heads[1:], pages[1:], strict=True):
        text += f"\n{head}\f" + "\n".join(lines)
    return text


def test_a_running_head_run_into_the_next_page_s_first_line_is_furniture() -> None:
    texts = [unit.text for unit in split_units(inquiry_dump())]
    assert not any("Harbour Inquiry" in text or "2.1 |" in text for text in texts)
    assert "Introduction" in texts and "The council’s response, mid-March 2011" in texts


def test_a_last_line_before_the_form_feed_that_does_not_recur_is_text() -> None:
    dump = inquiry_dump().replace(f"{ODD_HEAD}\fIntroduction", "Annex A\fIntroduction", 1)
    layout = read_layout(dump.split("\n"))
    assert len(layout.glued_heads) == 6 and not any(head == "Annex A" for head in layout.glued_heads.values())


def test_page_footnotes_above_the_page_number_are_notes_and_their_markers_are_found() -> None:
    result = import_text(inquiry_dump(), "inquiry.txt")
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.*)$", result.markdown, re.M))
    assert notes["1"] == "Minute Hale to Ross, 3 March 2011, ‘Dredging’."
    assert notes["3"] == "Letter Ross to the Treasurer, 12 March 2011, on Minute Hale to Ross, 14 March 2011, ‘Harbour Works’."
    assert set(notes) == {"1", "2", "3", "4"}
    assert "“within a matter of weeks”.[^1] The" in result.markdown
    assert "Section 4.1. That" in result.markdown  # a section's number is no note marker


def test_a_paragraph_opening_with_a_date_is_no_footnote() -> None:
    result = import_text(inquiry_dump(), "inquiry.txt")
    assert "\n4 April brought the first results" in result.markdown


def test_a_paragraph_a_page_of_footnotes_cut_is_whole_again() -> None:
    result = import_text(inquiry_dump(), "inquiry.txt")
    assert (
        "the loan from the regional bank would cover the first phase of the works and that the second would wait for the tender." in result.markdown
    )


def test_an_open_quotation_goes_on_after_a_sentence_ending_at_the_margin() -> None:
    quote = next(unit.text for unit in split_units(inquiry_dump()) if unit.text.startswith("“The channel has silted"))
    assert quote.endswith("while the quays stand empty.”3")


def test_outside_a_quotation_a_sentence_ending_at_the_margin_still_ends_the_paragraph() -> None:
    dump = inquiry_dump().replace("“The channel has silted", "The channel has silted").replace("stand empty.”", "stand empty.")
    texts = [unit.text for unit in split_units(dump)]
    assert "It will not carry a loaded bulk carrier by the autumn, and the pilots have told" in " ".join(texts)
    assert not any(text.startswith("The channel has silted") and text.endswith("stand empty.") for text in texts)


def test_a_key_finding_the_conclusions_restate_is_no_pull_quote() -> None:
    result = import_text(inquiry_dump(), "inquiry.txt")
    assert result.markdown.count("After the survey, the mayor stated that the channel had to be deepened") == 2
    assert "pull quote" not in result.dropped


def test_a_contents_entry_the_column_broke_is_furniture_and_names_its_heading() -> None:
    result = import_text(inquiry_dump(), "inquiry.txt")
    assert result.markdown.count("Advice from the port authority") == 1
    assert "\n## Advice from the port authority on dredging and the cost of deepening the eastern channel\n" in result.markdown


def test_the_lines_the_contents_list_names_are_the_sections_and_other_headings_their_sub_sections() -> None:
    markdown = import_text(inquiry_dump(), "inquiry.txt").markdown
    assert "\n## The council’s response, mid-March 2011\n" in markdown  # read as a paragraph before
    assert "\n## The board’s meeting, May 2011\n" in markdown and "\n### Dredging costs\n" in markdown
    assert "\n## Conclusions\n" in markdown  # set in capitals on its page, written as the contents list writes it


def test_a_numbered_paragraph_leading_into_a_quotation_is_no_heading() -> None:
    markdown = import_text(inquiry_dump(), "inquiry.txt").markdown
    assert "11\\.  Firstly:" in markdown and "# 11" not in markdown


def test_a_symbol_font_s_bullet_opening_three_lines_is_a_list() -> None:
    markdown = import_text(inquiry_dump(), "inquiry.txt").markdown
    assert "- borrow for both phases of the works at once;\n- wait for the tender" in markdown and "{{" not in markdown


def test_a_sign_opening_one_line_is_no_bullet() -> None:
    dump = inquiry_dump().replace("{{ wait for", "wait for").replace("{{ ask the", "ask the")
    assert "{{ borrow for both phases" in import_text(dump, "inquiry.txt").markdown


def numbered_report(fifth: list[str]) -> str:
    lines: list[str] = []
    for number in range(1, 23):
        lines += fifth if number == 5 else para(number, f"Witness {number} spoke to the board. " + FILL)
    return "\n".join(lines)


def test_a_sentence_under_a_numbered_paragraph_s_line_goes_on_with_it() -> None:
    fifth = [
        "5.  The treasurer said that the loan had served the harbour well for ten years but that the",
        "rate had been high. The quays were “still without doubt the town’s best asset”.",
        "In her view the council needed to say:",
        "",
    ]
    texts = [unit.text for unit in split_units(numbered_report(fifth))]
    assert any(text.startswith("5.  The treasurer") and text.endswith("In her view the council needed to say:") for text in texts)


def test_a_heading_under_a_numbered_paragraph_s_line_starts_anew() -> None:
    fifth = [
        "5.  The treasurer said that the loan had served the harbour well for ten years.",
        "Dredging costs",
        "",
    ]
    assert "Dredging costs" in [unit.text for unit in split_units(numbered_report(fifth))]


def test_a_section_heading_that_fills_the_column_does_not_run_into_the_paragraph_under_it() -> None:
    markdown = import_text(inquiry_dump(), "inquiry.txt").markdown
    assert "\n## The tender and the shipping lines’ view of the harbour’s prospects, June 2011\n\n12\\.  The tender closed" in markdown
