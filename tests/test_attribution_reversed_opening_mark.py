"""A release's continued quotation whose new paragraph is set with a reversed mark ('”More than …', the closing mark
where the opening one belongs) is the speaker's words without that mark, as a paragraph opened with '“' is; Swedish and
Finnish quotations open on '”' too. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

OPENING = "“Unless we act today, we leave our children a health threat,” said Trust Director Jane Roe.\n\n"


def test_a_reversed_mark_opening_a_cued_paragraph_is_no_part_of_the_words():
    body = OPENING + "”More than a thousand homes draw water from the estuary,” Ms Roe said."
    assert attributed(body)[-1] == ("Jane Roe", "More than a thousand homes draw water from the estuary,")


def test_a_reversed_mark_opening_a_continued_paragraph_is_no_part_of_the_words():
    body = OPENING + "”We congratulate the council on its first steps, but it must go further.”"
    assert attributed(body)[-1] == ("Jane Roe", "We congratulate the council on its first steps, but it must go further.")


def test_a_paragraph_opened_the_usual_way_as_before():
    body = OPENING + "“More than a thousand homes draw water from the estuary,” Ms Roe said."
    assert attributed(body)[-1] == ("Jane Roe", "More than a thousand homes draw water from the estuary,")
