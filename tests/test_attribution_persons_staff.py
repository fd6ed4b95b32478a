"""A person's name used as a modifier of someone else's role ("said the Fisk campaign manager", "the Lind family
lawyer said") names the one it describes only where the text names that one too; a relative named after the owner's
possessive by a given name alone ("asked Brandt's sister, Vera") is that relative: passages written for these tests,
with invented names, each with its near misses."""

from __future__ import annotations

import pytest
from passages import attributed

CANDIDATE = "Ada Fisk is running for mayor of Kessaro. She spoke to voters in the harbour on Monday.\n\n"
SAID = "“We expect to win every ward in the north,”"


@pytest.mark.parametrize(
    "sentence",
    [
        f"{SAID} said the Fisk campaign manager.",
        f"{SAID} said the Fisk campaign manager, adding that the count starts at noon.",
        f"{SAID} the Fisk campaign manager said.",
        f"{SAID} said the Fisk family lawyer.",
    ],
)
def test_the_candidates_staff_unnamed_are_not_the_candidate(sentence: str) -> None:
    assert attributed(CANDIDATE + sentence) == []


def test_the_staff_named_after_the_role_are_themselves() -> None:
    body = CANDIDATE + f"{SAID} said the Fisk campaign manager, Tomas Reyel."
    assert attributed(body) == [("Tomas Reyel", "We expect to win every ward in the north,")]


@pytest.mark.parametrize("after", [" who started in June.", ", who started in June.", " of Kessaro."])
def test_the_staff_named_after_the_role_are_themselves_not_the_words_after_the_name(after: str) -> None:
    body = CANDIDATE + f"{SAID} said the Fisk press officer, Lena Marsh{after}"
    assert attributed(body) == [("Lena Marsh", "We expect to win every ward in the north,")]


def test_the_staff_named_by_one_word_before_a_clause_are_nobody_named() -> None:
    assert attributed(CANDIDATE + f"{SAID} said the Fisk press officer, Marsh who started in June.") == []


@pytest.mark.parametrize(
    "sentence",
    [f"{SAID} said Fisk.", f"{SAID} said Ada Fisk.", f"{SAID} said Fisk, the candidate.", f"{SAID} Fisk said."],
)
def test_the_candidate_named_as_the_speaker_stays_hers(sentence: str) -> None:
    assert [name for name, _quote in attributed(CANDIDATE + sentence)] == ["Ada Fisk"]


def test_the_candidates_campaign_is_a_body() -> None:
    assert [name for name, _quote in attributed(CANDIDATE + f"{SAID} said the Fisk campaign.")] == ["Fisk campaign"]


ACCUSED = "Otto Brandt was charged in March. He denies every charge.\n\n"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("“Why would he hide anything?” asked Brandt's sister, Vera.", "Why would he hide anything?"),
        ("“He has nothing to hide,” said Brandt’s brother, Karl.", "He has nothing to hide,"),
    ],
)
def test_a_relative_named_by_a_given_name_after_the_possessive_is_the_relative(sentence: str, quote: str) -> None:
    relative = sentence.rsplit(", ", 1)[1].rstrip(".")
    assert attributed(ACCUSED + sentence) == [(relative, quote)]


def test_a_role_named_by_one_word_after_the_possessive_names_nobody() -> None:
    assert attributed(ACCUSED + "“He has nothing to hide,” said Brandt’s lawyer, Harbour.") == []
