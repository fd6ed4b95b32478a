"""A role's noun and the body it serves right after a name with no comma, as press releases write it ("said Jane Roe
spokesperson for Harbour Watch"): the speaker's description, the name kept whole. Passages written for these tests, with
near misses (a time, a preposition, a verb after the name describe no one)."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe
from passages import attributed


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("“The board has again handed millions,” said Jane Roe spokesperson for Harbour Watch.", "Spokesperson for Harbour Watch"),
        ("“No,” said Jane Roe director of the Harbour Trust. “Yes.”", "Director of the Harbour Trust"),
    ],
)
def test_a_role_and_its_body_after_the_name_with_no_comma_describe_her(text: str, description: str) -> None:
    assert describe(text, "Jane Roe") == description


@pytest.mark.parametrize(
    "text",
    [
        "“No,” said Jane Roe on Monday.",
        "“No,” said Jane Roe for Harbour Watch.",
        "“No,” Jane Roe told reporters at Harbour Hall.",
        "Jane Roe fought for Harbour Watch.",
        "“No,” said Jane Roe spokesperson of the council.",
    ],
)
def test_words_after_the_name_that_are_no_role_describe_no_one(text: str) -> None:
    assert describe(text, "Jane Roe") == ""


def test_the_speaker_is_named_without_the_role() -> None:
    body = "“The board has again handed millions to a firm with a poor record,” said Jane Roe spokesperson for Harbour Watch."
    assert [name for name, _quote in attributed(body)] == ["Jane Roe"]
