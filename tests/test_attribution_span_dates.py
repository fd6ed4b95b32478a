"""A day that opens or closes a span ("free from Nov. 13 through the end of the year", "from Nov. 13 to Nov. 30") is when
something ran, never the day the sentence's words were said: with no other day in the clause, the statement keeps the
report's date. Passages written for these tests, with near misses (a day the saying is on, a relative clause's day, a
letter "from Nov. 2 to the mayor")."""

from __future__ import annotations

import datetime as dt

import pytest
from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def dates(body: str) -> list[dt.date | None]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2023-11-07\n+++\n\nIntro.\n\nA first paragraph.\n\n{body}', "reports/a.md")
    return [statement.date for statement in extract_statements(report, Registry([])).statements]


@pytest.mark.parametrize(
    "aside",
    ["who is now suspended for making ferries free from Nov. 13 through the end of the year", "who made ferries free from Nov. 13 to Nov. 30"],
)
def test_a_span_in_the_clause_does_not_date_the_words(aside: str) -> None:
    body = f"Chief Ann Bell, {aside}, pledged in July that the port “would track the standard,” the record shows."
    assert dates(body) == [dt.date(2023, 11, 7)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chief Tom Hale pledged on Nov. 2 that the port “would track the standard,” the record shows.",
        "Chief Tom Hale, who was suspended on Nov. 2, pledged that the port “would track the standard,” the record shows.",
        "Chief Tom Hale pledged from the stage on Nov. 2 that the port “would track the standard,” the record shows.",
        "In a letter from Nov. 2 to the mayor, Chief Tom Hale wrote that the port “would track the standard.”",
        "In an email from Nov. 2 to staff, Chief Tom Hale wrote that the port “would track the standard.”",
        "In a letter from Nov. 2 co-signed by the crews, Chief Tom Hale wrote that the port “would track the standard.”",
    ],
)
def test_near_misses_a_day_of_its_own_still_dates_the_words(sentence: str) -> None:
    assert dates(sentence) == [dt.date(2023, 11, 2)]
