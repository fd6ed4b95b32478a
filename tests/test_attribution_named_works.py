"""A work named by its author or its year speaking ("the Halvorsen report said", "as the 2022 Strategy acknowledges")
is credited to no one, never to the person or the word it is named by. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.named_works import ends_on_a_named_work
from passages import attributed

DESIGN = "badly designed from the start."


@pytest.mark.parametrize(
    "work",
    ["The Halvorsen report", "The Halvorsen Report", "The Halvorsen review", "The 2030 Strategy", "The Marsh inquiry also"],
)
def test_a_named_work_before_the_verb_credits_no_one(work):
    assert attributed(f"{work} said the scheme was “{DESIGN}”") == []


def test_a_named_work_after_the_quote_credits_no_one():
    assert attributed(f"“The scheme was {DESIGN[:-1]},” the Halvorsen report said.") == []


def test_as_a_dated_plan_acknowledges():
    assert attributed("The plan is costly. As the 2022 Strategy acknowledges, “the gaps remain wide.”") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"Ana Halvorsen said the scheme was “{DESIGN}”", [("Ana Halvorsen", DESIGN)]),
        (f"The Halvorsen family said the scheme was “{DESIGN}”", [("Halvorsen", DESIGN)]),
        (f"The Fisk campaign said the scheme was “{DESIGN}”", [("Fisk campaign", DESIGN)]),
        (f"The Ana Halvorsen report said the scheme was “{DESIGN}”", [("Ana Halvorsen", DESIGN)]),  # a name in full: as before
        (f"“The scheme was {DESIGN[:-1]},” the OAS report concluded.", [("OAS", f"The scheme was {DESIGN[:-1]},")]),
        ("The Halvorsen report found the scheme “badly designed”, Ana Halvorsen said on Monday.", [("Ana Halvorsen", "badly designed")]),
    ],
)
def test_people_and_bodies_stay(body, expected):
    assert attributed(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Halvorsen report", True),
        ("As the Linde 2030 Report", True),
        ("the Coastguard Operation Driftnet review", False),
        ("the OAS report", False),
        ("the NATO 2030 Report", False),
        ("the Linde white paper", True),
        ("The Beacon", False),
        ("The Halvorsen family", False),
        ("Ana Halvorsen's report", False),
        ("the report", False),
    ],
)
def test_what_ends_on_a_named_work(text, expected):
    assert ends_on_a_named_work(text) is expected


@pytest.mark.parametrize(
    ("work", "credit"),
    [
        ("the Oxfam report said", "Oxfam"),  # a body's report: the body's words, as before
        ("the Reuters report said", "Reuters"),  # an outlet's
        ("the Corlan Review said", "Corlan Review"),  # a title with its noun in capitals: the outlet or the body
        ("the Marsden Inquiry found", "Marsden Inquiry"),
    ],
)
def test_after_the_quote_a_work_named_by_a_body_or_a_title_keeps_its_words(work, credit):
    assert [speaker for speaker, _ in attributed(f"“The scheme was {DESIGN[:-1]},” {work}.")] == [credit]


def test_after_the_quote_a_work_named_by_a_person_is_no_ones():
    assert attributed(f"“The scheme was {DESIGN[:-1]},” the Halvorsen study said.") == []
