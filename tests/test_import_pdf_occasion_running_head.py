"""A conference paper as a PDF's text prints its running head (the forum, the occasion, the date, and the body's web
address under them) at the top of every page, the first too, over the paper's title: the head is no title (the line
under it on the first page is the one under it on the others), the title line under it is, and a sentence on the first
page naming the forum ('Paper presented at …') does not make the head the title. Passages of our own, with near misses."""

from __future__ import annotations

from dossier.document import read_report
from dossier.importer import import_text

HEAD = ["Norland Policy Forum “Coasts 2018: The Year Ahead”  9 June 2018", "www.norland.example/forum"]
TITLE = "Ferry policy in the Western Isles: Access implications"
OPENING = [
    TITLE,
    "",
    "By Ana Petrov",
    "",
    "Paper presented at the Norland Policy Forum “Coasts 2018: The Year Ahead” 9 June 2018",
    "",
]
PAGE_ONE = [
    "The islands have lost two ferry routes since the board was formed in 1994, and the board has tried to",
    "keep the remaining routes running through the winter storms and the long repairs at the quays.",
    "",
    "After a decade of slow growth, in 2005-2015 the board took on eleven new members of the",
]
PAGE_TWO = [
    "Regional Assembly. Since then, most of the new members have come from the smallest islands of the",
    "western group, and they have asked for a winter timetable of their own.",
    "",
    "The harbour master told the board in March that the slipways would need new gates.",
]
PAGE_THREE = ["The board will publish its timetable for the winter months before the end of the autumn session."]


def paper(head: list[str], opening: list[str], pages: list[list[str]]) -> str:
    printed = []
    for number, lines in enumerate(pages, start=1):
        top = [*head, ""] + (opening if number == 1 else [])
        printed.append("\n".join([*top, *lines, "", f"{' ' * 40}{number}"]))
    return "\n\f".join(printed) + "\n"


def imported(text: str):
    result = import_text(text, "paper.txt")
    return result, read_report(result.markdown, "reports/x.md")


def test_the_running_head_over_the_first_page_is_no_title_and_the_title_under_it_is():
    _result, report = imported(paper(HEAD, OPENING, [PAGE_ONE, PAGE_TWO, PAGE_THREE]))
    assert report.title == TITLE
    assert "Norland Policy Forum “Coasts 2018" not in report.title


def test_near_miss_a_title_on_the_first_page_that_the_pages_after_it_repeat_as_their_head_stays_the_title():
    # a report's title at the top of its first page, with its author under it; the later pages print the title alone
    pages = []
    for number, lines in enumerate([PAGE_ONE, PAGE_TWO, PAGE_THREE], start=1):
        top = [TITLE, "", "By Ana Petrov", ""] if number == 1 else [TITLE, ""]
        pages.append("\n".join([*top, *lines, "", f"{' ' * 40}{number}"]))
    _result, report = imported("\n\f".join(pages) + "\n")
    assert report.title == TITLE
