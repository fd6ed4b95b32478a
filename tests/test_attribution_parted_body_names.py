"""A body's name with small words inside ("UN Food and Agriculture Organization", "Save the Children") after a verb of
saying, then a post and a person named in full: the person speaks, never the piece of the name before its first small
word ("UN Food", "Save"). Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed, attributed_with_kinds

QUOTE = "Prices always rise before the harvest,"


@pytest.mark.parametrize(
    "body_and_post",
    [
        "UN Food and Agriculture Organization economist",
        "UN Food and Agriculture Organization nutrition specialist",
        "Save the Children country director",
        "Centre for Trade and Development economist",
        "Bureau of Mines and Quarries senior adviser",
    ],
)
def test_the_person_after_a_parted_body_name_and_a_post_speaks(body_and_post):
    body = f"“{QUOTE}” said {body_and_post} Maria Lopes."
    assert attributed(body) == [("Maria Lopes", QUOTE)]


def test_according_to_the_person_after_a_parted_body_name():
    body = "According to UN Food and Agriculture Organization economist Maria Lopes, “prices always rise before the harvest.”"
    assert attributed(body) == [("Maria Lopes", "prices always rise before the harvest.")]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Save the Children", "Save the Children"),
        ("the UN Food and Agriculture Organization, which runs the survey", "UN Food and Agriculture Organization"),
    ],
)
def test_a_parted_body_name_ending_the_phrase_is_the_body(body, name):
    assert attributed_with_kinds(f"“{QUOTE}” said {body}.") == [(name, "organization", QUOTE)]


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("Tom Reyes and Harbour Trust chairman Maria Lopes", [("Tom Reyes", QUOTE)]),  # two people: the first, as before
        ("Tom Reyes and Ana Lind", [("Tom Reyes", QUOTE), ("Ana Lind", QUOTE)]),
        ("Tom Reyes and the Harbour Trust", [("Tom Reyes", QUOTE)]),
        ("Minister of Trade and Industry Maria Lopes", [("Maria Lopes", QUOTE)]),
        ("World Food Programme economist Maria Lopes", [("Maria Lopes", QUOTE)]),
        ("Doctors Without Borders", [("Doctors Without Borders", QUOTE)]),
    ],
)
def test_near_misses_stay(who, expected):
    assert attributed(f"“{QUOTE}” said {who}.") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a surname the text has named in full, then "and the" body: the person, as before, never one invented body
        (f"Tom Reyes spoke first.\n\n“{QUOTE}” said Reyes and the Harbour Trust.", [("Tom Reyes", QUOTE)]),
        # a place, then "and the" body: no body named "Velm and the Harbour Trust"
        (f"“{QUOTE}” said Corlan and the Harbour Trust.", "no joined body"),
    ],
)
def test_a_name_before_and_the_body_is_no_piece_of_one_body(body, expected):
    found = attributed(body)
    if expected == "no joined body":
        assert all(" and the " not in speaker for speaker, _ in found)
    else:
        assert found == expected
