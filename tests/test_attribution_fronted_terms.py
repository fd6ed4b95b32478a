"""A short term in marks at the end of a speaker's that-clause that opens on a fronted phrase ("Ruiz thinks that especially
during the strike, people should be able to reach a campus as a “fundamental right.”"), as news analysis quotes a
speaker's own words: passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed

INTRO = "The student union's co-president Ana Ruiz said the plan would hurt students.\n\n"


def speakers(body: str) -> list[str]:
    return [name for name, _quote in attributed(INTRO + body)]


def test_a_term_after_a_fronted_phrase_in_the_that_clause_is_the_speakers():
    for cue, fronted in (("thinks", "especially during the strike"), ("said", "during the strike"), ("said", "especially now")):
        body = f"Ruiz {cue} that {fronted}, people should be able to reach a campus as a “fundamental right.”"
        assert speakers(body) == ["Ana Ruiz"], (cue, fronted)


def test_the_same_term_without_the_fronted_phrase_stays_the_speakers():
    assert speakers("Ruiz thinks that people should be able to reach a campus as a “fundamental right.”") == ["Ana Ruiz"]


def test_a_term_after_another_subjects_clause_is_no_ones():
    assert speakers("Ruiz said that the vote was fair, the monitors rate the city a “safe harbour.”") == []


def test_a_term_after_two_commas_is_no_ones():
    assert speakers("Ruiz said that during the strike, the buses stopped, the council declared a “transport emergency.”") == []
