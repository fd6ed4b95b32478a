"""A verb of saying's base form set after a name's comma and followed by "of" is the noun of an apposition ("Tomas Wren,
advocate of “open moorings,” a founder of …"): what the person stood for, no statement. Passages written
for these tests."""

from __future__ import annotations

from passages import attributed


def test_an_apposed_noun_of_a_term_credits_no_one():
    assert attributed("A bust of Tomas Wren, advocate of “open moorings,” a founder of the pilots’ guild.") == []
    assert attributed("A portrait of Tomas Wren, advocate of “open moorings”, hangs in the hall.") == []


def test_the_verb_stays_a_verb():
    # near miss: the verb in the past, read so before the rule
    assert attributed("Tomas Wren advocated “open moorings” for the marina.") == [("Tomas Wren", "open moorings")]


def test_a_plural_subjects_verb_before_of_stays_a_verb():
    # near misses: "say of", "write of", "tell of" after a plural subject and an interjected phrase
    both = [("Ida Lund", "It is a disgrace."), ("Tomas Wren", "It is a disgrace.")]
    assert sorted(attributed("Ida Lund and Tomas Wren, however, say of the plan: “It is a disgrace.”")) == both
    assert sorted(attributed("Ida Lund and Tomas Wren, both veterans, write of “a betrayal” in their open letter.")) == [
        ("Ida Lund", "a betrayal"),
        ("Tomas Wren", "a betrayal"),
    ]
    assert attributed("Residents, among them Ida Lund, tell of “nights without sleep” since the plant opened.") == [
        ("Ida Lund", "nights without sleep")
    ]
