"""A PDF-to-Markdown converter's text (a `.md` file of a report's PDF): lines wrapped to the page's column, a running head
printed with the page's number ('Doubt for Sale  Norland Watch, 2013  page 4'), and page footnotes set as the note's
number, two spaces and its text under the page's text ('2  Memo about …'), the markers glued to the words above."""

from __future__ import annotations

import textwrap

from dossier.importer import import_text

PARAGRAPHS = [
    "The lobby paid for doubt at every step of the assessment, and its campaign grew as the evidence did. Its money went "
    "to think tanks that wrote op-eds, held briefings and sent speakers to every hearing on the subject of the report.",
    "This report updates our March 2010 report1, ahead of the next assessment report. It follows the money that paid for "
    "the campaign and the people it paid, from the first memo to the last tax filing we could read in public records2.",
    "Since our first report, the campaign funded by the Roe family has come to light3, and the funding has risen every "
    "year since then, though much of it now passes through funds created to hide the names of the real givers.",
    "The think tanks received more than twenty million between 1998 and 2012 from the Roe family foundations4, according "
    "to tax filings, and the largest of them spent much of it on conferences held in the weeks before each summit.",
    "Scientists who answered the campaign found themselves the subject of requests for their e-mail and of complaints to "
    "their universities5, and several of them said that the attacks took more of their time than their research did.",
    "The lobby's memo set out its plan in a few lines: recruit a handful of scientists, train them for the media and "
    "place them on the opinion pages6, where a reader would take their doubt for a debate among scientists.",
]
NOTES = [
    "1  http://example.org/reports/first-report/",
    "2  Memo about the communications plan, from Jane Roe, Norland Petroleum Institute, April 1998",
    "3  http://example.org/news/roe-family-funding.html",
    "4  http://example.org/tax/roe-foundations.pdf",
    "5  Letter of the university's dean to the committee, 12 March 2011",
    "6  Memo about the communications plan, page 3",
]


def converted(notes: list[str] = NOTES) -> str:
    pages = []
    for number, start in enumerate(range(0, 6, 2), start=2):
        text = "\n\n".join("\n".join(textwrap.wrap(p, 90)) for p in PARAGRAPHS[start : start + 2])
        pages.append(f"Doubt for Sale  Norland Watch, 2013  page {number}\n\n{text}\n\n" + "\n".join(notes[start : start + 2]))
    return "DOUBT FOR SALE\n\nHow a lobby paid for doubt\n\n" + "\n\n".join(pages) + "\n\nDoubt for Sale  Norland Watch, 2013  page 5\n"


def test_a_numbered_running_head_is_no_title():
    """'… 2013  page 2' is page 2's running head, not the cover's title printed again."""
    result = import_text(converted(), "doubt.md")
    assert 'title = "DOUBT FOR SALE"' in result.markdown or 'title = "Doubt for Sale"' in result.markdown
    assert "page 2" not in result.markdown.split("+++")[1]


def test_two_spaced_page_footnotes_are_notes_cited_by_the_glued_numbers():
    markdown = import_text(converted(), "doubt.md").markdown
    assert "[^2]: Memo about the communications plan, from Jane Roe, Norland Petroleum Institute, April 1998\n" in markdown
    assert "[^6]: Memo about the communications plan, page 3\n" in markdown
    assert "public records[^2]." in markdown
    assert "\n2  Memo" not in markdown


def test_numbered_lines_out_of_order_stay_text():
    """Near miss: lines opening with a number and two spaces that do not count up (a table's rows) are no notes."""
    rows = ["12  barges at the northern locks", "7  barges at the upper gate", "30  barges in the basin"] * 2
    markdown = import_text(converted(rows), "doubt.md").markdown
    assert "[^" not in markdown
    assert "7  barges at the upper gate" in markdown or "7 barges at the upper gate" in markdown


