"""Words in front of a verb of saying that are not its speaker: a topic opening the sentence ("Regarding Osterby, the
statement said"), a nationality word before the quoted phrase ("said the Norvanian “…”"), the owner of a view the speaker
reports ("In Castell's view, …, he said"). Passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_a_fronted_topic_is_not_the_speaker_of_the_statement_after_it():
    body = (
        "Norland’s Interior Ministry, in a statement on Friday, said the two ports were “old partners.” "
        "Regarding Osterby, the statement said Norland “will not accept any change to the old treaty.”"
    )
    assert attributed(body) == [
        ("Norland’s Interior Ministry", "old partners."),
        ("Norland’s Interior Ministry", "will not accept any change to the old treaty."),
    ]


def test_as_for_and_on_open_a_topic_before_a_pronoun_or_a_role():
    body = (
        "Minister Hanna Ulvik spoke to reporters on Friday. As for Osterby, she said the talks were “going nowhere fast.” "
        "On Pieter Vand, the minister said he had “acted within his powers.”"
    )
    assert attributed(body) == [("Hanna Ulvik", "going nowhere fast."), ("Hanna Ulvik", "acted within his powers.")]


def test_a_topic_with_no_speaker_after_it_gives_nobody():
    body = "Officials met again this week.\n\nConcerning Mayor Pieter Vand, the council said he had “acted within his powers.”"
    assert attributed(body) == []


def test_a_time_opening_before_a_named_speaker_still_names_her():
    body = "Officials met again this week.\n\nOn Tuesday, Hanna Ulvik said the port was “open for business.”"
    assert attributed(body) == [("Hanna Ulvik", "open for business.")]


def test_a_name_opening_the_sentence_with_an_apposition_still_speaks():
    body = "Officials met again this week.\n\nPieter Vand, the mayor, said the port was “open for business.”"
    assert attributed(body) == [("Pieter Vand", "open for business.")]


def test_a_nationality_word_before_the_quoted_phrase_is_nobody():
    body = (
        "Officials met again this week.\n\n"
        "One negotiator said the Osterbian “habit of long speeches is wearing everyone down,” a diplomat recalled. "
        "An aide said the Norlandish “position has not moved an inch” since spring."
    )
    assert attributed(body) == []


def test_a_named_speaker_before_a_nationality_word_still_speaks():
    body = "Officials met again this week.\n\nPieter Vand said the Osterbian “habit of long speeches is wearing everyone down.”"
    assert attributed(body) == [("Pieter Vand", "habit of long speeches is wearing everyone down.")]


def test_a_body_named_after_an_inverted_verb_still_speaks():
    body = "Officials met again this week.\n\nThe talks, said the Kremlin, were “useful.” Nobody else spoke."
    assert attributed(body) == [("Kremlin", "useful.")]


def test_a_topic_with_no_subject_of_its_own_after_it_stays_the_one_a_pronoun_means():
    body = (
        "Pieter Vand met the envoys on Monday.\n\n"
        "As for Anton Ruml, his silence at the meeting suggested that he had given up. He later told reporters: “We lost.”"
    )
    assert attributed(body) == [("Anton Ruml", "We lost.")]


def test_an_occasion_between_the_subject_and_its_verb_is_not_who_speaks():
    body = (
        "Officials met again this week.\n\n"
        "Governor Hanna Ulvik at a 2019 press conference said “the sailors are loyal to the port.” "
        "Mayor Pieter Vand at the weekly council meeting told reporters the docks would “stay open all winter.”"
    )
    assert attributed(body) == [("Hanna Ulvik", "the sailors are loyal to the port."), ("Pieter Vand", "stay open all winter.")]


def test_an_occasion_that_names_no_speaker_gives_nobody():
    body = "Officials met again this week.\n\nDelegates at the summit said the docks were “a disgrace.”"
    assert attributed(body) == []


def test_his_or_her_response_before_a_colon_is_the_one_the_pronoun_means():
    body = (
        "During the campaign, Pieter Vand was asked whether he would close the docks. His response: “Not while I live.”\n\n"
        "Minister Hanna Ulvik was asked about the treaty on Monday. Her reply was blunt: “It is dead.”"
    )
    assert attributed(body) == [("Pieter Vand", "Not while I live."), ("Hanna Ulvik", "It is dead.")]


def test_an_answer_owned_by_no_pronoun_is_nobody():
    body = "Officials met again this week.\n\nThe answer: “no comment” was printed on posters across the docks."
    assert attributed(body) == []


def test_a_family_numeral_after_a_name_is_part_of_the_speakers_name():
    body = "Officials met again this week.\n\nNorland-based political analyst Pieter Vand III described the visit as “a charm offensive.”"
    assert attributed(body) == [("Pieter Vand III", "a charm offensive.")]


def test_a_numbered_war_is_no_speaker():
    body = "Officials met again this week.\n\nAfter World War II said nothing of the docks, the “old pier” stood empty."
    assert attributed(body) == []


ANALYST = "Anton Ruml, a fellow at the Norland Port Institute, expected long talks.\n\n“Nobody wants a fight over the pier,” Ruml said.\n\n"


def test_he_after_the_owner_of_a_view_opening_the_sentence_is_the_speaker_before():
    for opening in ("In Mayor Ivo Castell’s view,", "In Castell's opinion,", "To Castell’s mind,"):
        body = ANALYST + f"{opening} the pier “is a matter of pride, not of trade”, he said."
        assert attributed(body)[-1] == ("Anton Ruml", "is a matter of pride, not of trade")


def test_the_owner_of_a_view_is_still_the_speaker_where_no_one_else_speaks():
    body = "Anton Ruml, a fellow at the Norland Port Institute, expected long talks.\n\nIn Castell’s view, the pier “is a matter of pride”."
    assert attributed(body) == [("Castell", "is a matter of pride")]


def test_his_view_after_the_one_named_is_still_his():
    body = ANALYST + "Mayor Ivo Castell spoke on Monday. In his view, the pier “is a matter of pride, not of trade”, he said."
    assert attributed(body)[-1] == ("Ivo Castell", "is a matter of pride, not of trade")
