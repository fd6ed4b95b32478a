"""Unnamed witnesses beside named people, as field dispatches, rights reports and court stories quote them: passages
written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_she_after_an_unnamed_witness_is_not_a_man_named_by_his_given_name_alone():
    body = (
        "The body of Stefan Morrow lay outside his house for two days after he was shot.\n\n"
        "His family said Stefan was a quiet man, liked and trusted in the harbour.\n\n"
        "Then the raids began.\n\n"
        "“They came at night,” one survivor from the harbour told me. “Nobody slept.”\n\n"
        "“They took the radios and the boats,” she continued. “Then they took my son.”"
    )
    assert attributed(body) == []


def test_she_after_a_named_witness_still_goes_to_her():
    body = (
        "The body of Stefan Morrow lay outside his house for two days after he was shot.\n\n"
        "His family said Stefan was a quiet man, liked and trusted in the harbour.\n\n"
        "“They came at night,” Vera Kolm, a woman from the harbour, told me. “Nobody slept.”\n\n"
        "“They took the radios and the boats,” she continued. “Then they took my son.”"
    )
    assert [name for name, _quote in attributed(body)] == ["Vera Kolm"] * 4


def test_she_is_not_a_man_named_in_a_possessive_in_her_own_sentence():
    body = (
        "The raids revived anger at the rule of former President Pavel Vasko.\n\n"
        "The survivor who saw gunmen shoot her brother said the family showed their papers to prove they had never served "
        "in Vasko’s militia. It made no difference; their only charge, she said, was that the family were “traitors”."
    )
    assert attributed(body) == []


def test_she_may_still_be_a_woman_named_in_a_possessive():
    body = (
        "The raids revived anger at the rule of former President Anna Vasko.\n\n"
        "Crowds burned copies of Vasko’s decrees. It made no difference; the charge, she said, was that the family were “traitors”."
    )
    assert attributed(body) == [("Anna Vasko", "traitors")]


def test_a_bodys_words_in_a_relative_clause_with_no_that_are_the_bodys():
    body = "The Harbour Rights Network has documented raids it says were “reckless”, “illegal” and aimed at fishermen."
    assert attributed(body) == [("Harbour Rights Network", "reckless"), ("Harbour Rights Network", "illegal")]


def test_a_plural_noun_before_were_is_still_no_verb_of_saying():
    body = "Harbour Watch International visited the coast. The northern states were “ready”, and the ports “calm”."
    assert attributed(body) == []


def test_a_name_apposed_to_a_long_role_phrase_opening_the_sentence_is_its_he():
    body = (
        "The commander of the coast guard for the western district, Piotr Lenz, told me that smugglers ran most of the boats, "
        "but admitted that some of his crews had also taken bribes - including what he called “isolated lapses” in his unit."
    )
    assert attributed(body) == [("Piotr Lenz", "isolated lapses")]


def test_a_name_apposed_to_a_verbs_object_is_not_the_sentences_he():
    body = (
        "The minister who thanked the commander of the coast guard for the western district, Piotr Lenz, later admitted that "
        "some crews had also taken bribes - including what he called “isolated lapses” in the service."
    )
    assert attributed(body) == []
