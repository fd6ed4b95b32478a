"""A person a story introduces in the present tense of a post held ("The port chief, Major Lena Dorn, remains in her
post.", "Karel Brandt serves as …") is the one a later "she said" or "he said" means, before they have spoken. Passages
written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

WORDS = "“We found the officer who fired and removed him the next day,”"


def test_a_post_held_in_the_present_tense_makes_the_subject_the_one_he_means():
    body = f"The harbour police chief, Major Karel Brandt, remains in his post.\n\n{WORDS} he said."
    assert [who for who, _ in attributed(body)] == ["Karel Brandt"]


def test_serves_as_makes_the_subject_the_one_she_means():
    body = f"Lena Dorn serves as the port's deputy director.\n\nAt a briefing on Monday, she said the port would reopen. {WORDS} she added."
    assert [who for who, _ in attributed(body)] == ["Lena Dorn"]


def test_the_thread_goes_on_through_reported_speech_and_fragments():
    body = (
        "The harbour police chief, Major Karel Brandt, remains in his post.\n\n"
        "At a press conference, he said he had told his officers to hold back. He said he was under “heavy pressure”.\n\n"
        f"{WORDS} he said."
    )
    assert [who for who, _ in attributed(body)] == ["Karel Brandt", "Karel Brandt"]


def test_a_body_that_remains_is_not_the_one_he_means():
    body = f"The Harbour Police Authority remains under review.\n\n{WORDS} he said."
    assert attributed(body) == []


def test_a_thing_that_remains_is_no_one():
    body = f"The harbour remains closed to ferries.\n\n{WORDS} he said."
    assert attributed(body) == []
