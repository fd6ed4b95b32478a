"""A study named with the one who led or wrote it ("A 2023 study led by Ana Ruiz found that “…”", "The study, led by
Ana Ruiz, found …"): the named lead author speaks, as "a study by Ana Ruiz found" already did; a study with nobody
named, one about a person's patients, and one paid for by someone credit no person. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

OPENING = "The harbour silt has been measured for decades. "


def speakers(sentence: str) -> list[str]:
    return [who for who, _ in attributed(OPENING + sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 2023 study led by Ana Ruiz found that “most of the silt comes from the northern creeks.”",
        "The study, led by Ana Ruiz, found that “dredging only moves the problem.”",
        "A survey conducted by Ana Ruiz concluded that “the creeks carry most of the load.”",
        "A paper co-authored by Ana Ruiz found: “The silt doubled in a decade.”",
    ],
)
def test_a_study_led_or_written_by_a_named_person_is_that_persons(sentence):
    assert speakers(sentence) == ["Ana Ruiz"]


def test_a_study_by_a_named_person_and_her_co_authors_still_credit_her():
    assert speakers("A 2023 study by Ana Ruiz found: “Most of the silt comes from the northern creeks.”") == ["Ana Ruiz"]
    assert speakers("Ana Ruiz and her co-authors found “a steady rise in silt since 1990.”") == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 2023 study found that “most of the silt comes from the northern creeks.”",
        "A study of Ana Ruiz's patients found that “most of them recovered within a week.”",
        "A study funded by Tom Reed found that “the creeks carry most of the silt.”",
        "A study commissioned by Tom Reed found that “the creeks carry most of the silt.”",
    ],
)
def test_near_miss_no_author_named_credits_no_person(sentence):
    assert speakers(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The statement, carried by Harbour Radio, said the ships “will not return before spring.”",
        "A statement carried by Harbour Radio said the ships “will not return before spring.”",
    ],
)
def test_near_miss_an_outlet_that_carried_a_statement_did_not_make_it(sentence):
    assert speakers(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The paper, written by Ana Ruiz for the Harbour Trust, argues that “the port must stay open.”",
        "A paper written by Ana Ruiz for the Harbour Trust argues that “the port must stay open.”",
        "A study by Ana Ruiz for the Harbour Trust found that “the port was badly run.”",
    ],
)
def test_the_author_named_before_for_is_the_speaker_not_the_one_it_was_made_for(sentence):
    assert speakers(sentence) == ["Ana Ruiz"]


def test_an_analysis_carried_out_by_a_named_person_is_hers():
    assert speakers("The analysis, carried out by Ana Ruiz, found that “the silt doubled in ten years.”") == ["Ana Ruiz"]
