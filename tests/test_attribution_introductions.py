"""A person a feature brings in by an age or a parent's noun after the name, as a verb's or a preposition's object, is the
"she" or "he" of the next paragraph, not the last one quoted: passages written for these tests, each with its near miss."""

from __future__ import annotations

import pytest
from dossier.attribution.given_names import given_name_sex
from passages import attributed

SOURCE = "Greta Olsen of the Harbour Aid Trust said the queues are getting longer. The trust, Olsen said, has “never seen it so slow.”\n\n"


def test_a_woman_brought_in_by_age_after_a_preposition_is_the_next_she():
    body = SOURCE + "The delays have fallen hardest on Lenka Marsh, a 28-year-old nurse whose rent is late.\n\n“I cannot plan anything,” she said."
    assert attributed(body)[-1] == ("Lenka Marsh", "I cannot plan anything,")


def test_a_given_name_alone_with_a_mothers_noun_is_the_next_she():
    body = (
        SOURCE + "Those rules matter for Ilsa, a mother of four who lives near the port. Ilsa asked that her surname not be used.\n\n"
        "She said she waited for weeks. “Nobody called me back,” she said."
    )
    assert attributed(body)[-1] == ("Ilsa", "Nobody called me back,")


def test_a_man_brought_in_as_a_verbs_object_is_the_next_he():
    body = (
        "Piet Rowe of the Harbour Aid Trust said the queues are getting longer. “It is never this slow,” Rowe said.\n\n"
        "The new rules have hurt Anton Vell, a 52-year-old father of two from the valley.\n\n“We wait and wait,” he said."
    )
    assert attributed(body)[-1] == ("Anton Vell", "We wait and wait,")


def test_a_man_brought_in_is_no_later_she():
    body = SOURCE + "The delays have fallen hardest on Anton Vell, a 52-year-old father of two.\n\n“I cannot plan anything,” she said."
    assert attributed(body)[-1] == ("Greta Olsen", "I cannot plan anything,")


def test_a_description_that_tells_no_sex_changes_nothing():
    body = SOURCE + "The delays have fallen hardest on Sasha Grell, a nurse whose rent is late.\n\n“I cannot plan anything,” she said."
    assert attributed(body)[-1] == ("Greta Olsen", "I cannot plan anything,")


def test_a_person_brought_in_by_a_sentence_whose_subject_is_she_changes_nothing():
    body = SOURCE + "She has helped Lenka Marsh, a 28-year-old nurse whose rent is late.\n\n“We cannot plan anything,” she said."
    assert attributed(body)[-1] == ("Greta Olsen", "We cannot plan anything,")


def test_a_woman_brought_in_is_no_later_he():
    body = (
        "Piet Rowe of the Harbour Aid Trust said the queues are getting longer. “It is never this slow,” Rowe said.\n\n"
        "The new rules have hurt Lenka Marsh, a 28-year-old mother of two from the valley.\n\n“We wait and wait,” he said."
    )
    assert attributed(body)[-1] == ("Piet Rowe", "We wait and wait,")


CASEWORKER = "Tomas Varga, a caseworker with the Harbour Aid Trust, said the family qualifies."


def test_she_in_a_dash_aside_is_the_woman_named_by_surname_not_the_man_who_spoke():
    body = (
        "Lena Marsh has waited since spring for her file.\n\n"
        + CASEWORKER
        + " But for now Marsh is stuck — “we have no heat,” she said — and the winter is coming."
    )
    assert attributed(body)[-1] == ("Lena Marsh", "we have no heat,")


def test_she_in_a_dash_aside_is_the_woman_a_description_brought_in_by_her_given_name():
    body = (
        "The rules have hurt Ilsa, a mother of four from the valley.\n\n"
        + CASEWORKER
        + " Yet Ilsa still waits — “nobody calls back,” she says — and her sons have no cover."
    )
    assert attributed(body)[-1] == ("Ilsa", "nobody calls back,")


def test_he_in_a_dash_aside_still_goes_to_the_man_who_spoke():
    body = (
        "Lena Marsh has waited since spring for her file.\n\n"
        + CASEWORKER
        + " But for now Marsh is stuck — “the office is behind,” he said — and the winter is coming."
    )
    assert attributed(body)[-1] == ("Tomas Varga", "the office is behind,")


@pytest.mark.parametrize(
    ("word", "sex"),
    [
        ("Brittany", "female"),
        ("Zoë", "female"),  # read without its accent
        ("Corinna", "female"),  # a woman's name in -a, which the lists leave out
        ("Vladimir", "male"),
        ("Nikita", "either"),  # a man's name in -a: a given name whose ending tells no woman
        ("Tomas", None),
        ("Ma", None),  # too short for the ending to tell a given name
        ("agenda", None),  # the ending counts in a capitalised word alone
    ],
)
def test_what_a_word_tells_as_a_given_name(word, sex):
    assert given_name_sex(word) == sex
