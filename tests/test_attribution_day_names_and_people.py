"""A weekday that is a person's surname after her given name ("Billy Sunday"), and a day's name run into the name of the
person after it ("Labor Day Ann Poe said", a sentence's time with no comma): passages written for these tests, with the
near misses beside them."""

from __future__ import annotations

from passages import attributed, attributed_with_kinds


def test_a_weekday_after_a_listed_given_name_is_the_surname():
    billy = "Billy Sunday said the fares were “far too high for anyone.”"
    assert attributed(billy) == [("Billy Sunday", "far too high for anyone.")]
    ruby = "“The fares are far too high,” Ruby Tuesday said."
    assert attributed(ruby) == [("Ruby Tuesday", "The fares are far too high,")]
    # near misses: a weekday after "on" or after a full name is the day, and a word that makes a day's name is no given name
    on_sunday = "On Sunday Ann Poe said the fares were “far too high for anyone.”"
    assert attributed(on_sunday) == [("Ann Poe", "far too high for anyone.")]
    after_name = "“The fares are far too high,” Ann Poe Sunday said."
    assert attributed(after_name) == [("Ann Poe", "The fares are far too high,")]
    easter = "Easter Sunday Ann Poe said the fares were “far too high for anyone.”"
    assert attributed(easter) == [("Ann Poe", "far too high for anyone.")]


def test_a_weekday_after_the_last_word_of_a_person_named_before_is_the_day():
    # the given name is the surname (or the given name) of someone the text named: that person, speaking on the day
    surname = "Senator Bella Warren spoke at the hall. “The fares are far too high,” Warren Tuesday said."
    assert attributed(surname) == [("Bella Warren", "The fares are far too high,")]
    general = "General Otto Grant rode in. “We will hold the line,” Grant Monday said."
    assert attributed(general) == [("Otto Grant", "We will hold the line,")]
    titled = "Pope Leo visited Carrow. “We must pray for peace,” Leo Sunday told pilgrims."
    assert attributed(titled) == [("Pope Leo", "We must pray for peace,")]
    # near misses: the name with the weekday named before is that name again; a place ending in the word names no person
    again = "Evangelist Billy Sunday preached at Carrow. “The fares are far too high,” Billy Sunday said."
    assert attributed(again) == [("Billy Sunday", "The fares are far too high,")]
    place = "Ann Poe met Lake Warren residents. “The fares are far too high,” Warren Tuesday said."
    assert attributed(place) == [("Warren Tuesday", "The fares are far too high,")]


def test_a_days_name_run_into_the_name_after_it_is_no_part_of_it():
    labor = "Labor Day Ann Poe said the fares were “far too high for anyone.”"
    assert attributed(labor) == [("Ann Poe", "far too high for anyone.")]
    on_labor = "On Labor Day Ann Poe said the fares were “far too high for anyone.”"
    assert attributed(on_labor) == [("Ann Poe", "far too high for anyone.")]
    mothers = "On Mother's Day Ann Poe said the fares were “far too high for anyone.”"
    assert attributed(mothers) == [("Ann Poe", "far too high for anyone.")]
    # a title only a person bears opens the name: the day goes (a title others shed anyway, "Christmas Day Pope Leo")
    titled = "Independence Day Lord Hale said the parade was “a triumph.”"
    assert attributed(titled) == [("Lord Hale", "a triumph.")]
    knight = "Flag Day Sir Tom Hale said the parade was “a triumph.”"
    assert attributed(knight) == [("Tom Hale", "a triumph.")]
    assert attributed("Christmas Day Pope Leo said the war was “a wound on all of us.”") == [("Pope Leo", "a wound on all of us.")]
    # near misses: a person whose surname is Day, a day with a comma before the name, and a day's event with its
    # organisers, unnamed, stay as they were
    assert attributed("“The fares are far too high,” Doris Day said.") == [("Doris Day", "The fares are far too high,")]
    comma = "Labor Day, Ann Poe said, was “a disaster for the shops.”"
    assert attributed(comma) == [("Ann Poe", "a disaster for the shops.")]
    assert attributed("Labor Day Parade organisers said the route was “far too long.”") == []
    assert attributed("“The fares are far too high,” Mother's Day organisers said.") == []
    # a body named after a day, its last word a body's that may be a title too, stays whole
    council = "Remembrance Day Council said the parade was “a triumph.”"
    assert attributed_with_kinds(council) == [("Remembrance Day Council", "organization", "a triumph.")]
    board = "Victory Day Board said the parade was “a triumph.”"
    assert attributed_with_kinds(board) == [("Victory Day Board", "organization", "a triumph.")]
