"""A name after "for" that follows a verb of working or a job's noun ("who studies markets for Brisca Global Rating",
"works for Harbour Freight", "economist for Brisca") is the object of that preposition, an employer, never the "he" of the words after it; a title's link ("Minister
for Trade Omar Kell") still names the subject, and a name after "of" is read as before ("the son of Omar Kell").
Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_an_employer_after_for_is_no_he():
    body = (
        "Rates will climb, says Omar Kell, who tracks grain prices and studies freight markets for Brisca Global Rating. "
        "In a short note, he called the harvest “a fragile one.”"
    )
    assert attributed(body) == [("Omar Kell", "a fragile one.")]


def test_a_jobs_noun_before_for_names_an_employer():
    body = "Omar Kell is chief economist for Brisca Global Rating. “Prices will fall,” he said."
    assert attributed(body) == [("Omar Kell", "Prices will fall,")]


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


def test_near_miss_asked_searched_or_waited_for_a_person_who_is_then_he():
    for verb in ("Reporters asked", "Police searched", "The crowd waited"):
        body = f"{verb} for Tom Reed. “I am late,” he said."
        assert attributed(body) == [("Tom Reed", "I am late,")], verb
