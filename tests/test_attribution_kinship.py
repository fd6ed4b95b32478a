"""A relative's noun before a name tells a "she" from a "he" where the name itself tells nothing ("his wife, the
campaigner Xu Anli"): passages written for these tests, with invented names, each with its near miss."""

from __future__ import annotations

from dossier.attribution.kinship import sex_as_kin_owner, sex_by_kin
from passages import attributed


def test_a_relatives_noun_in_apposition_tells_the_sex():
    assert sex_by_kin("His arrest has left his wife, feminist activist Xu Anli, alone.", "Xu Anli") == "female"
    assert sex_by_kin("Her husband, the engineer Oyo Danlami, spoke.", "Oyo Danlami") == "male"
    assert sex_by_kin("Kwan’s late mother Seo Rin ran the shop.", "Seo Rin") == "female"
    assert sex_by_kin("The couple's son, Bao Tien, was ten.", "Bao Tien") == "male"


def test_a_clause_or_a_verb_between_the_noun_and_the_name_tells_nothing():
    assert sex_by_kin("His wife, who met Xu Anli at the station, waited.", "Xu Anli") is None
    assert sex_by_kin("His wife thanked Xu Anli for the food.", "Xu Anli") is None
    assert sex_by_kin("Her husband and lawyer Oyo Danlami spoke.", "Oyo Danlami") is None
    assert sex_by_kin("Her husband, Oyo Danlami’s lawyer, spoke.", "Oyo Danlami") is None  # a possessor, not the husband


def test_nouns_that_disagree_tell_nothing():
    text = "His wife, Xu Anli, came. Later her father, Xu Anli, left."
    assert sex_by_kin(text, "Xu Anli") is None


CONTEXT = (
    "Union organiser Tang Bo was detained in March. His detention has left his wife, feminist activist Xu Anli, without news. "
    "Xu told the Ledger she wanted him remembered.\n\n"
)


def test_she_after_an_according_to_source_is_the_woman_a_relatives_noun_named():
    body = (
        CONTEXT + "According to Tang’s lawyer, Hu Dawen, police said they found stolen radios in his flat – a claim that Xu calls "
        "a lie. “It is simply untrue,” she said."
    )
    assert attributed(body)[-1] == ("Xu Anli", "It is simply untrue,")


def test_she_after_the_source_is_the_woman_named_in_full_too():
    body = (
        CONTEXT + "According to Tang’s lawyer, Hu Dawen, police said they found stolen radios in his flat – a claim that Xu Anli "
        "calls a lie. “It is simply untrue,” she said."
    )
    assert attributed(body)[-1] == ("Xu Anli", "It is simply untrue,")


def test_she_in_a_paragraph_naming_nobody_is_the_woman_named_by_surname_just_above():
    body = (
        CONTEXT + "Xu at times posts pictures of the couple. In some, she stands beside her husband.\n\n"
        "It is on the same page that she tells their story: “We met at a strike,” she writes."
    )
    assert attributed(body)[-1] == ("Xu Anli", "We met at a strike,")


def test_she_where_no_relatives_noun_names_the_woman_stays_with_the_source():
    body = (
        "Union organiser Tang Bo was detained in March. Xu Anli, who campaigns with him, has had no news.\n\n"
        "According to Tang’s lawyer, Hu Dawen, police said they found stolen radios in his flat – a claim that Xu calls "
        "a lie. “It is simply untrue,” she said."
    )
    assert attributed(body)[-1] == ("Hu Dawen", "It is simply untrue,")


def test_he_after_the_source_is_unchanged_by_a_wife_named_before():
    body = (
        CONTEXT + "According to Tang’s lawyer, Hu Dawen, police said they found stolen radios in his flat – a claim that Hu calls "
        "a lie. “It is simply untrue,” he said."
    )
    assert attributed(body)[-1] == ("Hu Dawen", "It is simply untrue,")


