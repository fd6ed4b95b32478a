"""A message or a document that a cue's clause opens with speaks for the one it came from, never for the one it went
to: "A message came back from the captain saying:", "The conclusions of the Council said:". Passages written for these
tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed


def test_a_message_from_a_person_saying_is_the_senders():
    found = attributed("The crew waited by the radio. A message came back from Captain Lena Ortiz saying: “We have lost an engine.”")
    assert found == [("Lena Ortiz", "We have lost an engine.")]


def test_a_letter_received_from_someone_is_the_senders_not_the_receivers():
    found = attributed("Tom Hale received a letter from Olga Brandt saying “your offer is withdrawn as of today.”")
    assert found == [("Olga Brandt", "your offer is withdrawn as of today.")]


def test_a_message_from_a_person_to_others_said_is_the_senders():
    found = attributed("A message from Tom Hale to the staff said: “The office will close on Friday this week.”")
    assert found == [("Tom Hale", "The office will close on Friday this week.")]


def test_a_bodys_conclusions_and_statement_speak_for_the_body():
    body = (
        "The summit ended late. The conclusions of the Harbour Council said: “The Union stands ready to act in the region.”\n\n"
        "The statement from the Norland Ministry of Foreign Affairs read: “We reject these claims in full.”"
    )
    assert attributed(body) == [
        ("Harbour Council", "The Union stands ready to act in the region."),
        ("Norland Ministry of Foreign Affairs", "We reject these claims in full."),
    ]


def test_a_reply_to_a_letter_after_a_comma_stays_the_one_replying():
    found = attributed("Tom Hale replied to a letter from Olga Brandt, saying “we will not withdraw the offer at all.”")
    assert found == [("Tom Hale", "we will not withdraw the offer at all.")]


def test_a_speaker_named_after_a_letter_stays_the_speaker():
    found = attributed("In a letter from Olga Brandt to the board, Tom Hale said “the offer is still open to all of them.”")
    assert found == [("Tom Hale", "the offer is still open to all of them.")]


def test_a_report_written_by_an_analyst_stays_the_analysts():
    found = attributed("The report, written by analyst Jo Fenn, said the scheme was “a costly mistake for the city.”")
    assert found == [("Jo Fenn", "a costly mistake for the city.")]
