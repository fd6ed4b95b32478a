"""A news story's crosshead (a short phrase in sentence case between its paragraphs, with a comma, a colon or a figure
in it) does not start a new story: a "she" or a "he" right under it is the person the story was about just before it.
A plain noun phrase naming a part ("The inquiry"), a part of the document ("Annex 2", "Q3 results"), a heading
opening on a new person's name ("Brisk, a second plaintiff"), a heading in title case or capitals, one with a time of day (a
live blog's entry) or a long one starts afresh, as any section does. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.crossheads import is_crosshead
from passages import attributed

BEFORE = "Ada Mouzon, a lawyer in Port Ulm, filed the suit in May.\n\nMouzon says the new lawsuit is gaining traction.\n\n"
QUOTED = "“So far, forty owners have signed up,” she noted. “More write to us every week.”"


@pytest.mark.parametrize("heading", ["40+ owners, so far", "Old problem, new claim: fraud", "Fridges fail, owners sue"])
def test_the_pronoun_under_a_crosshead_is_the_person_the_story_was_about(heading: str) -> None:
    found = attributed(f"{BEFORE}## {heading}\n\n{QUOTED}")
    assert found == [("Ada Mouzon", "So far, forty owners have signed up,"), ("Ada Mouzon", "More write to us every week.")]


@pytest.mark.parametrize(
    "heading",
    [
        "Conclusions And Next Steps",  # a report's section in title case
        "KEY TAKEAWAYS",
        "10:32 The ferry suit grows",  # a live blog's entry
        "Plaintiffs",  # one word: a section's name
        "The suit against LG",  # a plain noun phrase: a part's name
        "What the plaintiffs in the suit say about the fridges they bought and the warranty",  # a headline
        "Annex 2",  # a part of the document, its figure notwithstanding
        "Chapter 4: methods",
        "Appendix: sources",
        "Methodology, data",
        "Q3 results",
        "2024 in review",
        "Brisk, a second plaintiff",  # a new person's part
        "Mouzon's rival, in brief",
    ],
)
def test_a_section_heading_starts_afresh(heading: str) -> None:
    assert attributed(f"{BEFORE}## {heading}\n\n{QUOTED}") == []


def test_a_crosshead_carries_no_pronoun_of_the_wrong_sex() -> None:
    before = "Tom Mouzon, a lawyer in Port Ulm, filed the suit in May.\n\nMouzon says the new lawsuit is gaining traction.\n\n"
    assert attributed(f"{before}## 40+ owners, so far\n\n{QUOTED}") == []


def test_a_person_named_under_the_crosshead_is_the_one_the_pronoun_means() -> None:
    body = f"{BEFORE}## A second lawyer, a second suit\n\nLena Brisk, a lawyer in Harbourton, joined the case.\n\n“We will win this,” she said."
    assert attributed(body)[-1] == ("Lena Brisk", "We will win this,")


@pytest.mark.parametrize(
    ("title", "crosshead"),
    [
        ("40+ owners, so far", True),
        ("Old problem, new claim: fraud", True),
        ("Why LG fridges fail, and when", True),
        ("The inquiry", False),
        ("Conclusions", False),
        ("Old Problem, New Claim", False),
        ("9am: the court sits", False),
        ("Part 3", False),
        ("Table 1", False),
        ("Figure 3", False),
        ("Notes: 1", False),
        ("Section 2, findings", False),
        ("Brisk, a second plaintiff", False),
        ("Brisk’s rival, in brief", False),
        ("Partners in the suit: 40", True),  # a word that only begins like a part's name
        ("Tables turned, owners sue", True),
        ("2,000 owners, one suit", True),
        ("", False),
    ],
)
def test_what_a_crosshead_is(title: str, crosshead: bool) -> None:
    assert is_crosshead(title) is crosshead
