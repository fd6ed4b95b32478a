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
        "the tariff is the “one question” still blocking a deal."
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
        # a name for a policy, a doctrine or a principle: the writer's label, though a verb of saying gives the clause
        "Varga said the policy was a “one Harbour” policy in name only.",
        "Varga said the plan was an “Ostmark first” doctrine.",
        "Varga said it had been a “zero waste” strategy all along.",
        "Varga said the levy was the “spiller pays” principle.",
        # a word in marks before the noun it modifies
        "Varga said the board was the “go-to” office for exporters.",
        "Varga said it was the “cruellest” remark of the whole campaign.",
        # the words after the marks give the term to someone else
        "Varga told the Gazette the closure was a “pause”, a word the minister used.",
        "Varga told the Gazette the closure was a “pause,” a label the Velden Courier coined.",
        "Varga told the Gazette the closure was a “pause”, a phrase borrowed from the unions.",
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
        ("Varga described the new levy as a ", "back-door tax", True),  # the verb's own "as", past its object
        ("Varga described the crossing, which was sold as a ", "luxury trip", False),  # "as" after a clause begins
        ("Varga described what rivals see as a ", "retreat", False),
        ("Varga said the sale was truly ", "unfair", True),  # an adverb that neither denies nor shrinks
        ("Varga said the sale was hardly ", "fair", False),  # a denying or shrinking adverb: the writer's hedge
        ("Varga said the sale was only ", "temporary", False),
        ("Varga said the sale was barely ", "legal", False),
        ("Varga said the sale was never ", "fair", False),
    ],
)
def test_predicated_in_a_cued_clause(before, inner, expected):
    assert predicated_in_a_cued_clause(before, inner) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (", a word the minister used.", False),
        ("—a term the Velden Courier had coined in May.", False),
        (", a nickname the dockers gave him.", False),
        (", a phrase exporters coined.", False),
        (", a label coined by the unions.", False),
        (", a word she used twice.", True),  # hers again
        (" and would end in June.", True),
        (", a word of warning to the board.", True),  # no one else gives the word
    ],
)
def test_words_after_the_marks_that_give_the_term_to_someone_else(after, expected):
    assert predicated_in_a_cued_clause("Varga said the closure was a ", "pause", after) is expected
