"""A paragraph that names its own speaker or endorser is not the last speaker's going on (the attr58 round): passages
written for these tests, each with the near misses beside it."""

from __future__ import annotations

from passages import attributed

BEFORE = (
    'Guild chairman Olek Brandt believes the law is "too tight".\n\n'
    '"I don\'t accept that more reporting will make things worse," he said.\n\n'
    "A Harbour Press Guild submission to the select committee in 2005 said the law was not in the public interest.\n\n"
)
WORDS = '"We strongly believe careful reporting could lead to a reduction in harm."'
BRANDTS = [("Olek Brandt", "too tight"), ("Olek Brandt", "I don't accept that more reporting will make things worse,")]


def test_a_quote_someone_agrees_with_in_the_next_sentence_is_nobodys():
    # "X agrees": she agrees with the words; they are not hers, nor the speaker's two paragraphs up
    assert attributed(BEFORE + WORDS + " Harbourton coroner Mara Tiven agrees.") == BRANDTS
    assert attributed(BEFORE + WORDS + " The coroner, Mara Tiven, concurs.") == BRANDTS


def test_a_verb_of_saying_closing_the_next_sentence_names_the_speaker_past_a_role_before_the_name():
    assert attributed(BEFORE + WORDS + " Harbourton coroner Mara Tiven adds.") == [
        *BRANDTS,
        ("Mara Tiven", "We strongly believe careful reporting could lead to a reduction in harm."),
    ]
    assert attributed(BEFORE + WORDS + " Mara Tiven adds.")[-1][0] == "Mara Tiven"  # as before


def test_the_next_sentence_with_its_own_clause_before_the_cue_names_nobody():
    # "…, aides said": the verb of saying is the aides'; the name opening the sentence is who it is about
    body = (
        '"There are too many people who feel the way I do," said Rosa Vell, 72, a retiree. "They don\'t want change." '
        "Ivo Marsh didn't visit the port because he's worried about losing the seat, aides said."
    )
    assert [speaker for speaker, _ in attributed(body)] == ["Rosa Vell", "Rosa Vell"]


def test_she_after_an_opening_phrase_names_the_speaker_of_a_quote_standing_alone():
    tail = (
        "Harbourton coroner Mara Tiven agrees.\n\nIn early 2005, she called for greater openness. " + '"If secrecy helped, Norland would be lower."'
    )
    assert attributed(BEFORE + tail) == [*BRANDTS, ("Mara Tiven", "If secrecy helped, Norland would be lower.")]
    plain = "Harbourton coroner Mara Tiven agrees.\n\nShe called for greater openness. " + '"If secrecy helped, Norland would be lower."'
    assert attributed(BEFORE + plain)[-1] == ("Mara Tiven", "If secrecy helped, Norland would be lower.")  # as before


def test_a_quote_someone_agrees_with_goes_on_with_the_speaker_just_before():
    # "X agrees" after a credited quote: she agrees with him, and the quote between is his going on
    said = [("Pol Harren", "We must go,"), ("Pol Harren", "There is no other way.")]
    assert attributed('"We must go," Pol Harren told the crowd. "There is no other way." Mara Tiven agrees.') == said
    assert attributed('"We must go," Pol Harren told the crowd.\n\n"There is no other way." Mara Tiven agrees.') == said
    # near miss: a paragraph with no quote between the speaker and the quote
    between = 'Pol Harren spoke to the crowd.\n\nA letter said the quay was unsafe.\n\n"There is no other way." Mara Tiven agrees.'
    assert attributed(between) == []


def test_a_clause_disputing_a_quote_before_the_name_credits_nobody():
    # "That is false, X says": she disputes the words, they are not hers
    assert attributed('"The plan is dead." That is false, Mara Tiven says.') == []
    assert attributed('"The plan is dead." The plan is alive, Mara Tiven says.') == []
    # near misses: a description before the name, in commas or not
    for described in ("The coroner, Mara Tiven, says.", "Harbourton coroner Mara Tiven says.", "Her colleague, Mara Tiven, says."):
        assert attributed('"The plan is dead." ' + described) == [("Mara Tiven", "The plan is dead.")]
