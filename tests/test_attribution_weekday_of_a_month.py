"""A weekday qualified by a month ("On a chilly Tuesday in December 1999, …", "one Friday in March") is a day of that
month, not one counted back from the report's publication: the words get no day from it. Passages written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest
from dossier.actors import Registry
from dossier.dates import relative_date
from dossier.document import read_report
from dossier.statements import extract_statements


def dates(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2017-01-19\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    return [(str(s.date), s.date_basis) for s in extract_statements(report, Registry([])).statements]


@pytest.mark.parametrize("time", ["On a chilly Tuesday in December 1999", "One Tuesday in early March", "On a Tuesday of May 1988"])
def test_a_weekday_of_a_month_dates_no_words(time):
    body = f"{time}, Jane Roe rose to speak in Harbourton. “We will hold the quay,” she said."
    assert dates(body) == [("2017-01-19", "report")]  # the report's day, flagged as a guess: not a Tuesday counted back


def test_a_weekday_alone_is_counted_back_from_the_report():
    # near misses: the Tuesday before the report's Thursday, also with a place after it
    assert dates("On Tuesday, Jane Roe rose to speak. “We will hold the quay,” she said.") == [("2017-01-17", "text")]
    assert dates("On Tuesday in Harbourton, Jane Roe rose to speak. “We will hold the quay,” she said.") == [("2017-01-17", "text")]


def test_relative_date_reads_past_a_weekday_of_a_month():
    assert relative_date("On a chilly Tuesday in December 1999, she rose.", dt.date(2017, 1, 19)) is None
    assert relative_date("On a chilly Tuesday in Harbourton, she rose.", dt.date(2017, 1, 19)) == dt.date(2017, 1, 17)


def test_a_weekday_of_a_month_in_a_paragraph_above_dates_no_words():
    above = "On a chilly Tuesday in December 1999, Jane Roe rose to speak in Harbourton. Her hosts were the Seafarers’ Union.\n\n"
    below = "The town was not the only one airing such ideas. Roe even claimed a warrant for it. “God separated the isles.”"
    assert dates(above + below) == [("2017-01-19", "report")]
    # near miss: a weekday alone above is counted back from the report
    assert dates(above.replace("a chilly Tuesday in December 1999", "Tuesday") + below) == [("2017-01-17", "text")]
