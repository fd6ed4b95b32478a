"""A name the report describes in an apposition as a firm, a company or an agency ("Brovik Intel, a Vantaa research
firm, says") is a body, so its later "it says" is its own; and the words after "and" in a programme's or a law's name
("the Coastal Renewal and Fisheries Plan") are the tail of that name, no body of their own. Passages written for these
tests, each with its near miss."""

from __future__ import annotations

import pytest
from passages import attributed_with_kinds

PLAN = "The ministry’s Coastal Renewal and Fisheries Plan (CRFP), launched after the storm, promised new boats.\n\n"
WORDS = "If diesel keeps rising, the small boats will tie up first,"


@pytest.mark.parametrize(
    "apposition",
    ["a Vantaa research firm", "an advisory company", "a Vantaa-based consultancy", "a ratings agency based in Oslo"],
)
def test_a_name_described_as_a_firm_is_a_body_and_its_it(apposition):
    body = f"In a note to clients, Brovik Intel, {apposition}, says the fleet is “at risk” of idling. “{WORDS}” it says."
    assert attributed_with_kinds(body) == [
        ("Brovik Intel", "organization", "at risk"),
        ("Brovik Intel", "organization", WORDS),
    ]


def test_the_firm_is_its_it_after_a_programme_named_with_and():
    body = PLAN + f"Brovik Intel, a Vantaa research firm, says the CRFP is “at risk” of stalling. “{WORDS}” it says."
    assert [name for name, _, _ in attributed_with_kinds(body)] == ["Brovik Intel", "Brovik Intel"]


def test_the_tail_of_a_programmes_name_is_no_speaker():
    assert attributed_with_kinds(PLAN + f"“{WORDS}” it says.") == []


@pytest.mark.parametrize(
    "apposition",
    [
        "a partner at a law firm",
        "a research group leader",
        "an analyst at Harbour Group",
        # a person's trade, though a body may be one too: a broker, a lender, an insurer, a one-man consultancy
        "a Tampere insurance broker",
        "a broker in Tampere",
        "a money lender in Turku",
        "a Turku-based insurer",
        "a one-man consultancy based in Turku",
        "a sole consultancy",
    ],
)
def test_a_person_described_by_a_post_at_a_firm_stays_a_person(apposition):
    # near misses: the firm is where the person works, not what the person is
    body = f"Tomas Reiner, {apposition}, says the fleet is “at risk” of idling. “{WORDS}” he says."
    assert attributed_with_kinds(body) == [("Tomas Reiner", "person", "at risk"), ("Tomas Reiner", "person", WORDS)]


def test_two_bodies_joined_by_and_are_still_bodies():
    # near miss: a body's name after "and" that is no programme's tail ("Fisheries Council") speaks
    body = f"The Harbour Board and Fisheries Council said in a joint note: “{WORDS}”"
    assert "Fisheries Council" in {name for name, _, _ in attributed_with_kinds(body)}


def test_one_apposition_does_not_make_a_listed_given_name_a_body():
    # near miss: a listed given name ("Peter") keeps the name a person's, whatever one apposition calls it
    body = f"Peter Reiner, a Vantaa research firm, says the fleet is “at risk” of idling. “{WORDS}” he says."
    assert [kind for _, kind, _ in attributed_with_kinds(body)] == ["person", "person"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Treasury and Institute for Budget Studies Policy (IBSP) said: “{}”", "Institute for Budget Studies Policy"),
        ("The Ministry of Fisheries and Institute for Coastal Policy (ICP) said: “{}”", "Institute for Coastal Policy"),
        ("Greenwake and Centre for Harbour Policy said: “{}”", "Centre for Harbour Policy"),
        ("Tidewell and Nordic Fleet Access Initiative said: “{}”", "Nordic Fleet Access Initiative"),
    ],
)
def test_a_body_after_and_whose_name_ends_like_a_plans_still_speaks(body, speaker):
    # near misses of the plan's tail: a body's word in it (Institute, Centre), or a body named an initiative
    assert speaker in {name for name, _, _ in attributed_with_kinds(body.format(WORDS))}
