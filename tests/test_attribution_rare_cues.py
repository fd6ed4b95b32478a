"""Rarer verbs of saying ("intoned", "averred", "orating") are cues like "said"; "rejoined" is not one ("rejoined the
firm" is its common use). Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed


def test_rarer_verbs_of_saying_after_the_quotation():
    for verb in ("intoned", "averred", "quipped", "opined"):
        assert attributed(f"“The river will rise,” Mara Vell {verb}.") == [("Mara Vell", "The river will rise,")]


def test_a_participle_of_a_rare_verb_takes_its_clauses_subject():
    body = "Minister Ivo Tarn met the donors in Velm, orating, “The drought must end, and we must end it.”"
    assert [who for who, _ in attributed(body)] == ["Ivo Tarn"]


def test_rejoined_the_firm_is_no_cue():
    assert attributed("Mara Vell rejoined the “Harbour Twelve” group in May.") == []
