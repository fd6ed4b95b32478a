"""A release's distribution line, the desks it is sent to ('ATTENTION: Environment and Health Reporters', 'ATTN: News
Editors', 'Attention: Chiefs of Staff'): furniture, never a section over the release nor a speaker of its quotations. A
sentence that opens on 'Attention:' stays text."""

from __future__ import annotations

import pytest
from imported import built, headings

TOP = ["Ferry Fares to Rise on the Vell Line", "3 March 2011"]
BODY = [
    "The cost of a crossing will rise for Velden commuters unless the board acts, the Velden Ferry Users Group has warned.",
    "“Unless the board acts today, the crossing will price out the town,” said Group Director Ilsa Varn.",
    "“The fares are not just a matter for the board.",
    "“More than two hundred families cross every day.”",
]


@pytest.mark.parametrize(
    "line",
    [
        "ATTENTION: Environment and Health Reporters",
        "ATTN: News Editors",
        "Attention: Chiefs of Staff",
        "Attn. : Transport Writers and Picture Desks",
    ],
)
def test_a_distribution_line_is_furniture(line: str) -> None:
    result, report = built("\n\n".join([*TOP, line, *BODY]) + "\n")
    assert not headings(report)
    assert line not in result.markdown


def test_a_sentence_opening_on_attention_stays_text() -> None:
    line = "Attention: reporters will be briefed at the quay at noon, and the board will take questions after the briefing."
    result, _ = built("\n\n".join([*TOP, "By Lena Duro", BODY[0], line, BODY[1]]) + "\n")
    assert line in result.markdown


@pytest.mark.parametrize("line", ["ATTENTION: THE HIDDEN PRICE OF FREE MEDIA", "Attention: Velden Press", "ATTENTION: Media"])
def test_a_line_opening_on_attention_under_the_texts_first_paragraph_stays(line: str) -> None:
    # near miss: a section's heading in capitals, a press's name, a plea; under the text's opening, no release's head
    result, _ = built("\n\n".join([*TOP, BODY[0], line, *BODY[1:]]) + "\n")
    assert line in result.markdown


def test_the_bare_media_as_the_whole_list_is_a_distribution_line() -> None:
    result, report = built("\n\n".join([*TOP, "Attn: Press", *BODY]) + "\n")
    assert not headings(report) and "Attn: Press" not in result.markdown


def test_a_heading_ending_on_media_over_the_text_stays_a_heading() -> None:
    _, report = built("\n\n".join([*TOP, "ATTENTION: THE HIDDEN PRICE OF FREE MEDIA", *BODY]) + "\n")
    assert headings(report)
