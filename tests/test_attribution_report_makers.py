""" "The report says …" and "According to the report, …" speak for the report's maker: the body the sentence that brought
the report in names, never a body that spoke before when the report brought in last is another's. Passages written for
these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

CLAIM = "In a submission to the inquiry, the Ostby Port Police claimed its officers fired only “warning shots”.\n\n"


def test_the_report_after_another_bodys_report_is_not_the_body_that_spoke_before():
    body = (
        CLAIM + "According to the UN fact-finding report published in March, the guards fired into crowds.\n\n"
        "The report says the Harbour Guard chief attended meetings where “systematic abuses” were planned."
    )
    assert [who for who, _ in attributed(body)] == ["Ostby Port Police"]


def test_according_to_the_report_a_body_published_after_another_spoke_is_the_publishers():
    body = (
        CLAIM + "The UN published its fact-finding report in March.\n\n"
        "According to the report, on 2 May, “The minister told the Harbour Guard to use more force.”"
    )
    assert [who for who, _ in attributed(body)] == ["Ostby Port Police", "UN"]


def test_the_report_of_the_body_that_published_it_is_the_bodys():
    body = (
        "The Ostby Inquiry published its report in March.\n\n"
        "The report says the harbour chief attended meetings where “systematic abuses” were planned.\n\n"
        "According to the report, on 2 May, “The minister told the guards to use more force.”"
    )
    assert [who for who, _ in attributed(body)] == ["Ostby Inquiry", "Ostby Inquiry"]


def test_a_person_who_says_the_report_was_something_speaks():
    body = "The Ostby Inquiry published its report in March.\n\nMajor Arno Blik, the harbour chief, says the report was “one-sided” in its findings."
    assert [who for who, _ in attributed(body)] == ["Arno Blik"]
