"""A body's own record as the subject of a verb of saying speaks for the body, also with its date after it ("The Harbour
Board report dated 4 May states “…”"), a cable or a log as a report does; an operation the record is named for ("the
Coastguard Operation Driftnet review") made none of it. Passages written for these tests."""

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
    body = f"A Coastguard Operation Driftnet review dated 9 June said “{QUOTE}”."
    assert attributed(body) == [("Coastguard", QUOTE)]


def test_the_second_of_two_joint_operations_is_no_body():
    body = f"A Coastguard Operation Driftnet/Lantern review dated 9 June stated “{QUOTE}”."
    assert ("Lantern", QUOTE) not in attributed(body)


def test_an_operation_named_alone_speaks_for_nobody():
    body = f"An Operation Driftnet review stated “{QUOTE}”."
    assert attributed(body) == []


def test_a_report_without_its_date_stays():
    body = f"The Harbour Board report states “{QUOTE}”."
    assert attributed(body) == [("Harbour Board", QUOTE)]
