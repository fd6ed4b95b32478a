"""A body named before and later called by its kind's noun ("the trust", "the association", "the coalition") speaks as
"the council" or "the committee" does: "The trust then urged the county to make certain that it “…”" is the trust's.
Passages written for these tests, with near misses (the noun in a common sense, no body of that kind named)."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "keeps its word on a ferry that runs every hour"


@pytest.mark.parametrize(
    ("named", "noun"),
    [
        ("The Harbour Transport Trust, which guards the ferry tax, complained in July.", "trust"),
        ("The Harbour Pilots Association, which speaks for the crews, complained in July.", "association"),
        ("The Clean Harbour Coalition, which speaks for six groups, complained in July.", "coalition"),
    ],
)
def test_the_body_called_by_its_kinds_noun_speaks(named: str, noun: str) -> None:
    body = f"{named}\n\nThe {noun} then urged the county to make certain that it “{WORDS}.”"
    assert [name for name, _quote in attributed(body)] == [named.split(",")[0].removeprefix("The ")]
    body = f"{named} “We will not wait another year,” the {noun} said."
    assert [name for name, _quote in attributed(body)] == [named.split(",")[0].removeprefix("The ")]


def test_near_miss_no_body_of_that_kind_named() -> None:
    body = f"Ann Bell runs the ferry line.\n\nThe trust then urged the county to make certain that it “{WORDS}.”"
    assert [name for name, _quote in attributed(body)] == []
