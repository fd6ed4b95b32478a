"""The words an initialism stands for, in marks after "meant", "stands for", "short for" ("its adverts say HB now meant
‘Honest Bread’"), are a name, nobody's statement; other words after "meant" stay the speaker's. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

NETWORK = "The Vale Trade Network met on Monday.\n\n"


def test_the_expansion_after_meant_is_nobodys_statement():
    body = NETWORK + "Last spring the bakery chain Holm Brot took a new name; its adverts say HB now meant ‘Honest Bread’."
    assert all(quote != "Honest Bread" for _name, quote in attributed(body))


def test_the_expansion_after_stands_for_with_dotted_letters():
    assert attributed(NETWORK + "It said D.W.U. stands for “Dock Workers United”.") == []


def test_the_expansion_of_a_bodys_letters_after_a_persons_said():
    assert attributed(NETWORK + "Ola Brin said VTN is short for “Vale Trade Network”.") == []


def test_words_after_meant_that_spell_out_no_letters_are_still_said():
    body = NETWORK + "Ola Brin said VTN meant “a new way of doing business”."
    assert attributed(body) == [("Ola Brin", "a new way of doing business")]


def test_words_after_meant_with_no_letters_before_are_still_said():
    body = NETWORK + "Ola Brin said the cut meant “a Better Deal” for drivers."
    assert attributed(body) == [("Ola Brin", "a Better Deal")]
