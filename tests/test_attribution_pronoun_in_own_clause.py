"""A "he" inside a clause that a comma and 'while' set against the main one ("X did A, while Y defended what he called
“…”") is the subject of that clause. After 'that', 'when', 'after' or 'because' the "he" stays the main subject's: he
is the one reacting to what the other man did ("X was furious that Y had thrown out what he called “…”"), and so is a
"he" that has left the clause (a later sentence, "and he said", a comma). Passages written for these tests."""

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