def test_a_covers_own_notes_numbered_apart_cite_none_of_the_reports():
    """The epigraph on the cover has notes 1 and 2 of its own; the report's count starts again at 1 on page 2. The
    longer count is the notes, and a number glued on the cover ('Norland Watch2') cites none of them."""
    cover = (
        "“Doubt is our product.”\n\nA tobacco company's memo, 19691\n\n“Skepticism is a good thing.”\n\n—Ann Major of Norland Watch2\n\n"
        "1  http://example.org/memo.html\n2  http://example.org/major.html\n\n"
    )
    text = converted().replace("How a lobby paid for doubt\n\n", "How a lobby paid for doubt\n\n" + cover)
    markdown = import_text(text, "doubt.md").markdown
    assert "Norland Watch2" in markdown
    assert markdown.count("[^2]") == 2  # the marker in the text and the note
    assert "public records[^2]." in markdown


CHAPTERS = [
    f"Chapter {word}: the harbour's {topic}"
    for word, topic in zip(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen"],
        ["locks", "barges", "grain", "pilots", "tolls", "gates", "silt", "quays", "keepers", "floods", "survey", "police", "board"],
        strict=True,
    )
]
PROSE = (
    "The harbour board counted more barges at the northern locks this autumn than in any season since the dredging began, its "
    "report says, and it expects the count to rise again once the second basin opens to traffic."
)


def report_with_contents(entries: list[str], tail: str = "") -> str:
    body = "\n\n".join(f"{chapter}\n\n{PROSE}\n\n{PROSE}" for chapter in CHAPTERS)
    return "The Harbour in Numbers\n\n" + "\n\n".join(entries) + tail + "\n\n" + PROSE + "\n\n" + body + "\n"


def test_a_contents_list_with_no_label_and_no_page_numbers_is_no_section():
    """Thirteen lines under the title, each naming a heading given again below over its prose, in order: the contents."""
    result = import_text(report_with_contents(CHAPTERS, " intRoDuCtion"), "harbour.txt")
    assert result.dropped["contents list"][:2] == CHAPTERS[:2]
    assert "## Introduction" in result.markdown or "### Introduction" in result.markdown  # the heading glued to the last entry
    assert result.markdown.count("Chapter one: the harbour's locks") == 1


def test_short_lines_that_name_no_headings_below_stay():
    """Near miss: a run of short lines at the top that the text does not give again as headings (a cover's lines)."""
    cover = [f"Harbour board member {n}" for n in range(1, 14)]
    result = import_text(report_with_contents(cover), "harbour.txt")
    assert "contents list" not in result.dropped


def test_a_converters_marker_after_a_capital_or_inside_a_closing_mark_cites_its_page_note():
    """'… from the Roe family foundations in the UK4,' and '… their “universities5”': the page's notes 4 and 5."""
    text = converted().replace("foundations4,", "foundations in the UK4,").replace("their universities5,", "their “universities5”,")
    markdown = import_text(text, "doubt.md").markdown
    assert "in the UK[^4]," in markdown
    assert "“universities[^5]”" in markdown


def test_a_capital_and_a_number_with_no_note_on_its_page_stay():
    """Near miss: 'G20' on a page whose notes are 1 and 2 is no marker of note 20 (there is none) nor of theirs."""
    text = converted().replace("ahead of the next assessment report.", "ahead of the next G20 summit.")
    markdown = import_text(text, "doubt.md").markdown
    assert "next G20 summit." in markdown


def test_a_cover_title_in_capitals_takes_the_texts_own_spelling():
    """'DOUBT FOR SALE' on the cover, 'Doubt for Sale' on the title page under it: the title is written as the text spells it."""
    text = converted().replace("How a lobby paid for doubt\n\n", "How a lobby paid for doubt\n\nDoubt for Sale\n\n")
    assert 'title = "Doubt for Sale"' in import_text(text, "doubt.md").markdown


def test_a_title_in_capitals_never_given_again_stays_as_it_is():
    """Near miss: no line below spells the title in its own case: its own words, in title case."""
    assert 'title = "Doubt for Sale"' in import_text(converted(), "doubt.md").markdown
