"""A news story's crosshead (a short phrase in sentence case between its paragraphs, with a comma, a colon or a figure
in it) does not start a new story: a "she" or a "he" right under it is the person the story was about just before it.
A plain noun phrase naming a part ("The inquiry"), a heading in title case or capitals, one with a time of day (a
live blog's entry) or a long one starts afresh, as any section does. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.crossheads import is_crosshead
from passages import attributed

BEFORE = "Ada Mouzon, a lawyer in Port Ulm, filed the suit in May.\n\nMouzon says the new lawsuit is gaining traction.\n\n"
QUOTED = "“Currently, we have 102 plaintiffs,” she noted. “We are getting calls all the time.”"


@pytest.mark.parametrize("heading", ["100+ plaintiffs, so far", "Old problem, new claim: fraud", "Fridges fail, owners sue"])
def test_the_pronoun_under_a_crosshead_is_the_person_the_story_was_about(heading: str) -> None:
    found = attributed(f"{BEFORE}## {heading}\n\n{QUOTED}")
    assert found == [("Ada Mouzon", "Currently, we have 102 plaintiffs,"), ("Ada Mouzon", "We are getting calls all the time.")]


@pytest.mark.parametrize(
    "heading",
    [
        "Conclusions And Next Steps",  # a report's section in title case
        "KEY TAKEAWAYS",
        "10:32 The ferry suit grows",  # a live blog's entry
        "Plaintiffs",  # one word: a section's name
        "The suit against LG",  # a plain noun phrase: a part's name
        "What the plaintiffs in the suit say about the fridges they bought and the warranty",  # a headline
    ],
)
def test_a_section_heading_starts_afresh(heading: str) -> None:
    assert attributed(f"{BEFORE}## {heading}\n\n{QUOTED}") == []


def test_a_crosshead_carries_no_pronoun_of_the_wrong_sex() -> None:
    before = "Tom Mouzon, a lawyer in Port Ulm, filed the suit in May.\n\nMouzon says the new lawsuit is gaining traction.\n\n"
    assert attributed(f"{before}## 100+ plaintiffs, so far\n\n{QUOTED}") == []


def test_a_person_named_under_the_crosshead_is_the_one_the_pronoun_means() -> None:
    body = f"{BEFORE}## A second lawyer, a second suit\n\nLena Brisk, a lawyer in Harbourton, joined the case.\n\n“We will win this,” she said."
    assert attributed(body)[-1] == ("Lena Brisk", "We will win this,")


@pytest.mark.parametrize(
    ("title", "crosshead"),
    [
        ("100+ plaintiffs, so far", True),
        ("Old problem, new claim: fraud", True),
        ("Why LG fridges fail, and when", True),
        ("The inquiry", False),
        ("Conclusions", False),
        ("Old Problem, New Claim", False),
        ("9am: the court sits", False),
        ("", False),
    ],
)
def test_what_a_crosshead_is(title: str, crosshead: bool) -> None:
    assert is_crosshead(title) is crosshead
