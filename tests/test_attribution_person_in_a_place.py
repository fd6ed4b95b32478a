"""A person placed by town between the name and the verb ("Tomasz Brenner in Leeds said", and in consumer and local
stories a given name alone, "Ingrid in York said") speaks, as "Tomasz Brenner of Leeds said" and "In Leeds, Tomasz
Brenner said" already do: "in" and the place say where the person lives, not who speaks."""

from __future__ import annotations

import pytest
from passages import attributed

LEAD = "Owners across the county say their freezers keep failing.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "quote"),
    [
        ("Tomasz Brenner in Leeds said: “The freezer failed after five months.”", "Tomasz Brenner", "The freezer failed after five months."),
        ("Tomasz Brenner in Leeds said his freezer failed when it was “only five months old.”", "Tomasz Brenner", "only five months old."),
        ("Ingrid in York said “the repairman has been here four times.”", "Ingrid", "the repairman has been here four times."),
        ("Tomasz in New York said: “The freezer failed after five months.”", "Tomasz", "The freezer failed after five months."),
    ],
)
def test_a_person_placed_by_town_before_the_verb_speaks(sentence: str, speaker: str, quote: str) -> None:
    assert attributed(LEAD + sentence) == [(speaker, quote)]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses that already read so, and must stay: "of" the town, the town fronted, the cue after the quotation
        "Tomasz Brenner of Leeds said: “The freezer failed after five months.”",
        "In Leeds, Tomasz Brenner said: “The freezer failed after five months.”",
        "“The freezer failed after five months,” said Tomasz Brenner in Leeds.",
    ],
)
def test_a_person_placed_by_town_otherwise_still_speaks(sentence: str) -> None:
    assert [speaker for speaker, _quote in attributed(LEAD + sentence)] == ["Tomasz Brenner"]


@pytest.mark.parametrize(
    "sentence",
    [
        # people by a plural noun, a common word the report writes in lower case, or an outlet after "in": no one named
        "Residents in Leeds said: “The freezer failed after five months.”",
        "Many people blame the pumps. People in Leeds said: “The freezer failed after five months.”",
        "An interview with Tomasz Brenner in The Leeds Courier said: “The freezer failed after five months.”",
    ],
)
def test_people_unnamed_in_a_place_or_a_name_in_an_outlet_credit_no_one_named(sentence: str) -> None:
    assert "Tomasz Brenner" not in [speaker for speaker, _quote in attributed(LEAD + sentence)]
    assert "People" not in [speaker for speaker, _quote in attributed(LEAD + sentence)]
