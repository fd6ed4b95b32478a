"""A short term in marks at the end of a speaker's that-clause that opens on a fronted phrase ("Marek believes that
particularly in the winter, no family should be left without heating, which he calls a “basic entitlement.”"), as news
analysis quotes a speaker's own words: passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed

INTRO = "Ivo Marek, who chairs the tenants’ association in Velden, said the new rents would ruin families.\n\n"


def speakers(body: str) -> list[str]:
    return [name for name, _quote in attributed(INTRO + body)]


def test_a_term_after_a_fronted_phrase_in_the_that_clause_is_the_speakers():
    for cue, fronted in (("believes", "particularly in the winter"), ("said", "in the winter"), ("said", "particularly now")):
        body = f"Marek {cue} that {fronted}, a warm flat should count for every tenant as a “basic entitlement.”"
        assert speakers(body) == ["Ivo Marek"], (cue, fronted)


def test_the_same_term_without_the_fronted_phrase_stays_the_speakers():
    assert speakers("Marek believes that a warm flat should count for every tenant as a “basic entitlement.”") == ["Ivo Marek"]


def test_a_term_after_another_subjects_clause_is_no_ones():
    assert speakers("Marek said that the count was honest, the inspectors call the estate a “model of its kind.”") == []


def test_a_term_after_two_commas_is_no_ones():
    assert speakers("Marek said that in the winter, the boilers failed, the landlord declared a “heating holiday.”") == []
