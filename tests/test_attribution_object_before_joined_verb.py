"""A role noun after a preposition ("He wrote to the mayor and expressed “…”") is the object of the first verb, not the
subject of the verb joined to it by "and": the sentence's opening pronoun or name is. Passages written for these
tests."""

from __future__ import annotations

from passages import attributed

QUOTE = "deep regret for the delay at the crossing"


def test_the_pronoun_opening_the_sentence_keeps_the_joined_verb():
    body = f"Mayor Lena Orsk opened the bridge in May. Tomas Reid ran the ferry. He wrote to the mayor and expressed “{QUOTE}.”"
    assert attributed(body) == [("Tomas Reid", f"{QUOTE}.")]


def test_the_name_opening_the_sentence_keeps_the_joined_verb():
    body = f"Mayor Lena Orsk opened the bridge in May. Tomas Reid wrote to the mayor and expressed “{QUOTE}.”"
    assert attributed(body) == [("Tomas Reid", f"{QUOTE}.")]


def test_a_role_after_a_preposition_with_an_unnamed_subject_is_nobody():
    body = (
        "Judge Petra Lindqvist asked for a written account.\n\nIn that account, the attorney admitted the mistake. He "
        f"apologized to the judge for the errors and expressed “{QUOTE}.”"
    )
    assert attributed(body) == []


def test_near_miss_the_role_as_the_subject_stays():
    body = f"Mayor Lena Orsk opened the bridge in May. The mayor met the ferry crews and expressed “{QUOTE}.”"
    assert attributed(body) == [("Lena Orsk", f"{QUOTE}.")]


def test_near_miss_a_name_not_opening_the_sentence_is_nobody():
    quote = "The ferry timetable has to change before winter."
    for opening in (
        "In Ostby, Piet Lund wrote to the mayor and said,",
        "OSTBY — Piet Lund wrote to the mayor and said,",
        "Ostby Quay: Piet Lund wrote to the mayor and said,",
        "Lena Brook said Piet Lund wrote to the mayor and warned,",
        "Lena Brook and Piet Lund wrote to the mayor and said,",
    ):
        assert attributed(f"{opening} “{quote}”") == [], opening


def test_a_name_opening_the_sentence_still_speaks():
    quote = "The ferry timetable has to change before winter."
    assert attributed(f"Piet Lund wrote to the mayor and said, “{quote}”") == [("Piet Lund", quote)]
