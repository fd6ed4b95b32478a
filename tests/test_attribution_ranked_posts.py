"""A college's or school's post in title case after a name and a comma ("Dr Ana Roe, Senior Tutor, says"): the post of
the person named before it, never a person named "Senior Tutor". Passages written for these tests, with near misses."""

from __future__ import annotations

from dossier.attribution.ranked_posts import ranked_post
from passages import attributed


def test_a_senior_tutor_after_the_name_is_her_post():
    body = "Dr Wenna Talbot, Senior Tutor of the School of Geography, says: “students wait far too long for help.”"
    assert attributed(body) == [("Wenna Talbot", "students wait far too long for help.")]


def test_a_hyphenated_vice_post_with_its_remit_and_a_relative_clause():
    body = (
        "Professor Ilse Marr, Vice-Provost (Teaching), who oversees the halls, told the paper the college would act: "
        "“We will add evening hours this term.”"
    )
    assert attributed(body) == [("Ilse Marr", "We will add evening hours this term.")]


def test_a_deputy_head_teacher_and_a_senior_lecturer():
    assert attributed("Omar Kell, Deputy Head Teacher, says: “The buses come late.”") == [("Omar Kell", "The buses come late.")]
    assert attributed("Omar Kell, Senior Lecturer, says: “The buses come late.”") == [("Omar Kell", "The buses come late.")]


def test_a_title_and_a_surname_after_a_comma_stay_a_person():
    # "Deputy Dean Reed": a title before a surname, another person in a list
    assert not ranked_post("Deputy Dean Reed")
    assert not ranked_post("Senior Reed")
    assert not ranked_post("Tom Reed")
    assert not ranked_post("senior tutor")


def test_the_posts_read_so():
    assert ranked_post("Senior Tutor")
    assert ranked_post("Vice-Provost")
    assert ranked_post("Pro-Vice-Chancellor")
    assert ranked_post("Head Teacher")
    assert ranked_post("Associate Dean")
