"""A short phrase in marks that a verb of saying's clause predicates of its subject ("said the decisions were the
“root” of the unrest") is the speaker's, not a label; the same words with no verb of saying, or said by no one named,
stay a label. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.predicated_words import predicated_in_a_cued_clause
from passages import attributed

OPENING = "Ilse Varga spoke to the harbour board on Monday. "


def test_a_predicate_after_a_participle_of_saying():
    body = "Harbour spokesperson Ilse Varga warned of the risk of strikes in the port, saying the board’s decisions were the “root” of the unrest."
    assert attributed(body) == [("Ilse Varga", "root")]


def test_a_predicate_after_the_verb_past_an_aside_in_dashes():
    body = (
        "The talks ended late. Tomas Brenner—speaking on Friday at the trade fair in Velden, before he flew home—said "
        "is the “one question” still blocking a deal."
    )
    assert attributed(body) == [("Tomas Brenner", "one question")]


def test_an_abbreviated_place_does_not_end_the_sentence():
    body = OPENING + "Amid the calls for her to resign, she told a St. Louis radio station it would be a “radical step” for the party."
    assert attributed(body) == [("Ilse Varga", "radical step")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A source said the captain was a “key figure” in the deal.",  # said by no one named
        "Some residents saying the port was a “lost cause” left the hall.",
        "The council report said the “Harbour Fund” was a failure.",  # a name, not a predicate
        "Varga wrote about the “honest mistake” the crew made.",  # no "be" before the marks
        "The port, the “jewel” of the coast, was sold in May.",  # no verb of saying
    ],
)
def test_near_misses_stay_labels(sentence):
    assert attributed(OPENING + sentence) == []


@pytest.mark.parametrize(
    ("before", "inner", "expected"),
    [
        ("Varga said the sale was an ", "honest mistake", True),
        ("Varga insisted it remained a ", "fair offer", True),
        ("Varga said the EU is the U.S.’s ", "most important partner", True),
        ("Varga said the deal would be ", "very unusual", True),
        ("The year, which she described as a ", "harder", True),
        ("Varga said the clock was the ", "Doomsday Clock", False),  # a name
        ("The port was a ", "free zone", False),  # no verb of saying
        ("Varga believes the sale was an ", "honest mistake", False),  # a view, not a claim (left to the other rules)
        ("Varga said so. The sale was an ", "honest mistake", False),  # the verb in the sentence before
        ("Varga visited the port as a ", "guest", False),  # "as" with no describing verb
    ],
)
def test_predicated_in_a_cued_clause(before, inner, expected):
    assert predicated_in_a_cued_clause(before, inner) is expected
