"""A surname opening with the Arabic article ("Al-Zayani", "al-Marri") used alone is the person the report names in
full with it, wherever it names them (a trailing "its chairman … said", an apposition), as the English-language Gulf
and Levant press writes; a body's name with the article ("the Al-Noor Foundation", "Asharq Al-Awsat") stays a body.
Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed_with_kinds

LEAD = "The Qarun Water Board widened relief for small farms on Monday, its chairman Yusuf Al-Zayani said.\n\n"


def test_a_bare_article_surname_after_a_trailing_full_name_is_the_person():
    body = LEAD + "“The grace period helps new farms most,” Al-Zayani said."
    assert attributed_with_kinds(body) == [("Yusuf Al-Zayani", "person", "The grace period helps new farms most,")]


def test_a_he_after_the_bare_article_surname_as_subject_is_the_person():
    body = LEAD + "Al-Zayani told reporters the board had studied the plan for a year.\n\n“We will look at it again in spring,” he said."
    assert attributed_with_kinds(body) == [("Yusuf Al-Zayani", "person", "We will look at it again in spring,")]


def test_a_bare_quotation_after_the_bare_article_surname_goes_on_with_the_person():
    body = (
        "The board's chairman, Yusuf al-Marri, said the board wanted to help.\n\n"
        "Al-Marri said the plan had worked. “Farms can defer the levy and spread it over two seasons without penalty.” "
        "Other boards may follow."
    )
    assert attributed_with_kinds(body) == [("Yusuf al-Marri", "person", "Farms can defer the levy and spread it over two seasons without penalty.")]


def test_a_bodys_name_with_the_article_stays_a_body():
    body = "The Al-Amal Foundation opened a shelter on Monday.\n\n“The doors stay open all winter,” Al-Amal said in a statement."
    assert attributed_with_kinds(body) == [("Al-Amal", "organization", "The doors stay open all winter,")]


def test_an_outlets_name_ending_in_an_article_word_stays_an_outlet():
    body = "Talks resumed on Monday, the daily Sawt Al-Qalam reported.\n\n“The sides met for four hours,” Al-Qalam said."
    assert [kind for _who, kind, _words in attributed_with_kinds(body)] != ["person"]
