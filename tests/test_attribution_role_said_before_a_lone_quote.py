"""A quotation standing alone after a sentence whose subject is an unnamed role that says something ("The commander said
he was trying to reach the ministry. “…”"): that one's words, not the last named speaker's going on. Passages written
for these tests, each with its near miss."""

from __future__ import annotations

from passages import attributed

ANALYST = "Analyst Lars Vinter told the paper that the channel has gone quiet. “I think the story is true.”\n\n"


def test_an_unnamed_commander_who_said_something_just_before_is_no_continuation():
    body = ANALYST + "The commander said he was trying to reach the ministry. “I am ready to go back for them.”"
    assert attributed(body) == [("Lars Vinter", "I think the story is true.")]


def test_told_and_wrote_too():
    body = ANALYST + "The colonel told the crew to turn back. “We have no fuel left.”"
    assert attributed(body) == [("Lars Vinter", "I think the story is true.")]


def test_near_miss_the_named_speaker_said_it_goes_on():
    body = ANALYST + "Vinter said the channel had gone quiet. “Nobody posts any more.”"
    assert attributed(body) == [("Lars Vinter", "I think the story is true."), ("Lars Vinter", "Nobody posts any more.")]


def test_near_miss_a_role_the_report_names_speaks_by_its_holder():
    body = "Commander Ivo Marsh led the unit.\n\n" + ANALYST + "The commander said he was trying to reach the ministry. “I am ready to go back.”"
    assert attributed(body)[-1] == ("Ivo Marsh", "I am ready to go back.")
