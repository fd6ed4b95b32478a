"""A block quote under a lead-in whose last sentence closes on any verb of saying and a comma ("As Mary Major (2002:1)
recently observed,"), also where that paragraph quotes others' words before: the block is the lead-in's speaker's.
Passages written for these tests, with near misses."""

from __future__ import annotations

import pytest
from passages import attributed

QUOTATION = (
    "For many outsiders, the decline of the western ports in the last decade has been hard to understand. Since then, "
    "berths and wages have declined; and more and more aid is requested from the capital."
)
EARLIER = "Estimates range from “more than 1,000” (Doe 1997, 479) to “more than 10,000” (Poe 1974, 143). "
CLOSING = "The board did not answer the council for a year."


@pytest.mark.parametrize("clause", ["As Mary Major (2002:1) recently observed,", "As Mary Major (2002, 14) argued,", "Mary Major remarked,"])
def test_the_block_under_a_clause_closing_on_its_verb_and_a_comma_is_the_speakers(clause: str) -> None:
    body = f"{EARLIER}{clause}\n\n> {QUOTATION}\n\n{CLOSING}"
    assert attributed(body) == [("Mary Major", QUOTATION)]


def test_near_miss_a_clause_closing_on_its_own_stop_names_no_speaker_of_the_block() -> None:
    body = f"{EARLIER}Mary Major visited the port in June, the month it closed.\n\n> {QUOTATION}\n\n{CLOSING}"
    assert attributed(body) == []


@pytest.mark.parametrize(
    "clause",
    [
        "The letter the crews sent her, which Tom Hale praised,",
        "Tom Hale, whom she had once praised,",
        "Tom Hale, whose plan she denied,",
        "The crews' petition, which Tom Hale answered in a day, had been blunt. Its last lines, which Tom Hale would later deny,",
    ],
)
def test_near_miss_a_relative_clause_closing_on_a_verb_of_saying_names_no_speaker_of_the_block(clause: str) -> None:
    body = f"Ann Bell called the closures “a disgrace.” {clause}\n\n> {QUOTATION}\n\n{CLOSING}"
    assert attributed(body) == [("Ann Bell", "a disgrace.")]
