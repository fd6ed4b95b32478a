"""A time phrase between a person and their verb of saying ("Mr. Hale last week said …"): the sentence is still that
person's, and a quotation standing alone after it is theirs, not the last paragraph's speaker's. Passages written for
these tests, with near misses."""

from __future__ import annotations

from passages import attributed

BEFORE = (
    "Trust member Tom Hale asked how the buses would run.\n\nDirector Ann Bell at that time asked for details. “We were promised more,” she said.\n\n"
)
WORDS = "“For me, there are still two things I have an issue with.”"


def test_a_quote_after_a_sentence_where_a_named_person_last_week_said_is_theirs() -> None:
    body = BEFORE + "Mr. Hale last week said the timetable remains his major issue. " + WORDS
    assert attributed(body)[-1] == ("Tom Hale", WORDS[1:-1])


def test_this_month_and_argued_too() -> None:
    body = BEFORE + "Mr. Hale this month argued the plan was late. " + WORDS
    assert attributed(body)[-1] == ("Tom Hale", WORDS[1:-1])


def test_a_quote_after_a_sentence_naming_someone_who_does_not_speak_stays_with_the_last_speaker() -> None:
    for sentence in ("Mr. Hale left the room. ", "Mr. Hale last week left the room. "):
        assert attributed(BEFORE + sentence + WORDS)[-1] == ("Ann Bell", WORDS[1:-1])


def test_a_described_speaker_before_the_quote_keeps_the_quote() -> None:
    body = BEFORE + "Mr. Hale, the council's lawyer, disagreed. " + WORDS
    assert attributed(body)[-1] == ("Tom Hale", WORDS[1:-1])
