"""A PDF's text layer (pypdf's) that gives the superscript note markers on a line of their own over the line they belong
to, a double space left where each one sat ('1 2' / 'Harbour states  and coastal towns  have been')."""

from __future__ import annotations

from dossier.importer import import_text

PAGE_ONE = [
    "Harbour Dues and the Northern Locks ",
    "INTRODUCTION ",
    "1 2",
    "Harbour states  and coastal towns  have been ",
    "vocal about their ambitions for a deeper ",
    "channel since the dredging began. A decade ",
    "3",
    "later, inland ports voiced the same hopes.  ",
    "Today the quarrel between the boards and ",
    "the shippers has made the question central ",
    "for every port on the river, with the ",
    "4",
    "exception of Lowmarsh.  The rising tolls ",
    "will soon make the locks a priority for the ",
    "ministry and for the grain traders alike. ",
]
PAGE_TWO = [
    "HARBOUR BRIEF No. 12  l  MAY 2021 ",
    "The board has asked for money to widen the ",
    "gate and to deepen the approach channel, as ",
    "5",
    "its engineers proposed in their last survey.",
    "Fishermen fear that the silt will be dumped ",
    "on the banks where the spring runs are ",
    "6",
    "caught, and that the runs will not return.  ",
    "Two of the older lock keepers retired this ",
    "7",
    "year,  and the board has found nobody to ",
    "replace them, although the pilots' guild has ",
    "8",
    "offered to train new keepers in the winter.  ",
    "The grain traders say the locks have become ",
    "9",
    "the slowest part of the route to the coast.  ",
]
PAGE_THREE = [
    "HARBOUR BRIEF No. 12  l  MAY 2021 ",
    "Pleasure boats, which once filled the basin ",
    "10",
    "in summer,  now keep to the southern canal ",
    "and its moorings, and the river police report ",
    "1 1",
    "fewer thefts from moored barges.  The board ",
    "meets again in the spring, when it will set ",
    "the tolls and the hours of the locks. ",
    "ENDNOTES ",
]
KEYS = range(1, 12)
NOTES = ["HARBOUR BRIEF No. 12  l  MAY 2021 "] + [f"{key}. Jane Roe, “Harbour Dues, Part {key},” Harbour Times, {key} May 2019. " for key in KEYS]


def pdf_text(page_one: list[str] = PAGE_ONE, notes: list[str] = NOTES) -> str:
    return "\n\f".join("\n".join(page) for page in (page_one, PAGE_TWO, PAGE_THREE, notes)) + "\n"


def test_superscript_lines_are_the_markers_of_the_gaps_under_them() -> None:
    result = import_text(pdf_text(), "brief.txt")
    markdown = result.markdown
    assert "Harbour states[^1] and coastal towns[^2] have been vocal" in markdown
    assert "the same hopes.[^3] Today the quarrel" in markdown
    assert "exception of Lowmarsh.[^4] The rising tolls" in markdown
    assert "year,[^7] and the board" in markdown
    assert "[^9]: Jane Roe, “Harbour Dues, Part 9,”" in markdown
    assert not any("never cited" in problem.message or "none of the" in problem.message for problem in result.problems)


def test_a_marker_over_a_line_with_no_gap_ends_that_line() -> None:
    markdown = import_text(pdf_text(), "brief.txt").markdown
    assert "in their last survey.[^5]" in markdown
    assert "will not return.[^6]" in markdown


def test_a_kerned_marker_is_read_whole() -> None:
    markdown = import_text(pdf_text(), "brief.txt").markdown
    assert "fewer thefts from moored barges.[^11] The board" in markdown


def test_numbers_out_of_the_count_or_with_no_notes_list_are_no_markers() -> None:
    markdown = import_text(pdf_text(notes=NOTES[:1]), "brief.txt").markdown
    assert "Harbour states[" not in markdown and "coastal towns[" not in markdown
    shuffled = [line if line != "3" else "9" for line in PAGE_ONE]
    markdown = import_text(pdf_text(page_one=shuffled), "brief.txt").markdown
    assert "hopes.[^3]" not in markdown and "Lowmarsh.[^4]" not in markdown


def numbered_pages(page_break: str) -> str:
    """Pages whose numbers stand on a line of their own under the running head, over a line that keeps one gap."""
    body = [
        "The board has asked for money to widen the gate and to deepen the ",
        "approach channel, as its engineers proposed in their last survey.  ",
        "Fishermen fear that the silt will be dumped on the banks where the ",
        "spring runs are caught, and that the runs will not return next year. ",
    ]
    head = "HARBOUR BRIEF No. 12  l  MAY 2021 "
    pages = [[head, str(number), "Pilots say the tolls are too high for the small barges.  The board ", *body * 3] for number in range(1, 8)]
    pages.append([head, "ENDNOTES "] + [f"{key}. Jane Roe, “Harbour Dues, Part {key},” Harbour Times, {key} May 2019. " for key in range(1, 21)])
    return "Harbour Dues and the Northern Locks \n" + page_break.join("\n".join(page) for page in pages) + "\n"


def test_page_numbers_under_the_running_head_are_no_markers() -> None:
    for page_break in ("\n\f", "\n"):
        markdown = import_text(numbered_pages(page_break), "brief.txt").markdown
        assert "small barges.[^" not in markdown
        assert "[^1]" not in markdown.split("[^1]:")[0]


def test_one_marker_under_a_running_head_is_still_a_marker() -> None:
    top = ["10", "Pleasure boats,  which once filled the basin ", "in summer, now keep to the southern canal "]
    page_three = PAGE_THREE[:1] + top + PAGE_THREE[4:]
    text = "\n\f".join("\n".join(page) for page in (PAGE_ONE, PAGE_TWO, page_three, NOTES)) + "\n"
    markdown = import_text(text, "brief.txt").markdown
    assert "Pleasure boats,[^10] which once filled" in markdown
    assert "year,[^7] and the board" in markdown
