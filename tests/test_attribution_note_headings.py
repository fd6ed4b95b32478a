"""A heading that is a footnote's line (a PDF text's page footnote read as a heading: "32 Tom Hadley, Press Conference
Northport, 7 Nov 2018") dates none of the quotations under it; a digest's dated heading, and a numbered section's ("2.
Sitting of the Ferry Board, 7 November 2018"), still do. Passages written for
these tests."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def dates(body: str) -> list[str]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2019-05-14\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    return [str(s.date) for s in extract_statements(report, Registry([])).statements]


MOSS = "Harbour pilot Ada Brandt put it plainly in her evidence:\n\n“Nobody steers a ferry into a checkpoint by choice.”"


def test_a_footnote_line_made_a_heading_dates_nothing_under_it():
    assert dates("### 32 Tom Hadley, Press Conference Northport, 7 Nov 2018\n\n" + MOSS) == ["2019-05-14"]


def test_a_footnote_line_citing_an_outlet():
    assert dates("### 17 Kestrel Gazette, Ferry checks widen, 3 March 2019\n\n" + MOSS) == ["2019-05-14"]


# numbered section headings of digests and inquiry reports: their day dates the quotations under them
def test_a_numbered_section_heading_with_a_full_stop_still_dates():
    assert dates("### 2. Sitting of the Ferry Board, 7 November 2018\n\n" + MOSS) == ["2018-11-07"]


def test_a_numbered_section_heading_without_a_full_stop_still_dates():
    assert dates("### 3 Sitting, 7 November 2018\n\n" + MOSS) == ["2018-11-07"]


def test_a_numbered_interview_heading_still_dates():
    assert dates("### 4. Talk with Ada Brandt, 7 November 2018\n\n" + MOSS) == ["2018-11-07"]


def test_a_dated_heading_still_dates_the_quotation_under_it():
    assert dates("### 7 November 2018\n\n" + MOSS) == ["2018-11-07"]


def test_a_day_with_a_comma_in_a_heading_still_dates():
    assert dates("### 7 November, 2018\n\n" + MOSS) == ["2018-11-07"]
