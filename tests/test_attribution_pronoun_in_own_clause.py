"""A "he" inside a clause that a comma and 'while' set against the main one ("X did A, while Y defended what he called
“…”") is the subject of that clause. After 'that', 'when', 'after' or 'because' the "he" stays the main subject's: he
is the one reacting to what the other man did ("X was furious that Y had thrown out what he called “…”"), and so is a
"he" that has left the clause (a later sentence, "and he said", a comma). So is a clause opened by ', but', ';' or a new
sentence whose subject, named before by the surname alone, acts while the one before it spoke or acted: the pronoun is
that subject's. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "a sober and careful budget"


@pytest.mark.parametrize(
    "body",
    [
        f"Mirela Stanic opened the hearing with a list of repairs, while Kasimir Dole defended what he called “{WORDS}”.",
        f"Mirela Stanic, the quay warden, spent the morning on the ledgers, while Kasimir Dole toured the plan, which he described as “{WORDS}”.",
        f"The harbour board met at noon, while Kasimir Dole toured what he called “{WORDS}” in action.",
    ],
)
def test_he_in_a_contrasting_while_clause_is_its_subject(body: str) -> None:
    assert attributed(body) == [("Kasimir Dole", WORDS)]


@pytest.mark.parametrize(
    "body",
    [
        f"Kasimir Dole was furious that Lev Arnott had thrown out what he called “{WORDS}”.",
        f"Kasimir Dole quit the board after Lev Arnott vetoed what he called “{WORDS}”.",
        f"Kasimir Dole was upset that Lev Arnott shelved his plan, which he called “{WORDS}”.",
        f"Kasimir Dole walked out when Lev Arnott ridiculed what he described as “{WORDS}”.",
        f"Kasimir Dole, the pilots’ spokesman, was dismayed that Lev Arnott turned down what he called “{WORDS}”.",
        f"Kasimir Dole stayed silent because Lev Arnott had attacked what he called “{WORDS}”.",
    ],
)
def test_near_miss_he_after_that_when_after_because_is_the_main_subject(body: str) -> None:
    assert attributed(body) == [("Kasimir Dole", WORDS)]


def test_near_miss_he_in_the_next_sentence_is_the_main_subject() -> None:
    body = f"Kasimir Dole was pleased that Lev Arnott came to the hearing. He defended what he called “{WORDS}”."
    assert attributed(body) == [("Kasimir Dole", WORDS)]


def test_near_miss_he_after_and_is_the_main_subject() -> None:
    body = f"Kasimir Dole was pleased that Lev Arnott came, and he defended what he called “{WORDS}”."
    assert attributed(body) == [("Kasimir Dole", WORDS)]


NAMED = "Ada Roe and Tom Smith met the harbour board in Kelby on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Roe accused the council of delay, while Smith defended what he called “a careful plan”.",
        "Roe accused the council of delay, but Smith defended what he called “a careful plan”.",
        "Roe accused the council of delay; Smith defended what he called “a careful plan”.",
        "Roe wrote to the council about the delay. Smith defended what he called “a careful plan”.",
        "Roe accused the council of delay, while Tom Smith defended what he called “a careful plan”.",
    ],
)
def test_the_pronoun_in_a_clause_of_its_own_is_that_clauses_subjects(sentence: str) -> None:
    assert attributed(NAMED + sentence) == [("Tom Smith", "a careful plan")]


def test_the_first_speakers_own_words_stay_hers() -> None:
    body = NAMED + "Roe said the council had caused “a year of delay”, while Smith defended what he called “a careful plan”."
    assert attributed(body) == [("Ada Roe", "a year of delay"), ("Tom Smith", "a careful plan")]


def test_near_misses_a_pronoun_of_the_other_sex_and_a_that_clause_stay_the_main_subjects() -> None:
    body = NAMED + "Roe accused the council of delay, while Smith defended what she called “a careful plan”."
    assert attributed(body) == [("Ada Roe", "a careful plan")]
    body = (
        "Tom Roe and Ben Smith met the harbour board in Kelby on Monday.\n\nRoe was angry that Smith had dismissed what he called “a careful plan”."
    )
    assert attributed(body) == [("Tom Roe", "a careful plan")]
