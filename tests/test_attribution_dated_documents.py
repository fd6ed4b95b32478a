"""A body's own record as the subject of a verb of saying speaks for the body, also with its date after it ("The Harbour
Board report dated 4 May states “…”"), a cable or a log as a report does; an operation the record is named for ("the
Defence Ministry Operation Seawall report") made none of it. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

QUOTE = "The vessel was last seen north of Carrow Point"


def test_a_report_dated_a_day_speaks_for_its_body():
    body = f"The Harbour Board report dated 4 May 2019 states “{QUOTE}”."
    assert attributed(body) == [("Harbour Board", QUOTE)]


def test_a_ministry_cable_speaks_for_the_ministry():
    body = f"A Transport Ministry cable dated 4 May 2019 states “{QUOTE}”."
    assert attributed(body) == [("Transport Ministry", QUOTE)]


def test_an_incident_log_speaks_for_its_body():
    body = f"The Harbour Board incident log states “{QUOTE}”."
    assert attributed(body) == [("Harbour Board", QUOTE)]


def test_an_operation_s_report_is_the_body_s_named_before_it():
    body = f"The Defence Ministry Operation Seawall/Op Harbour report dated 4 May 2019 stated “{QUOTE}”."
    assert attributed(body) == [("Defence Ministry", QUOTE)]


def test_an_operation_named_alone_speaks_for_nobody():
    body = f"The Operation Seawall report stated “{QUOTE}”."
    assert attributed(body) == []


def test_a_report_without_its_date_stays():
    body = f"The Harbour Board report states “{QUOTE}”."
    assert attributed(body) == [("Harbour Board", QUOTE)]
