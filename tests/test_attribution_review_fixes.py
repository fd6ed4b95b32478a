"""Mends after a review of the round 555-569 rules: passages written for these tests, each with the near miss beside
it."""

from __future__ import annotations

from dossier.attribution.names import _without_aside_before_partner
from passages import attributed


def test_a_womans_name_that_begins_with_a_mans_short_form_is_another_person():
    body = (
        "Chris Apte runs the ferry to the island.\n\n"
        "His sister Christine Apte said the timetable was cut in May.\n\n"
        "Chris Apte said it “will not run at all in winter”."
    )
    assert attributed(body)[-1] == ("Chris Apte", "will not run at all in winter")
    # a man's short form beside his long form is still one man
    man = (
        "Chris Apte runs the ferry to the island.\n\n"
        "Christopher Apte said the timetable was cut in May.\n\n"
        "Apte said it “will not run at all in winter”."
    )
    assert attributed(man)[-1] == ("Christopher Apte", "will not run at all in winter")


def test_the_pronoun_of_a_where_clause_after_an_object_is_the_subjects():
    body = "Otto Brenn had lunch with his rival Ivo Lind after the vote, where he told reporters that the port “will stay open all night”."
    assert attributed(body) == [("Otto Brenn", "will stay open all night")]
    # a talk by the person named last: the "he" of "where" is theirs
    talk = "Otto Brenn spoke after a talk by port chief Ivo Lind at the dock, where he told reporters that the port “will stay open all night”."
    assert attributed(talk) == [("Ivo Lind", "will stay open all night")]


def test_a_person_urging_me_to_adopt_a_quoted_stance_is_quoted():
    body = "Brenn later urged me to adopt a “zero-tolerance stance on graft” in the new office."
    assert attributed(body) == [("Brenn", "zero-tolerance stance on graft")]
    # a method's instruction names the writers' working term, nobody's words
    method = "The city's guidelines directed us to isolate one “anchor habit” for each street we visited."
    assert attributed(method) == []
    far = (
        "The city's guidelines were written in 2019 by a panel of planners, and for each of the streets we visited that "
        "spring our lead organiser Mira Tosk later urged us to adopt a “zero-tolerance stance on graft” in the office."
    )
    assert attributed(far) == [("Mira Tosk", "zero-tolerance stance on graft")]


def test_an_aside_in_dashes_with_only_spaces_before_it_is_left_alone():
    left = "  - who now works at Dunmore - and Teo Varga said"
    assert _without_aside_before_partner(left) == left
    named = "Mira Kolb - who now works at Dunmore - and Teo Varga said"
    assert _without_aside_before_partner(named) == "Mira Kolb" + " " * len(" - who now works at Dunmore -") + " and Teo Varga said"
