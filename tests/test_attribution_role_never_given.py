"""'The MLA said' is the one person the text called an MLA; a role noun the text never gave anyone is nobody's, not the
minister's just quoted (a minister is no MLA by any word of the text): passages written for these tests, with invented
names."""

from __future__ import annotations

import pytest
from passages import attributed

MINISTER = (
    "The new levy will replace the one set in 2015, Anika Rao, the state's Finance Minister, who also holds the Ports "
    "portfolio, said today.\n\n“We are drafting the rules right now,” she told reporters.\n\n"
)
FIRST = ("Anika Rao", "We are drafting the rules right now,")


@pytest.mark.parametrize(
    "sentence",
    [
        "The MLA said, “The ports earned more than ever this year.”",
        "“The ports earned more than ever this year,” the MLA said.",
        "“The ports earned more than ever this year,” the MLA from Hillgate constituency said.",
        "“The ports earned more than ever this year,” the senator said.",
    ],
)
def test_a_role_noun_nobody_was_given_credits_nobody(sentence: str) -> None:
    assert attributed(MINISTER + sentence) == [FIRST]


def test_the_role_noun_she_was_given_is_hers() -> None:
    assert attributed(MINISTER + "The minister said, “The ports earned more than ever this year.”") == [
        FIRST,
        ("Anika Rao", "The ports earned more than ever this year."),
    ]
