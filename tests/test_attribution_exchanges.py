"""Patterns of reported exchanges (radio and press-conference questions, answers quoted one word at a time, a quotation
quoting others in the same marks): passages written for these tests, each with the near miss beside it."""

from __future__ import annotations

from passages import attributed


def test_an_adverb_opening_the_sentence_is_no_part_of_the_speakers_name():
    body = (
        "Transport Minister Jim Dorcey defended the plan on Monday.\n\n"
        "Again Inspector Ross Kalder replied: “No.”\n\n"
        "Reluctantly Mayor Ana Brill replied: “Not yet.”\n\n"
        "Kelly Farrow replied: “Never.”"
    )
    assert attributed(body) == [("Inspector Ross Kalder", "No."), ("Ana Brill", "Not yet."), ("Kelly Farrow", "Never.")]


def test_the_one_asked_by_a_named_host_is_the_he_who_replies():
    asked = "When Commissioner Ross Kalder was asked if police were consulted about the toll by radio host {host} on Thursday, {he} replied: “No.”"
    assert attributed(asked.format(host="Paul Grady", he="he")) == [("Ross Kalder", "No.")]
    assert attributed(asked.format(host="Paula Grady", he="he")) == [("Ross Kalder", "No.")]
    # the pronoun's gender says otherwise: the host answers
    assert attributed(asked.format(host="Paula Grady", he="she")) == [("Paula Grady", "No.")]
    # no agent named: the one asked, as before
    assert attributed("When Commissioner Ross Kalder was asked if police were consulted about the toll, he replied: “No.”") == [
        ("Ross Kalder", "No.")
    ]
