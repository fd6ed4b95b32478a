"""Words that are no speaker's name (a member's seat, a heading's words, a code, a court) and one person's name
variants, read without a registry. Passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_a_member_s_seat_after_the_name_is_no_speaker():
    body = "Former Harbour Minister Moira Tennant, Labour MSP for Glasgow Riverside, said: “If they are reversing, the costs must be counted.”"
    assert attributed(body) == [("Moira Tennant", "If they are reversing, the costs must be counted.")]


def test_a_person_named_after_a_member_s_seat_still_speaks():
    body = "Labour MP for Bexhill Ann Lee said: “If they are reversing, the costs must be counted.”"
    assert attributed(body) == [("Ann Lee", "If they are reversing, the costs must be counted.")]
