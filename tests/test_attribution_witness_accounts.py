"""A witness's account brought in by its owner and a short verdict before a colon ("Nurse Lena Moss’s account is grim:",
"Dorn’s testimony was blunt:"), as "Chang’s response was swift:" is: the owner's words; an account judged by someone else
("… is contradicted by the log:") is not. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

WORDS = "“The rope snapped at noon. We waited on the ledge. Nobody came until dark.”"


def test_a_nurse_s_account_is_grim():
    body = "Nurse Lena Moss’s account is grim:\n\n" + WORDS
    assert attributed(body) == [("Lena Moss", WORDS[1:-1])]


def test_a_few_words_before_the_owner_s_name():
    body = "Former ski guide Lena Moss’s account is chilling:\n\n" + WORDS
    assert attributed(body) == [("Lena Moss", WORDS[1:-1])]


def test_testimony_was_blunt():
    body = "Harbour pilot Oskar Dorn’s testimony was blunt:\n\n" + WORDS
    assert attributed(body) == [("Oskar Dorn", WORDS[1:-1])]


def test_an_account_of_something_with_no_colon_is_nobody_s():
    body = "Lena Moss’s account of the night appears in the annex. " + WORDS
    assert ("Lena Moss", WORDS[1:-1]) not in attributed(body)


# Someone else's verdict on the account, then their own words: not the owner's (passages invented)
JUDGED = [
    "Survivor Lena Moss says the crew left first. Moss’s account is contradicted by the ship's log: “All crew at stations.”",
    "Moss’s account is corroborated by a neighbour, Ann Roe: “I saw the crew leave first.”",
    "Lena Moss’s account is at odds with the captain’s: “We launched every boat.”",
    "Karl Osten’s explanation was rejected by the judge: “This is not credible.”",
    "Critics say Moss’s account is false: “She was never on the boat.”",
    "The police have their own story. But Moss’s account is backed by the footage, and by Ann Roe, a nurse: “They beat him.”",
    "Farmer Ivo Brandt’s testimony was disputed: “He was not at the gate that night.”",
    "Reporters doubted Ivo Brandt’s recollection was accurate: “He was not at the gate that night.”",
]


def test_an_account_judged_by_someone_else_is_not_its_owner_s_words():
    for body in JUDGED:
        assert not [who for who, _ in attributed(body) if who in ("Lena Moss", "Moss", "Karl Osten", "Ivo Brandt")], body


def test_a_short_verdict_on_a_recollection_still_brings_in_the_owner_s_words():
    body = "Ferry mate Ivo Brandt’s recollection is deeply harrowing:\n\n“The water rose to our knees within a minute.”"
    assert attributed(body) == [("Ivo Brandt", "The water rose to our knees within a minute.")]
