"""Cues research reports and features quote interviewees with: "As Tomas Weller, <post>, shared, “…”", "Pavel Durn
reflects, “…”" (the verb right before the comma or the colon that opens the words), and "Karin Osei, <post>, very
succinctly points out, “…”" (an intensifier before the manner adverb)."""

from __future__ import annotations

from passages import attributed

WORDS = "We keep our code open because our clients read it."


def test_shared_with_a_comma_before_the_words() -> None:
    assert attributed(f"As Tomas Weller, chief information officer at Bluefin, shared, “{WORDS}”") == [("Tomas Weller", WORDS)]
    assert attributed(f"As Tomas Weller shared, “{WORDS}”") == [("Tomas Weller", WORDS)]


def test_reflects_with_a_comma_before_the_words() -> None:
    assert attributed(f"Pavel Durn reflects, “{WORDS}”") == [("Pavel Durn", WORDS)]
    assert attributed(f"As Lakeside lead Pavel Durn reflects, “{WORDS}”") == [("Pavel Durn", WORDS)]


def test_an_intensified_adverb_between_the_subject_and_the_verb() -> None:
    assert attributed(f"Karin Osei, CEO of Quayline, very succinctly points out, “{WORDS}”") == [("Karin Osei", WORDS)]
    assert attributed(f"Karin Osei quite clearly said, “{WORDS}”") == [("Karin Osei", WORDS)]


def test_near_misses_a_shared_thing_or_a_reflecting_figure_speak_no_words() -> None:
    assert attributed("Tomas Weller shared the photo of the pier, “Dawn at Northport”, on Monday.") == []
    assert attributed("The rise in the Bluefin survey reflects what we were “hearing in the field”, the authors wrote.") == []


def test_a_pronoun_opening_the_sentence_before_shared_or_reflects_speaks() -> None:
    assert attributed(f"Pavel Durn ran the Lakeside lab for years. He reflects, “{WORDS}”") == [("Pavel Durn", WORDS)]


def test_near_miss_a_fronted_phrase_before_the_subject_keeps_the_cue() -> None:
    body = f"In the opening of her 2022 address to the board, Chair Karin Osei reflected, “{WORDS}”"
    assert attributed(body) == [("Karin Osei", WORDS)]


def test_near_misses_shared_in_a_clause_after_a_noun_is_no_cue() -> None:
    # the verb of a relative or object clause ("the photo he shared,"), not of the sentence's subject
    assert attributed("Tomas Weller posted a photo of the gate. In the photo he shared, “Closed forever” is painted in red.") == []
    assert attributed("The photo Karin Osei shared, “Closed forever,” went viral within hours.") == []
    assert attributed("The figure the survey reflects, “a quiet year,” surprised nobody.") == []
    assert attributed("The yard reopened, and the photo Karin Osei shared, “Open again,” went viral.") == []
