"""A speaker named by a given name after a relative's noun whose owner the text names ("Varnholt's brother Jonas",
"Varnholt and her husband, Piet,") is described as that relative ("Varnholt’s brother"); a relative's noun whose owner
is not named, or an apposition of its own between noun and name, describes nobody. Passages written for these tests."""

from __future__ import annotations

from dossier.attribution.descriptions import describe

OPENING = "Ilse Varnholt kept the lock at Brenna for thirty years. "


def test_a_possessive_relative_before_a_given_name_describes_the_speaker():
    text = OPENING + "“She never took a day off,” Varnholt’s brother Jonas said."
    assert describe(text, "Jonas") == "Varnholt’s brother"


def test_a_straight_apostrophe_possessive_works_the_same():
    text = OPENING + '"She never took a day off," Varnholt\'s brother Jonas said.'
    assert describe(text, "Jonas") == "Varnholt’s brother"


def test_his_or_her_relative_after_the_owner_and_and_describes_the_speaker():
    text = OPENING + "Varnholt and her husband, Piet, kept the keys. “We took turns,” said Piet."
    assert describe(text, "Piet") == "Varnholt’s husband"


def test_a_relative_whose_owner_is_not_named_describes_nobody():
    text = OPENING + "Her husband, Piet, kept the keys. “We took turns,” said Piet."
    assert describe(text, "Piet") == ""


def test_a_pronoun_before_and_is_no_owner():
    text = OPENING + "When she and her husband, Piet, kept the keys, they took turns. “We did,” said Piet."
    assert describe(text, "Piet") == ""


def test_an_apposition_between_the_noun_and_the_name_is_not_read_as_kin():
    text = OPENING + "Varnholt’s brother, the boatman Jonas, said little. “She never rested,” said Jonas."
    assert describe(text, "Jonas") == ""


def test_a_name_with_no_relative_before_it_still_gets_no_description():
    text = OPENING + "“She never took a day off,” said Jonas."
    assert describe(text, "Jonas") == ""
