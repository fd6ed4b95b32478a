"""A day that names an event is not the day words were said: "the April 9 Revolution", "the October 7 attacks" in the
paragraph above, "Friday's march" beside words spoken on Saturday. The occasion keeps its day ("On April 9, X told the
crowd", "At Friday's rally, X told the crowd"). Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.document import read_report
from dossier.statements import extract_statements


def dates(body: str, date: str = "2011-05-28") -> list[str]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = {date}\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    return [str(s.date) for s in extract_statements(report, Registry([])).statements]


def test_an_events_name_holding_a_day_dates_no_statement_after_it():
    body = (
        "“We all stood together in the March 3 Uprising, but the youth have their own history,” said Pia Lund.\n\n"
        "“The new charter is not what the country agreed to,” Lund added."
    )
    assert dates(body) == ["2011-05-28", "2011-05-28"]


def test_a_day_with_a_lower_case_event_after_the_still_names_the_event():
    body = "Pia Lund spoke about the March 3 attacks at length.\n\n“Nobody has been charged yet,” Lund said."
    assert dates(body) == ["2011-05-28"]


def test_the_day_of_the_occasion_dates_the_words():
    assert dates("On March 3, Pia Lund told the crowd: “We stand together.”") == ["2011-03-03"]


def test_a_day_owning_an_event_does_not_date_words_said_the_day_after():
    body = (
        "Speaking by phone on Saturday morning, Pia Lund said she backed Friday's march.\n\n“This was not the main demand of the march,” said Lund."
    )
    assert dates(body) == ["2011-05-28"]


def test_a_day_owning_the_occasion_dates_the_words():
    assert dates("At Friday's rally, Pia Lund told the crowd: “This is our main demand.”") == ["2011-05-27"]
