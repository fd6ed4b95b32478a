"""A speaker named by a given name after a relative's noun whose owner the text names ("Varnholt's brother Jonas",
"Varnholt and her husband, Piet,") is described as that relative ("Varnholt’s brother"); a relative's noun whose owner
is not named, or an apposition of its own between noun and name, describes nobody. Passages written for these tests."""

from __future__ import annotations

from dossier.attribution.descriptions import describe

OPENING = "Helga Varnholt kept the lock at Brenna for thirty years. "


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


def test_a_place_a_day_or_a_body_before_with_is_no_owner():
    for sentence in (
        "She moved to Lisbon with her son Tomas.",
        "He spent Easter with his wife Irena.",
        "She left in June with her son Tomas.",
        "She wrote to the Harbour Board with her son Tomas.",
    ):
        name = sentence.split()[-1].rstrip(".")
        assert describe(OPENING + sentence + f" “Cold,” said {name}.", name) == ""


def test_a_place_before_and_his_or_her_is_no_owner():
    text = OPENING + "He left Orvik and his wife Irena in 1990. “Gone,” said Irena."
    assert describe(text, "Irena") == ""


def test_his_or_her_must_agree_with_the_owners_sex():
    text = "Karen Varnholt met Jonas Brandt and her son Tomas at the weir. “Wet,” said Tomas."
    assert describe(text, "Tomas") == ""
    text = "Karen Varnholt met Jonas Brandt and his son Tomas at the weir. “Wet,” said Tomas."
    assert describe(text, "Tomas") == "Jonas Brandt’s son"


def test_their_has_no_one_owner():
    text = "Karen and Jonas Varnholt and their son Tomas came. “Hi,” said Tomas."
    assert describe(text, "Tomas") == ""


def test_words_opening_the_sentence_are_not_part_of_the_owner():
    assert describe(OPENING + "Yesterday Varnholt’s sister Marta wept. “Sad,” said Marta.", "Marta") == "Varnholt’s sister"
    assert describe(OPENING + "When Varnholt’s sister Marta came, all wept. “Sad,” said Marta.", "Marta") == "Varnholt’s sister"
    text = OPENING + "After Varnholt and her husband Piet left, it rained. “Wet,” said Piet."
    assert describe(text, "Piet") == "Varnholt’s husband"


def test_an_owner_across_a_line_break_is_read_on_one_line_but_not_across_a_blank_line():
    assert describe(OPENING + "Signed: Helga\nVarnholt’s son Tomas. “Hi,” said Tomas.", "Tomas") == "Helga Varnholt’s son"
    assert describe(OPENING + "Signed: Helga\n\nVarnholt’s son Tomas. “Hi,” said Tomas.", "Tomas") == "Varnholt’s son"


def test_the_relatives_qualifier_is_kept():
    assert describe(OPENING + "Varnholt’s former wife Marta spoke. “Hi,” said Marta.", "Marta") == "Varnholt’s former wife"
    text = OPENING + "Varnholt and her late husband Piet built it. “Hi,” said Piet."
    assert describe(text, "Piet") == "Varnholt’s late husband"
