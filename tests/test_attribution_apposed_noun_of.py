"""A verb of saying's base form set after a name's comma and followed by "of" is the noun of an apposition ("Tomas Wren,
advocate of “harbour preference,” and the inspiration for …"): what the person stood for, no statement. Passages written
for these tests."""

from __future__ import annotations

from passages import attributed


def test_an_apposed_noun_of_a_term_credits_no_one():
    assert attributed("Tomas Wren, advocate of “harbour preference,” and the inspiration for the league.") == []
    assert attributed("A portrait of Tomas Wren, advocate of “harbour preference”, hangs in the hall.") == []


def test_the_verb_stays_a_verb():
    # near miss: the verb in the past, read so before the rule
    assert attributed("Tomas Wren advocated “harbour preference” for the league.") == [("Tomas Wren", "harbour preference")]
