"""Whose words an "in her words" or "in his view" gives: the sentence's subject, not the nearest name. Passages
written for these tests, with invented names, each with its near miss."""

from __future__ import annotations

from passages import attributed


def test_in_her_words_after_a_sentence_opening_on_she_is_the_one_she_means():
    body = (
        "The mayor of Oskarvik, Lena Moss, opened the session on Monday. She then censured the city auditor, Mrs Hanna "
        "Lott, since, in her words, “the books were never closed and nobody asked why.” The auditor left the room."
    )
    assert attributed(body) == [("Lena Moss", "the books were never closed and nobody asked why.")]


def test_in_his_view_after_he_is_not_the_man_he_removed():
    body = (
        "The party leader, Aldo Ruse, spoke on Monday. He then removed the treasurer, Karl Benn, from the board because, "
        "in his view: “The accounts have been kept in the dark for years.” Benn did not answer."
    )
    assert attributed(body) == [("Aldo Ruse", "The accounts have been kept in the dark for years.")]


def test_in_his_words_after_a_named_subject_is_the_subject():
    body = (
        "The council met on Monday. Tomas Brel removed the treasurer, Piet Salo, from the board because, in his words, "
        "“the money sat in a drawer for a year while the roads fell apart.” Salo did not reply."
    )
    assert attributed(body) == [("Tomas Brel", "the money sat in a drawer for a year while the roads fell apart.")]


def test_in_her_words_where_the_subject_is_a_man_is_the_woman_named():
    body = (
        "The council met on Monday. Tomas Brel removed the treasurer, Hanna Lott, from the board because, in her words, "
        "“the money sat in a drawer for a year.” Lott did not reply."
    )
    assert attributed(body) == [("Hanna Lott", "the money sat in a drawer for a year.")]


def test_in_his_words_in_a_relative_clause_is_the_one_it_is_about():
    body = (
        "The party leader, Aldo Ruse, spoke on Monday. The board then removed the treasurer, Karl Benn, who had, in his "
        "words, “kept the accounts in the dark for years.” Benn did not answer."
    )
    assert attributed(body) == [("Karl Benn", "kept the accounts in the dark for years.")]


def test_in_his_words_of_the_one_who_resigned_is_his():
    body = (
        "The party leader, Aldo Ruse, spoke on Monday. Karl Benn, the treasurer, resigned because, in his words, "
        "“the accounts have been kept in the dark for years.” Ruse did not answer."
    )
    assert attributed(body) == [("Karl Benn", "the accounts have been kept in the dark for years.")]


CHAIRS = "The chairmen of the Harbour Party, the Green Union and the Reform League, Ilse Varga, Oren Tasky and Piet Calder"
JOINT = [
    ("Ilse Varga", "the count was marred by threats."),
    ("Oren Tasky", "the count was marred by threats."),
    ("Piet Calder", "the count was marred by threats."),
]


def test_in_their_words_after_they_is_the_people_listed_as_the_subject():
    body = (
        CHAIRS
        + " respectively, had called for a fresh count. They also censured the commission because, in their words, “the count was marred by threats.”"
    )
    assert attributed(body) == JOINT


def test_they_said_after_a_plural_role_and_its_holders_is_all_of_them():
    body = CHAIRS + ", had called for a fresh count. “The count was marred by threats,” they said."
    assert [name for name, _quote in attributed(body)] == ["Ilse Varga", "Oren Tasky", "Piet Calder"]


def test_people_listed_as_an_object_or_without_they_opening_are_not_the_ones_meant():
    # near misses: the list is the verb's object ("met the mayors, …"); "in their words" in a sentence about someone else
    met = "The ministers met the mayors, Ilse Varga, Oren Tasky and Piet Calder, on Tuesday. “The count was fair,” they said."
    assert attributed(met) == []
    removed = "The board removed the treasurers, Ilse Varga and Oren Tasky, because, in their words, “the books were dark.”"
    assert attributed(removed) == []


def test_in_her_words_after_a_man_whose_name_ends_in_a_is_the_woman_named():
    # a man's given name in -a ("Reza", "Narendra") says "he", as the given-name lists say, not "she" by its ending
    body = (
        "The council met on Monday. Reza Tavin removed the treasurer, Hanna Lott, from the board because, in her words, "
        "“the money sat in a drawer for a year.” Lott did not reply."
    )
    assert attributed(body) == [("Hanna Lott", "the money sat in a drawer for a year.")]
    body = (
        "The board sat late. Narendra Vosk removed the auditor, Greta Marten, from her post since, in her words, "
        "“nobody had opened the ledgers since spring.” Marten left."
    )
    assert attributed(body) == [("Greta Marten", "nobody had opened the ledgers since spring.")]


def test_in_his_words_after_a_man_whose_name_ends_in_a_is_his():
    body = (
        "The council met on Monday. Hamza Odil removed the treasurer, Piet Salo, from the board because, in his words, "
        "“the money sat in a drawer for a year.” Salo did not reply."
    )
    assert attributed(body) == [("Hamza Odil", "the money sat in a drawer for a year.")]
    body = (
        "The board sat late. Osama Reddi then sacked his deputy, Greta Holm, because, in his view, “the office had "
        "stopped answering letters.” Holm declined to comment."
    )
    assert attributed(body) == [("Osama Reddi", "the office had stopped answering letters.")]


def test_a_womans_name_in_a_and_a_name_either_may_bear_keep_the_subject():
    # near misses: "Corinna" is a woman's name by its ending; "Nikita" tells neither, so the subject stays
    body = (
        "The council met on Monday. Corinna Vask removed the treasurer, Piet Salo, from the board because, in her words, "
        "“the money sat in a drawer for a year.” Salo did not reply."
    )
    assert attributed(body) == [("Corinna Vask", "the money sat in a drawer for a year.")]
    body = (
        "The council met on Monday. Nikita Sorel removed the treasurer, Piet Salo, from the board because, in his words, "
        "“the money sat in a drawer for a year.” Salo did not reply."
    )
    assert attributed(body) == [("Nikita Sorel", "the money sat in a drawer for a year.")]
