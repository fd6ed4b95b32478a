"""Whom a "he" can mean: never a woman named by her given name, whoever was named last. Passages written for these
tests, with invented names, each with its near miss."""

from __future__ import annotations

from passages import attributed


def test_he_after_an_analyst_speaking_of_a_woman_is_the_analyst():
    body = (
        "Officials met again this week.\n\n"
        "Anton Ruml at NPI said Maria Kessel was likely to pursue a “softer line” on the docks. "
        "He said Pieter Vand “would be far harder to deal with.”"
    )
    assert attributed(body) == [("Anton Ruml", "softer line"), ("Anton Ruml", "would be far harder to deal with.")]


def test_she_after_the_same_sentence_is_the_woman():
    body = (
        "Officials met again this week.\n\n"
        "Anton Ruml at NPI said Maria Kessel was likely to pursue a “softer line” on the docks. "
        "She said Pieter Vand “would be far harder to deal with.”"
    )
    assert attributed(body) == [("Anton Ruml", "softer line"), ("Maria Kessel", "would be far harder to deal with.")]

