"""A short fragment after "a" in a named speaker's reported words ("Rana Velsko said the old harbourmaster was a “lighthouse in
every storm”") is the speaker's, as the genre credits a named speaker's short words; the same words with no one's
cue before them, or naming what a verb announces, stay a label. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "lighthouse in every storm"


@pytest.mark.parametrize(
    "body",
    [
        f"Rana Velsko said the old harbourmaster was a “{WORDS}” when he argued for the port.",
        f"Rana Velsko said the old harbourmaster had been a “{WORDS}”.",
        f"Rana Velsko said the tireless old harbourmaster was a “{WORDS}”.",
        f"Rana Velsko insisted the new harbour board is a “{WORDS}”.",
        f"Mayor Rana Velsko paid tribute to a stubborn man who was a “{WORDS}” when he argued for the port.",  # the noun's "who"
    ],
)
def test_a_fragment_in_a_that_less_clause_with_modifiers_is_the_speakers(body: str) -> None:
    assert attributed(body) == [("Rana Velsko", WORDS)]


@pytest.mark.parametrize(
    "body",
    [
        f"The old harbourmaster was a “{WORDS}” in the port.",
        "Rana Velsko announced the new port rules for a “special inspection regime”.",
    ],
)
def test_near_misses_stay_labels(body: str) -> None:
    assert attributed(body) == []


@pytest.mark.parametrize(
    "body",
    [
        f"Rana Velsko paid tribute to an old ferryman who ran the night crossing for forty years and became a “{WORDS}” to the island.",
        "Rana Velsko paid tribute to the late harbourmaster and his “quiet courage” on the quays.",
        "Rana Velsko praised the pilots for their “quiet courage” on the quays.",
    ],
)
def test_the_praise_of_a_tribute_is_the_speakers(body: str) -> None:
    assert attributed(body) == [("Rana Velsko", WORDS if WORDS in body else "quiet courage")]


def test_praise_of_a_noun_in_one_word_is_the_speakers_but_not_without_her() -> None:
    assert attributed("Rana Velsko praised the crew's “quiet courage” during the storm.") == [("Rana Velsko", "quiet courage")]
    assert attributed("The crew showed “quiet courage” during the storm.") == []


@pytest.mark.parametrize(
    "body",
    [
        "Nadia Brill praised the “fair share for all” scheme.",
        "Nadia Brill paid tribute to the “no one left behind” pledge.",
        "Nadia Brill commended the harbour’s “green ferries first” plan.",
    ],
)
def test_near_miss_a_term_before_its_noun_labels_the_kind_of_thing(body: str) -> None:
    assert attributed(body) == []


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Nadia Brill commended the ferry crews for their “steady nerve under fire”.", "steady nerve under fire"),
        ("Nadia Brill praised the ferry crews for their “steady nerve under fire” on the crossing.", "steady nerve under fire"),
        ("Nadia Brill praised the “steady nerve under fire” shown by the crews.", "steady nerve under fire"),
        ("Nadia Brill praised the “quick and fearless” rescuing of the crew.", "quick and fearless"),
        ("Nadia Brill condemned the “reckless and cynical” cuts to the ferry.", "reckless and cynical"),
        ("Nadia Brill condemned the councillors’ “cash for votes” deal.", "cash for votes"),  # a stance's term, as before
        ("Nadia Brill praised the ferry crews as “the best in the country” last week.", "the best in the country"),
    ],
)
def test_praise_and_stance_terms_not_before_a_noun_stay_the_speakers(body: str, words: str) -> None:
    assert attributed(body) == [("Nadia Brill", words)]
