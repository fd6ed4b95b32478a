"""A talking point's or an epigraph's quotation alone on its line, with its author's name line under it giving life dates
("Elena Marsh (1802-1871)"), is the author's, whatever the heading or the paragraph above. Passages written for these
tests."""

from __future__ import annotations

import pytest
from passages import attributed

QUOTE = '"A harbour is safe, but that is not what ships are for"'
WORDS = QUOTE.strip('"')


@pytest.mark.parametrize("dates", ["(1802-1871)", "(1802–1871)", "(b. 1950)", "(1950–)"])
def test_the_name_line_with_life_dates_under_the_quotation(dates):
    body = f"## THOUGHT FOR THE WEEK\n\n{QUOTE}\n\nElena Marsh {dates}"
    assert attributed(body) == [("Elena Marsh", WORDS)]


def test_after_a_paragraph_reporting_a_body_s_finding():
    body = f"The Lakeland Statistics Office reported that marriages fell again last year.\n\n{QUOTE}\n\nElena Marsh (1802-1871)"
    assert attributed(body) == [("Elena Marsh", WORDS)]


def test_a_year_in_brackets_alone_is_no_life_dates():
    body = f"## THOUGHT FOR THE WEEK\n\n{QUOTE}\n\nElena Marsh (2019)"
    assert attributed(body) == []
