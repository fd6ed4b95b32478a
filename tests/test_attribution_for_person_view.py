"""A sentence opening on "For" and a person named in full, a description after the name or not, then a clause in lower
case ending the sentence on a quotation ("For Oskar Lindqvist, co-founder of the grid consultancy Nordvolt, this new
demand “changes the whole calculation.”"): magazines give the person's view in their own words so, as "In Oskar
Lindqvist's view, …" does."""

from __future__ import annotations

import pytest
from passages import attributed

LEAD = "Utilities are planning new gas plants.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "For Oskar Lindqvist, co-founder of the grid consultancy Nordvolt, this new demand “changes the whole calculation.”",
        "For Oskar Lindqvist, this new demand “changes the whole calculation.”",
        "For Oskar Lindqvist, a grid consultant, the answer is “a grid built for the next century.”",
    ],
)
def test_a_view_framed_by_for_and_a_person_ending_on_the_quotation_is_theirs(sentence: str) -> None:
    assert [speaker for speaker, _quote in attributed(LEAD + sentence)] == ["Oskar Lindqvist"]


def test_the_quotation_after_the_framed_view_goes_on_with_the_same_person() -> None:
    body = LEAD + (
        "For Oskar Lindqvist, co-founder of the grid consultancy Nordvolt, this new demand “changes the whole calculation.”\n\n"
        "“Wind is a natural fit for that challenge,” Lindqvist added."
    )
    assert attributed(body) == [
        ("Oskar Lindqvist", "changes the whole calculation."),
        ("Oskar Lindqvist", "Wind is a natural fit for that challenge,"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the quotation the clause's subject (a term it is about), a relative clause after the name, one word
        # or a body after "For", another speaker's cue after the quotation
        "For Hu Jintao, “socialist harmony” meant order.",
        "For Oskar Lindqvist, who runs Nordvolt, this new demand “changes the whole calculation.”",
        "For Lindqvist, this new demand “changes the whole calculation.”",
        "For Nordvolt, this new demand “changes the whole calculation.”",
        "For most utilities, this new demand “changes the whole calculation.”",
    ],
)
def test_no_person_in_full_framing_a_closing_quotation_credits_no_one(sentence: str) -> None:
    assert attributed(LEAD + sentence) == []


def test_a_cue_after_the_quotation_keeps_its_speaker() -> None:
    sentence = "For Oskar Lindqvist, this new demand “changes the whole calculation,” said Ana Ruiz, a rival consultant."
    assert [speaker for speaker, _quote in attributed(LEAD + sentence)] == ["Ana Ruiz"]
