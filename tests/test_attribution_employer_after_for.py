"""A name after "for" that follows a lower-case word ("who studies markets for Brisca Global Rating", "works for Harbour
Freight") is the object of that preposition, an employer, never the "he" of the words after it; a title's link ("Minister
for Trade Omar Kell") still names the subject, and a name after "of" is read as before ("the son of Omar Kell").
Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_an_employer_after_for_is_no_he():
    body = (
        "Wind is the key factor, according to Omar Kell, who studies power markets for Brisca Global Rating. "
        "By geographical “coincidence,” he said, the wind belt runs through farm states."
    )
    assert attributed(body) == [("Omar Kell", "coincidence,")]


def test_a_person_he_works_for_is_no_he_either():
    assert attributed("Omar Kell works for Brisca Global Rating. “We will act,” he said.") == [("Omar Kell", "We will act,")]


def test_near_miss_a_titles_link_before_the_name():
    assert attributed("Minister for Trade Omar Kell spoke on Monday. “We will act,” he said.") == [("Omar Kell", "We will act,")]


def test_near_miss_a_name_after_of_may_still_be_he():
    body = "She is the daughter-in-law of Omar Kell, the health secretary. In one interview, he called her “the best manager I know.”"
    assert attributed(body) == [("Omar Kell", "the best manager I know.")]


def test_near_miss_the_subject_of_an_infinitive_after_for_may_be_he():
    body = "The crisis was a chance for Omar Kell to press his plan. In a speech, he called the plan “the only way out.”"
    assert attributed(body) == [("Omar Kell", "the only way out.")]
