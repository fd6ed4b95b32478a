"""A person named as an example of the plural people a sentence opens on ("For some tenants, like Ana Ruiz, …", "Tenants
like Ana Ruiz have …"), then a first-person quotation standing alone: that person's testimony, not the last speaker's.
Near misses: the example in the object of a pronoun's or a named person's sentence, a place or a famous name after
"like", a second example, a pronoun after the example. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

OPENING = "Marco Velli, the harbour minister, set out the plan: “The mooring fees will rise in spring.” "


def speakers(sentence_and_quote: str) -> list[str]:
    return [who for who, _ in attributed(OPENING + sentence_and_quote)]


@pytest.mark.parametrize(
    "passage",
    [
        "For some tenants, like Ana Ruiz, the fear is real. “I have nowhere to go if the lease ends.”",
        "For older boat owners, like Ana Ruiz, the fees are a blow. “I have kept my boat here for thirty years.”",
    ],
)
def test_a_first_person_quote_after_an_example_of_the_people_the_sentence_opens_on_is_the_examples(passage):
    assert speakers(passage) == ["Marco Velli", "Ana Ruiz"]


@pytest.mark.parametrize(
    "passage",
    [
        "He has been attacked by critics like Ana Ruiz for years. “I know the fees came late, and I accept it.”",
        "He met with several landlords, including Ana Ruiz, last week. “I told them the fees would rise in May.”",
        "He wants to be remembered like Nelson Mandela. “I want my work to last.”",
        "Cities like Porto Alegre have tried it. “I think we can do better.”",
        "Velli, like his predecessor Ana Ruiz, faces a hostile council. “I will win them over.”",
        "For some tenants, like Ana Ruiz, he is the enemy. “I will win them over.”",
        "For some tenants, like Ana Ruiz and Tom Reed, the fear is real. “I will win them over.”",
        "Police arrested protesters, including Ana Ruiz, on Tuesday. “I will not back down.”",
        "For some tenants, like Ana Ruiz, Tom Reed is a villain. “I will win them over.”",
        "For some tenants, like Ana Ruiz, the fear is real. “The fees will rise anyway.”",
        "Landlords like Ana Ruiz blame him. “I did what the law asked of me.”",
        "Tenants like Ana Ruiz have written to the minister for months. “I have read every one of those letters.”",
        "Landlords like Ana Ruiz blame the minister. “I did what the law asked of me.”",
        "Local people like Ana Ruiz deserve better, his office says. “I have always said so.”",
        "Most voters like Ana Ruiz, the polls show. “I have my own record to run on.”",
        "Voters like Ana Ruiz, his aides insist. “I am not worried about the polls.”",
        "Critics like Ana Ruiz say the plan is too slow. “I understand the anger, but we have a timetable.”",
        "Some tenants, like Ana Ruiz, have sued the ministry. “I will defend the rules in court.”",
        "Other ministers, such as Ana Ruiz, disagree. “I will not change course.”",
        "Tenants like Ana Ruiz have few options left. “My rent went up twice in a year.”",
        "For some tenants, like Ana Ruiz, the minister is to blame. “I will win them over.”",
        "For some tenants, like Ana Ruiz, the fees are a blow, his office admits. “I will win them over.”",
        "For some tenants, like Ana Ruiz, the fees mean ruin for her family. “I will win them over.”",
    ],
)
def test_near_miss_the_last_speaker_goes_on(passage):
    assert speakers(passage) == ["Marco Velli", "Marco Velli"]
