"""A witness's account brought in by its owner and a colon ("Survivor Lena Moss’s account is disturbing:", "Dorn’s
testimony was blunt:"), as "Chang’s response was swift:" is: the owner's words. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

WORDS = "“The guards were there. They carried rifles. They gave the signal with their lamps.”"


def test_a_survivor_s_account_is_disturbing():
    body = "Survivor Lena Moss’s account is disturbing:\n\n" + WORDS
    assert attributed(body) == [("Lena Moss", WORDS[1:-1])]


def test_a_vessel_s_survivor_s_account():
    body = "MV KESTREL survivor Lena Moss’s account is disturbing:\n\n" + WORDS
    assert attributed(body) == [("Lena Moss", WORDS[1:-1])]


def test_testimony_was_blunt():
    body = "Harbour pilot Oskar Dorn’s testimony was blunt:\n\n" + WORDS
    assert attributed(body) == [("Oskar Dorn", WORDS[1:-1])]


def test_an_account_of_something_with_no_colon_is_nobody_s():
    body = "Lena Moss’s account of the night appears in the annex. " + WORDS
    assert ("Lena Moss", WORDS[1:-1]) not in attributed(body)
