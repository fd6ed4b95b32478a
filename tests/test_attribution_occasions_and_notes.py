"""Patterns of inquiry openings and research analyses that quote one official across several occasions, notes and
advisories (held-out rounds 485 and 493): passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_a_named_lecture_or_address_is_an_occasion_never_the_he_or_she():
    body = (
        "Ola Brennick, the harbour chief, has spoken often.\n\n"
        "In her earlier Tarn Lecture, she estimated that “crew-enabled sabotage of harbours” could cost a billion.\n\n"
        "During the Weir Address, she revealed that officials had “repeatedly complained” to the ports."
    )
    assert attributed(body) == [
        ("Ola Brennick", "crew-enabled sabotage of harbours"),
        ("Ola Brennick", "repeatedly complained"),
    ]
    # near miss: a capitalised run that is a person stays the speaker
    body = "Ola Brennick, the harbour chief, has spoken often.\n\nTom Lecter estimated that “crew-enabled sabotage” could cost a billion."
    assert attributed(body) == [("Tom Lecter", "crew-enabled sabotage")]


def test_a_passive_relative_clause_after_the_hearer_leaves_the_words_to_the_one_who_said_them():
    body = (
        "Lady Orwin ran the ministry in 2020. This is what she said in a recent interview with the Policy Forum, which was "
        "widely reported: “By March, we in the ministry knew exactly what was coming.”"
    )
    assert attributed(body) == [("Lady Orwin", "By March, we in the ministry knew exactly what was coming.")]
    # near miss: the body reporting in the active voice speaks for itself
    body = "Lady Orwin ran the ministry in 2020. She spoke to the Policy Forum, which reported: “By March, the ministry knew.”"
    assert attributed(body) == [("Policy Forum", "By March, the ministry knew.")]


def test_names_fronted_before_a_parenthetical_pronoun_cue_are_the_topic_not_the_speaker():
    body = (
        "On 3 March, Ola Brennick spoke at a forum in Tarn.\n\n"
        "Red Finch and Grey Heron, she told the room, were “crews working for the Vossian navy and its ports.”"
    )
    assert attributed(body) == [("Ola Brennick", "crews working for the Vossian navy and its ports.")]
    # near miss: a person named in a clause of the pronoun's own sentence may still be the pronoun
    body = "On 3 March, Ola Brennick spoke at a forum in Tarn.\n\nAfter Mira Kolander arrived, she said, “the crews worked for the navy.”"
    assert attributed(body) == [("Mira Kolander", "the crews worked for the navy.")]


def test_an_agencys_dated_advisory_speaks_for_the_agency_and_the_advisory_after_it():
    body = (
        "The Harbour Safety Agency (HSA) issued guidance in 2023.\n\n"
        "HSA's March 2024 advisory stated plainly that the crews had “kept access to harbour networks.” "
        "The purpose, the advisory concluded, was to “disrupt shipping in a crisis.”"
    )
    assert attributed(body) == [
        ("Harbour Safety Agency", "kept access to harbour networks."),
        ("Harbour Safety Agency", "disrupt shipping in a crisis."),
    ]
    # near miss: an advisory no one is named as issuing speaks for nobody
    body = "Tom Reyes, the minister, spoke in 2023.\n\nThe purpose, the advisory concluded, was to “disrupt shipping in a crisis.”"
    assert attributed(body) == []


def test_a_place_named_with_a_roles_word_is_the_objects_not_the_joined_verbs_subject():
    body = "Mr Dalby visited the General Hospital and told reporters: “I shook hands with everybody.”"
    assert attributed(body) == [("Mr Dalby", "I shook hands with everybody.")]
    # near miss: the role word alone after "the" is still the one who holds it
    body = "General Mark Pell led the army. The General visited the troops and told reporters: “We are ready.”"
    assert attributed(body) == [("Mark Pell", "We are ready.")]


def test_a_participle_after_a_relative_clause_goes_on_with_the_name_it_hangs_on():
    body = (
        "The story struck a chord at the Port Authority, which, unusually, put out a detailed rebuttal, asserting in the "
        "strongest of language that “the article contains a series of errors”."
    )
    assert attributed(body) == [("Port Authority", "the article contains a series of errors")]
    # near miss: a name that is the verb's object with no relative clause after it is not the participle's subject
    body = "Ola Brennick met the Port Authority, saying: “We are grateful for the aid.”"
    assert attributed(body) == [("Ola Brennick", "We are grateful for the aid.")]


def test_one_who_quotes_another_with_a_participle_gives_the_others_words():
    body = "In a later entry, Ms Calder quotes Peter Mallin admonishing her:\n\n“Engineering advice we cannot pay for is worse than useless.”"
    assert attributed(body) == [("Peter Mallin", "Engineering advice we cannot pay for is worse than useless.")]
    # near miss: one who quotes no one named speaks for themselves
    body = "In a later entry, Ms Calder writes, admonishing the board:\n\n“Engineering advice we cannot pay for is worse than useless.”"
    assert attributed(body) == [("Ms Calder", "Engineering advice we cannot pay for is worse than useless.")]


def test_an_occasion_between_a_person_and_the_verb_leaves_the_person_the_subject():
    said_later = (
        "Last night, President Lito Ramsey during the Lantern Lighting Ceremony mentioned that he received a donation.\n\n"
        "He said, “Just see to it that the money is not lost along the way.”"
    )
    said_there = "Mayor Ivo Marsk during the Harbour Day Parade said: “We will rebuild the quay this year.”"
    assert attributed(said_later) == [("Lito Ramsey", "Just see to it that the money is not lost along the way.")]
    assert attributed(said_there) == [("Ivo Marsk", "We will rebuild the quay this year.")]


def test_an_occasion_is_nobody_and_an_unnamed_guest_stays_unnamed():
    bodies = [
        "Last night, the Harbour Lantern Festival opened with the crowd chanting “Light the way” along the quay.",
        "A guest during the Harbour Gala shouted: “We will rebuild the quay this year.”",
    ]
    assert [attributed(body) for body in bodies] == [[], []]