def test_every_relatives_noun_the_sex_is_told_by_names_the_relative_too():
    """One list of relatives' nouns: one the sex rule knows ("granddaughter") credits the relative named by a given name
    alone as "his wife, Lynet" does."""
    body = (
        "Farmer Osei Tano lost his barn to the flood in May. “We had nothing left,” recalled his granddaughter, Amara.\n\n"
        "“The water came at night,” said his fiancée, Lin Yue."
    )
    assert attributed(body) == [("Amara", "We had nothing left,"), ("Lin Yue", "The water came at night,")]


def test_he_is_not_the_wife_a_relatives_noun_named_after_him():
    body = "Wu Ping, the shop owner, was there with his wife, Lin Hua. Lin said the police came twice. “They broke the door,” he said."
    assert attributed(body) == [("Wu Ping", "They broke the door,")]


def test_he_is_not_the_woman_whose_husband_the_text_names():
    body = (
        "Zhou Lanting has campaigned for months for her husband, labour organiser Tan Jun, who was detained in May.\n\n"
        "According to Zhou, police questioned Tan for hours. “They asked me the same thing again and again,” he told her later."
    )
    assert ("Zhou Lanting", "They asked me the same thing again and again,") not in attributed(body)


def test_she_still_goes_to_the_woman_whose_husband_the_text_names():
    body = (
        "Zhou Lanting has campaigned for months for her husband, Tan Jun, a labour organiser detained in May.\n\n"
        "Zhou said the call was short. “I am being treated well,” she said."
    )
    assert attributed(body) == [("Zhou Lanting", "I am being treated well,")]


def test_a_possessive_after_a_verb_of_saying_tells_nothing_of_the_speaker():
    body = "Ada Rinne lost her job at the port in May.\n\nOyo Danlami said her husband had been warned. “The port owes them an answer,” he said."
    assert attributed(body) == [("Oyo Danlami", "The port owes them an answer,")]


def test_the_possessive_before_a_relatives_noun_tells_the_sex_of_the_one_named_before_it():
    assert sex_as_kin_owner("Zhou Lanting has campaigned for months for her husband.", "Zhou Lanting") == "female"
    assert sex_as_kin_owner("Wu Ping, the shop owner, was there with his wife.", "Wu Ping") == "male"
    assert sex_as_kin_owner("Oyo Danlami said her husband had been warned.", "Oyo Danlami") is None
    assert sex_as_kin_owner("Oyo Danlami met Tan Jun and his wife.", "Oyo Danlami") is None


def test_a_bare_surname_goes_to_the_living_bearer_not_the_late_father_of_the_same_name():
    body = (
        "Officials met again this week.\n\n"
        "Senator Pieter Vand Jr. took the seat in 2020. His father, the late Pieter Vand Sr., held it for thirty years. "
        "“The port needs a new pier,” Vand told the council."
    )
    assert attributed(body) == [("Pieter Vand Jr.", "The port needs a new pier,")]


def test_a_living_relative_named_last_as_a_subject_still_takes_the_surname():
    body = (
        "Officials met again this week.\n\n"
        "Senator Pieter Vand Jr. took the seat in 2020. His father, Pieter Vand Sr., held it for thirty years. "
        "“The port needs a new pier,” Vand told the council."
    )
    assert attributed(body) == [("Pieter Vand Sr.", "The port needs a new pier,")]


def test_a_late_man_with_the_surname_to_himself_still_speaks_by_it():
    body = (
        "Officials met again this week.\n\n"
        "The port owes much to the late Pieter Vand, who ran it for years. In a 2019 video, Vand said the docks were “the city’s heart.”"
    )
    assert attributed(body) == [("Pieter Vand", "the city’s heart.")]


def test_a_late_senior_gives_up_the_surname_also_where_the_son_was_no_subject():
    body = (
        "Officials met again this week.\n\n"
        "Crowds cheered Senator Pieter Vand Jr. on Monday. His father, the late Pieter Vand Sr., built the pier. "
        "“The port needs a new pier,” Vand told the council."
    )
    assert attributed(body)[0][0] != "Pieter Vand Sr."
