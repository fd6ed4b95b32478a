"""A message, order or letter from someone named before a colon, relayed by another ("Hale also reported the order he
received from Captain Marsh: “…”"): the sender's words, never those of the one who relays them. Passages written for these
tests, each with its near miss."""

from __future__ import annotations

from passages import attributed


def test_an_order_received_from_a_captain():
    body = "Lukas Ferrand also reported the order he received from Captain Ivo Marsh: “Keep the pumps running.”"
    assert attributed(body) == [("Ivo Marsh", "Keep the pumps running.")]


def test_a_letter_from_a_body():
    body = "Lukas Ferrand read out a letter from the Harbour Board: “The pier stays shut until May.”"
    assert attributed(body) == [("Harbour Board", "The pier stays shut until May.")]


def test_near_miss_a_message_sent_to_someone_is_the_senders():
    body = "Lukas Ferrand sent a message to Ivo Marsh: “Keep the pumps running.”"
    assert attributed(body) == [("Lukas Ferrand", "Keep the pumps running.")]


def test_near_miss_the_order_with_no_sender_named_stays_the_speakers():
    body = "Lukas Ferrand described the order: “Keep the pumps running.”"
    assert attributed(body) == [("Lukas Ferrand", "Keep the pumps running.")]


def test_near_miss_words_said_of_a_message_are_the_speakers():
    body = "Lukas Ferrand, the yard's chair, said of the letter from the Harbour Board: “It tells the owners nothing.”"
    assert attributed(body) == [("Lukas Ferrand", "It tells the owners nothing.")]


def test_a_forwarded_warning_is_the_senders():
    body = "Lukas Ferrand forwarded the warning from the Harbour Board: “The pier stays shut until May.”"
    assert attributed(body) == [("Harbour Board", "The pier stays shut until May.")]


def test_near_miss_a_message_mocked_answered_or_dismissed_is_the_speakers():
    for verb in ("mocked", "answered", "dismissed"):
        body = f"Lukas Ferrand {verb} the warning from the Harbour Board: “It tells the owners nothing.”"
        assert attributed(body) == [("Lukas Ferrand", "It tells the owners nothing.")], verb
    body = "Lukas Ferrand mocked the statement from Ivo Marsh: “Nobody believes a word of it.”"
    assert attributed(body) == [("Lukas Ferrand", "Nobody believes a word of it.")]
