"""A participle whose own subject is an unnamed group right before it ("…, despite Westmarkian engineers calling the
dam a “…”", "with local residents calling it “…”"): the group's words, never those of the main clause's subject.
Passages written for these tests, each with its near miss."""

from __future__ import annotations

from passages import attributed


def test_a_demonym_and_a_plural_after_despite():
    body = "Westmark signed the river treaty, despite Westmarkian engineers calling the dam a “lasting threat” to the delta."
    assert attributed(body) == []


def test_residents_after_with():
    assert attributed("The council approved the quarry, with local farmers calling it “a theft of the hills”.") == []


def test_a_bodys_critics_after_with():
    assert attributed("Oskar Lind approved the quarry, with its critics describing it as “a waste of the hills”.") == []


def test_near_miss_a_named_person_after_with_speaks():
    body = "The council approved the quarry, with Mayor Lia Berg calling it “a win for the hills”."
    assert attributed(body) == [("Lia Berg", "a win for the hills")]


def test_near_miss_a_comma_before_the_participle_leaves_the_subject_speaking():
    body = "Oskar Lind approved the quarry with his colleagues, calling it “a win for the hills”."
    assert attributed(body) == [("Oskar Lind", "a win for the hills")]


def test_near_miss_a_things_plural_before_the_participle_leaves_the_subject_speaking():
    body = "Oskar Lind spoke at length, with his remarks describing the plan as “a win for the hills”."
    assert attributed(body) == [("Oskar Lind", "a win for the hills")]
