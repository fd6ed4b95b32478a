"""A person named after a lower-case body word and a title ("The ministry official Tom Reed said", "the ministry
spokesman Tom Reed told"): the person, in that role, never the body noun left to resolve. Passages written for these
tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

QUOTE = "“We will not sell the quay.”"


def speakers(body: str) -> list[str]:
    return [name for name, _quote in attributed(body)]


def test_the_body_words_title_and_name_before_the_verb_are_the_person():
    assert speakers(f"The ministry official Tom Reed said: {QUOTE}") == ["Tom Reed"]
    assert speakers(f"The ministry spokesman Tom Reed said: {QUOTE}") == ["Tom Reed"]
    assert speakers("The ministry official Tom Reed told reporters that the quay “will not be sold.”") == ["Tom Reed"]


def test_near_miss_the_apposed_or_plain_forms_stay_the_persons():
    assert speakers(f"A ministry official, Tom Reed, said: {QUOTE}") == ["Tom Reed"]
    assert speakers(f"The harbour official Tom Reed said: {QUOTE}") == ["Tom Reed"]
    assert speakers(f"Ministry official Tom Reed said: {QUOTE}") == ["Tom Reed"]


def test_near_miss_the_ministry_alone_is_still_the_body_noun():
    body = f"The Norland Ministry of Ports met on Monday.\n\nThe ministry said: {QUOTE}"
    assert speakers(body) == ["Norland Ministry of Ports"]


def test_near_miss_the_role_of_someone_else_named_after_a_preposition_is_not_theirs():
    assert speakers(f"The attorney for Pavel Orsin said: {QUOTE}") == []
    assert speakers(f"An aide in the office of Governor Lena Voss said: {QUOTE}") == []
