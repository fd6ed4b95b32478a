""" "Weighed in" is a verb of saying ("“…,” Feld weighed in", US news and trade press), not where it gives a weight
("weighed in at 90 kilograms"). Passages written for these tests."""

from __future__ import annotations

from passages import attributed

STAGE = "Tomas Feld met Piet Venn on stage at the Dunmore fair.\n\n"


def test_weighed_in_after_the_quote():
    assert attributed(STAGE + "“The yard will not close,” Feld weighed in.") == [("Tomas Feld", "The yard will not close,")]


def test_weighed_in_then_telling_credits_both_spans():
    body = STAGE + "“We all miss Olaf so much,” Feld weighed in, telling Venn, “since he left, you have kept his ways.”"
    assert attributed(body) == [("Tomas Feld", "We all miss Olaf so much,"), ("Tomas Feld", "since he left, you have kept his ways.")]


def test_weighed_in_at_a_weight_says_nothing():
    assert attributed("Tomas Feld weighed in at 90 kilograms, “a good weight for the fight”.") == []
