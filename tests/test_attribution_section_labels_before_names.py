"""A page's section label run into the line under it before a full name ("Analysis Tom Hale said"): the label is no part
of the name. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed, attributed_with_kinds


def test_a_section_label_before_a_given_name_or_a_title_is_no_part_of_the_name():
    analysis = "Analysis Tom Hale said the fares were “far too high for anyone.”"
    assert attributed(analysis) == [("Tom Hale", "far too high for anyone.")]
    after = "“The fares are far too high,” Analysis Tom Hale said."
    assert attributed(after) == [("Tom Hale", "The fares are far too high,")]
    titled = "Reaction Mayor Ann Poe said the fares were “far too high for anyone.”"
    assert attributed(titled) == [("Ann Poe", "far too high for anyone.")]
    # a title no list of given names holds after the label: the label goes all the same
    lord = "Warning Lord Hale said the plan was “reckless.”"
    assert attributed(lord) == [("Lord Hale", "reckless.")]
    # near misses: a label's word opening a body's name stays the body's, also where a given name follows the label
    # (the body's own word says it is one)
    assert attributed("Truth Social said the post was “a mistake.”") == [("Truth Social", "a mistake.")]
    assert attributed("Mission Harbour said the shelter was “full every night.”") == [("Mission Harbour", "full every night.")]
    hospital = "Mission Grace Hospital said the ward was “full every night.”"
    assert attributed_with_kinds(hospital) == [("Mission Grace Hospital", "organization", "full every night.")]
    council = "Point Douglas Council said the fares were “far too high.”"
    assert attributed_with_kinds(council) == [("Point Douglas Council", "organization", "far too high.")]


def test_every_kicker_a_news_page_sets_over_a_story_is_a_section_label():
    # the kickers the caption and teaser readers know ("Exclusive:", "Interview") are labels before a name too
    exclusive = "Exclusive Ann Poe said the plan was “reckless.”"
    assert attributed(exclusive) == [("Ann Poe", "reckless.")]
    interview = "Interview Tom Hale said the plan was “reckless.”"
    assert attributed(interview) == [("Tom Hale", "reckless.")]
    # near miss: a body's name after the kicker's word stays whole
    board = "Review Board said the plan was “reckless.”"
    assert attributed(board) == [("Review Board", "reckless.")]
