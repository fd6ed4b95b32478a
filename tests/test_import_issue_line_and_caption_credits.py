"""A journal's article copied as text: its issue line under the title ('Digital Edition Issue 06, Jun 2020', 'Vol. 12,
No. 3 | March 2021') is no section and dates the report by its month; a photo's caption on a line of its own over its
credit line ('Source: The Harbour Times © Harbour Press. Permission required for reproduction') is one figure, no
section. Passages of our own, with near misses: a section's heading in title case over a lone photo credit, a subhead
over a paragraph, an issue line naming a season."""

from __future__ import annotations

import pytest
from dossier.dates import journal_issue_month
from imported import built, headings

OPENING = (
    "On 4 March 2021 the port authority of Vells set up a task force to manage the closure of the northern channel. "
    "Its first meeting was held the same evening, and it has met every week since.\n\n"
)
PARAGRAPH = (
    "The task force's strategy was to keep the southern channel open at all hours. Pilots were brought in from "
    "Orm and Dunmore, and the night crossings were cut to two an hour while the dredgers worked.\n\n"
)
CREDIT = "Source: The Vells Courier © Vells Press Holdings. Permission required for reproduction\n\n"


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Digital Edition Issue 06, Jun 2020", "2020-06-01"),
        ("Vol. 12, No. 3 | March 2021", "2021-03-01"),
        ("Harbour Review Issue 41, September 2019", "2019-09-01"),
        ("Issue 7 - Feb. 2022", "2022-02-01"),
    ],
)
def test_an_issue_line_names_the_report_s_month(line, month):
    assert str(journal_issue_month(line)) == month


@pytest.mark.parametrize("line", ["Issue 41, Autumn 2019", "The issue of 2020 was the harbour", "Vol. 12 was published in March 2021 after a delay"])
def test_near_miss_a_season_or_a_sentence_is_no_issue_line(line):
    assert journal_issue_month(line) is None


def test_the_issue_line_under_the_title_is_no_section_and_dates_the_report_by_its_month():
    result, report = built(
        "Channel Closures: A First Account\n\nDigital Edition Issue 06, Jun 2020\n\n" + OPENING + "Keeping the Port Open\n\n" + PARAGRAPH
    )
    assert headings(report) == ["Keeping the Port Open"]
    assert 'date = "2020-06"' in result.markdown
    assert "Digital Edition Issue 06" not in result.markdown


def test_captions_over_their_credit_lines_are_figures_not_sections():
    captions = ["Pilots boarding a tanker at dawn", "Dredgers working in the northern channel", "Night Crossings Resume"]
    text = "Channel Closures: A First Account\n\nBy Ada Korsgaard\n\nMarch 9, 2021\n\n" + OPENING + "Keeping the Port Open\n\n" + PARAGRAPH
    for caption in captions:
        text += f"{caption}\n\n{CREDIT}{PARAGRAPH}"
    result, report = built(text)
    assert headings(report) == ["Keeping the Port Open"]
    for caption in captions:
        assert f":credit: Source: The Vells Courier © Vells Press Holdings. Permission required for reproduction\n\n{caption}\n:::" in result.markdown


def test_near_miss_a_title_case_heading_over_a_lone_credit_stays_a_heading():
    text = (
        "Channel Closures: A First Account\n\nBy Ada Korsgaard\n\nMarch 9, 2021\n\n"
        + OPENING
        + "Keeping the Port Open\n\n"
        + PARAGRAPH
        + "The Night Crossings\n\nSource: The Vells Courier © Vells Press Holdings\n\n"
        + PARAGRAPH
    )
    _, report = built(text)
    assert "The Night Crossings" in headings(report)


def test_near_miss_a_sentence_case_heading_over_a_lone_credit_stays_a_heading_where_the_report_writes_its_headings_so():
    text = (
        "Channel Closures: A First Account\n\nBy Ada Korsgaard\n\nMarch 9, 2021\n\n"
        + OPENING
        + "Keeping the port open\n\n"
        + PARAGRAPH
        + "Response to the closure\n\n"
        + CREDIT
        + PARAGRAPH
        + "What the pilots ask for next\n\n"
        + PARAGRAPH
    )
    _, report = built(text)
    assert headings(report) == ["Keeping the port open", "Response to the closure", "What the pilots ask for next"]
