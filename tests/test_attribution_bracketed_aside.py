"""A fragment in the sentence after a speaker's quotation goes on with their account even where the writer's aside in
brackets after its closing stop names someone ("(Moss does not supply the grocer.)"). Passages written for these tests."""

from __future__ import annotations

from passages import attributed

FIRST = "“I was shocked to see that level,” said Tyler Moss, president of the Harbour Fish Company."
SECOND = "The price paid to the boats is “as low as I’ve ever seen.”"


def test_the_aside_naming_the_speaker_by_surname():
    body = f"{FIRST} {SECOND} (Moss does not currently supply the grocer.)"
    assert attributed(body) == [("Tyler Moss", "I was shocked to see that level,"), ("Tyler Moss", "as low as I’ve ever seen.")]


def test_without_the_aside_stays():
    assert attributed(f"{FIRST} {SECOND}") == [("Tyler Moss", "I was shocked to see that level,"), ("Tyler Moss", "as low as I’ve ever seen.")]


def test_an_aside_naming_someone_else_is_the_writer_s_too():
    body = f"{FIRST} {SECOND} (Rita Lane does not currently supply the grocer.)"
    assert attributed(body) == [("Tyler Moss", "I was shocked to see that level,"), ("Tyler Moss", "as low as I’ve ever seen.")]


def test_a_sentence_naming_the_speaker_as_its_subject_stays_unattributed():
    body = f"{FIRST} In his testimony, Moss “said the price was the lowest he had seen.”"
    assert attributed(body) == [("Tyler Moss", "I was shocked to see that level,")]
