"""An academic paper's author-date citation of a press source right after the quote ("‘…’ (Courier 23/10/01, 3,2).") gives
the day the words were printed, where the sentence states no day; the order of day and month is decided once for the text, by
the citations whose numbers tell it.
Passages written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from dossier.actors import Registry
from dossier.dates import cited_source_date
from dossier.document import read_report
from dossier.statements import extract_statements


def dates(body: str) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2004-10-01\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    return [(str(s.date), s.date_basis) for s in extract_statements(report, Registry([])).statements]


@pytest.mark.parametrize(
    ("citation", "day"),
    [
        ("(Courier 23/10/01, 3,2)", "2001-10-23"),
        ("(Harbour Weekly 26/8/2003)", "2003-08-26"),
        ("(HW 11/28/01, 13)", "2001-11-28"),
    ],
)
def test_a_cited_press_source_dates_the_words(citation, day):
    assert dates(f"Pastor Jane Roe said the levy was ‘harsh and pointless’ {citation}.") == [(day, "text")]


@pytest.mark.parametrize("citation", ["(Roe 2001, 4)", "(HW 10/2003, 1)", "(HW 28/11/2005)"])
def test_an_author_date_or_a_month_or_a_later_day_gives_no_day(citation):
    # near misses: a book's year, a month alone, a day after the report's: the report's day, flagged as a guess
    assert dates(f"Pastor Jane Roe said the levy was ‘harsh and pointless’ {citation}.") == [("2004-10-01", "report")]


def test_the_citation_must_follow_the_quote():
    text = "‘harsh’ (Courier 23/10/01)"
    assert cited_source_date(text, text.index("’") + 1, dt.date(2004, 10, 1), True) == dt.date(2001, 10, 23)
    assert cited_source_date("‘harsh’, she said (Courier 23/10/01)", 7, dt.date(2004, 10, 1), True) is None


@pytest.mark.parametrize(
    ("decider", "day"),
    [("(HW 23/10/01, 3)", "2002-04-03"), ("(HW 10/23/01, 3)", "2002-03-04"), ("(HW 4/10/01, 3)", "2004-10-01")],
)
def test_the_order_of_day_and_month_is_the_texts(decider, day):
    # a citation whose numbers tell the order decides it for every other; where none does, no day (the report's)
    body = f"Pastor Jane Roe said the levy was ‘harsh’ {decider}.\n\nTom Hale said the levy was ‘fair’ (Post 3/4/02, A1)."
    assert dates(body)[1][0] == day


def test_a_day_the_sentence_states_beats_the_citation():
    # near miss: the words were spoken on the day the sentence gives
    body = "On 3 May 2001 Pastor Jane Roe said the levy was ‘harsh and pointless’ (Courier 23/10/01, 3,2)."
    assert dates(body) == [("2001-05-03", "text")]
