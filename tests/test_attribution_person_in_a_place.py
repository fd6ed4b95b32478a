"""A person placed by town between the name and the verb ("Tomasz Brenner in Leeds said", and in consumer and local
stories a given name alone, "Ingrid in York said") speaks, as "Tomasz Brenner of Leeds said" and "In Leeds, Tomasz
Brenner said" already do: "in" and the place say where the person lives, not who speaks."""

from __future__ import annotations

import pytest
from passages import attributed

LEAD = "Ferry passengers across the county say the timetable is a fiction.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "quote"),
    [
        ("Tomasz Brenner in Leeds said: “The last ferry left without us.”", "Tomasz Brenner", "The last ferry left without us."),
        ("Tomasz Brenner in Leeds says the crossing was cancelled “for the third week running.”", "Tomasz Brenner", "for the third week running."),
        ("Ingrid in York told us “nobody answers the helpline after five.”", "Ingrid", "nobody answers the helpline after five."),
        ("Tomasz in New York said: “The last ferry left without us.”", "Tomasz", "The last ferry left without us."),
    ],
)
def test_a_person_placed_by_town_before_the_verb_speaks(sentence: str, speaker: str, quote: str) -> None:
    assert attributed(LEAD + sentence) == [(speaker, quote)]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses that already read so, and must stay: "of" the town, the town fronted, the cue after the quotation
        "Tomasz Brenner of Leeds said: “The last ferry left without us.”",
        "In Leeds, Tomasz Brenner said: “The last ferry left without us.”",
        "“The last ferry left without us,” said Tomasz Brenner in Leeds.",
    ],
)
def test_a_person_placed_by_town_otherwise_still_speaks(sentence: str) -> None:
    assert [speaker for speaker, _quote in attributed(LEAD + sentence)] == ["Tomasz Brenner"]


@pytest.mark.parametrize(
    "sentence",
    [
        # people by a plural noun, a common word the report writes in lower case, or an outlet after "in": no one named
        "Residents in Leeds said: “The last ferry left without us.”",
        "Many people blame the pumps. People in Leeds said: “The last ferry left without us.”",
        "An interview with Tomasz Brenner in The Leeds Courier said: “The last ferry left without us.”",
    ],
)
def test_people_unnamed_in_a_place_or_a_name_in_an_outlet_credit_no_one_named(sentence: str) -> None:
    assert "Tomasz Brenner" not in [speaker for speaker, _quote in attributed(LEAD + sentence)]
    assert "People" not in [speaker for speaker, _quote in attributed(LEAD + sentence)]


@pytest.mark.parametrize("word", ["Summer", "Spring", "June", "Sunday"])
def test_a_season_a_month_or_a_day_in_a_place_is_no_one(word: str) -> None:
    # near misses: one word that is a time of year, a month or a day names no person, whatever the report's lower case
    assert attributed(f"{LEAD}{word} in Leeds says “everything opens at once.”") == []
