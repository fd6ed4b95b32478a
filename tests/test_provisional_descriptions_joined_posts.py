"""A provisional speaker's description from two posts joined by "and" before the name, with the firm's name that opens
them: "Saltmarsh Ferries co-founder and chief executive Ivo Brandt". Passages written for these tests, with the near
misses beside them."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe

DESCRIBED = [
    (
        "Saltmarsh Ferries co-founder and chief executive Ivo Brandt wrote that the timetable was old.",
        "Saltmarsh Ferries co-founder and chief executive",
    ),
    ("Fares rose. Saltmarsh Ferries co-founder and CEO Ivo Brandt wrote to staff.", "Saltmarsh Ferries co-founder and CEO"),
    ("Fares rose, said Saltmarsh Ferries co-founder and chief executive Ivo Brandt.", "Saltmarsh Ferries co-founder and chief executive"),
    ("Fares rose, said co-founder and chief executive Ivo Brandt.", "Co-founder and chief executive"),
    ("Fares rose, said chairman and CEO Ivo Brandt.", "Chairman and CEO"),
    ("Harbour Board engineer Ivo Brandt said the pier was cracked.", "Harbour Board engineer"),
]

UNCHANGED = [
    ("Fares rose, said Lena Marsh and chief executive Ivo Brandt.", "Chief executive"),  # a person, then his post
    ("The chief executive Ivo Brandt said so.", "Chief executive"),
    ("Many Harbour Board members and chief executive Ivo Brandt said so.", "Chief executive"),  # members: not his post
]

NOT_DESCRIBED = [
    "Yesterday official Ivo Brandt said the pier was cracked.",  # one word opening a sentence: no body
]


@pytest.mark.parametrize(("text", "description"), DESCRIBED + UNCHANGED)
def test_joined_posts_and_the_firm_before_the_name(text: str, description: str) -> None:
    assert describe(text, "Ivo Brandt") == description


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_no_body_from_one_opening_word(text: str) -> None:
    assert describe(text, "Ivo Brandt") == ""
