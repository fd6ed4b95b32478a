"""An occasion between a speaker and the verb ("Velden at a 2019 press conference said “…”") says where the words were
said, not who says them: the surname of a person the report named in full before speaks, as the full name does, and
an occasion held somewhere ("at a rally in Port Ulm") too. A plural noun opening the sentence ("Delegates at the summit
said") is nobody named. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "our pilots are honest, that I will never dispute."
NAMED = "Mara Velden became president of the harbour board in 2016.\n\n"


@pytest.mark.parametrize(
    "occasion", ["at a 2019 press conference", "at a news conference", "at the summit", "at a rally in Port Ulm", "at the hearing in New Harbour"]
)
def test_the_surname_before_an_occasion_speaks(occasion: str) -> None:
    assert attributed(f"{NAMED}Velden {occasion} said “{WORDS}”") == [("Mara Velden", WORDS)]


def test_the_full_name_before_an_occasion_held_somewhere_speaks() -> None:
    assert attributed(f"Mara Velden at a rally in Port Ulm said “{WORDS}”") == [("Mara Velden", WORDS)]


@pytest.mark.parametrize(
    "opening",
    [
        "Delegates at the summit said",  # a plural noun: nobody named
        "Velden at a 2019 press conference said",  # a surname the report never gave in full
    ],
)
def test_no_one_named_in_full_before_the_occasion_says_nothing(opening: str) -> None:
    assert attributed(f"{opening} “{WORDS}”") == []


def test_a_surname_with_its_body_still_reads_as_before() -> None:
    body = f"{NAMED}Velden at Harbour Watch said “{WORDS}”"
    assert attributed(body) == [("Mara Velden", WORDS)]
