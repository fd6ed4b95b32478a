"""A story's kicker of two words joined by '&' or 'and' over its headline ('Business & Trade' / 'Port seeks operator …'): the
kicker is no title, the longer line under it is. Passages of our own, with a near miss."""

from __future__ import annotations

import pytest
from imported import built

STORY = (
    "The Harbourton Port Authority wants an experienced operator for its new container terminal, said Tom Okafor, the port's director.\n"
    "“We want them to book the berths every week of the year, not only in the busy summer months,” he said at a board meeting.\n"
    "The terminal opens in the spring and will have four berths, two cranes and a rail link to the freight yard north of the city.\n"
    "The authority expects bids by October, Okafor said, and it hopes to pick the winning firm before the end of the year.\n"
)


@pytest.mark.parametrize("kicker", ["Business & Trade", "Arts and Culture"])
def test_a_kicker_of_two_words_joined_by_an_ampersand_is_no_title(kicker):
    head = "Port seeks operator for new container terminal\nThe authority wants a firm to run its terminal.\nBy Jane Roe\nAug. 27, 2019\n"
    _, report = built(f"{kicker}\n{head}{STORY}")
    assert report.title == "Port seeks operator for new container terminal"
    assert report.summary.startswith("The authority wants a firm")


def test_a_label_of_two_words_over_the_headline_reads_as_before():
    # near miss: the label the rule read already
    head = "Port seeks operator for new container terminal\nThe authority wants a firm to run its terminal.\nBy Jane Roe\nAug. 27, 2019\n"
    _, report = built(f"Harbour Notes\n{head}{STORY}")
    assert report.title == "Port seeks operator for new container terminal"
