"""Words passed on by someone else, as roundups and wire copy write them: a source an outlet relays ("According to X,
“…”, reported Y"). Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

VOTE = "The Marrow council approved the new ferry fares on Monday.\n\n"


def test_according_to_a_source_outranks_the_outlet_reporting_after_the_quote():
    body = VOTE + "According to councillor Dana Holt, who chaired the vote, “the fares had not moved in ten years”, reported the Marrow Gazette."
    assert attributed(body) == [("Dana Holt", "the fares had not moved in ten years")]


def test_according_to_a_source_outranks_an_outlet_that_reported_after_the_quote():
    body = VOTE + "According to Dana Holt, “the fares had not moved in ten years,” Harbour Radio reported on Tuesday."
    assert attributed(body) == [("Dana Holt", "the fares had not moved in ten years,")]


def test_according_to_a_pronoun_before_a_relay_is_the_one_it_means():
    body = VOTE + "Councillor Dana Holt chaired the vote. According to her, “the fares had not moved in ten years”, reports the Marrow Gazette."
    assert attributed(body) == [("Dana Holt", "the fares had not moved in ten years")]


def test_an_outlet_reporting_its_own_quote_keeps_it():
    body = VOTE + "“The quay has never seen a vote like it,” reported the Marrow Gazette."
    assert attributed(body) == [("Marrow Gazette", "The quay has never seen a vote like it,")]


def test_a_speaker_said_then_an_outlet_reported_stays_the_speakers():
    body = VOTE + "“The fares had not moved in ten years,” Dana Holt said, the Marrow Gazette reported."
    assert attributed(body) == [("Dana Holt", "The fares had not moved in ten years,")]


# a speaker on a broadcaster or a platform: the medium is where they spoke, not who


def test_said_a_person_on_a_station_is_the_persons():
    body = VOTE + "“The fares had not moved in ten years,” said Dana Holt on Harbour Radio."
    assert attributed(body) == [("Dana Holt", "The fares had not moved in ten years,")]


def test_declared_a_titled_person_on_a_channel_is_the_persons():
    body = VOTE + "“We cannot judge the board in haste,” declared Senator Tom Reyes on Coast Television on Sunday."
    assert attributed(body) == [("Tom Reyes", "We cannot judge the board in haste,")]


def test_a_surname_on_a_station_is_the_person_named_before():
    body = VOTE + "Tom Reyes chairs the ferry board. “We cannot judge the board in haste,” Reyes said. “It was a long process,” added Reyes on Harbour Radio."
    assert [name for name, _ in attributed(body)] == ["Tom Reyes", "Tom Reyes"]


def test_a_station_saying_its_own_words_keeps_them():
    body = VOTE + "“The board has never explained its reasons,” said Harbour Radio in an editorial."
    assert attributed(body) == [("Harbour Radio", "The board has never explained its reasons,")]


def test_a_committee_on_a_subject_is_one_body():
    body = VOTE + "“The fares are lawful,” said the Committee on Harbour Safety."
    assert attributed(body) == [("Committee on Harbour Safety", "The fares are lawful,")]
