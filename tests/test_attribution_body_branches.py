"""A body's branches or chapters that issue statements or speak ("Three branches of the Harbour Party issued statements:
“…”", "Branches of the Harbour Party said"): the body speaks through them, as through its officials, and is credited.
Near misses: a person who heads the branches, a tree's branches. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

OPENING = "The vote split the movement. "


def speakers(sentence: str) -> list[str]:
    return [who for who, _ in attributed(OPENING + sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three branches of the Harbour Party issued statements: “We reject the merger outright.”",
        "Branches of the Harbour Party said “the merger betrays our members.”",
        "Local branches of the Harbour Party said that “the merger betrays our members.”",
        "Several chapters of the Harbour Party said “the strike will go on.”",
    ],
)
def test_the_branches_of_a_body_speak_for_the_body(sentence):
    assert speakers(sentence) == ["Harbour Party"]


def test_near_miss_the_person_who_heads_the_branches_speaks():
    assert speakers("Ana Ruiz, head of two branches of the Harbour Party, said “the merger betrays our members.”") == ["Ana Ruiz"]


def test_near_miss_a_trees_branches_and_the_residents_credit_nobody():
    assert speakers("Branches of the old oak fell on the road, and residents said “it was a miracle nobody died.”") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz, who visited three branches of the Harbour Party, said: “We will not back the port plan.”",
        "Ana Ruiz, having toured the branches of the Harbour Party, said: “We will not back the port plan.”",
        "Ana Ruiz, who runs the local branches of the Harbour Party, said: “We will not back the port plan.”",
    ],
)
def test_near_miss_branches_a_verbs_object_in_a_clause_about_her_leave_her_the_speaker(sentence):
    assert speakers(sentence) == ["Ana Ruiz"]


def test_local_branches_with_a_relative_after_them_still_speak_for_the_body():
    assert speakers("Local branches of the Harbour Party, which Ana Ruiz leads, said: “We will not back the port plan.”") == ["Harbour Party"]
