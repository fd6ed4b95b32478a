"""A sentence opening on "For" and a person named in full, a description after the name or not, then the subject of a
clause (with "is" or "was" or alone) whose predicate is the quotation ending the sentence ("For Dena Marrow, a historian
of shipbuilding at Calder College, the closure “ends a century of craft.”"): magazines give the person's view in their
own words so, as "In Dena Marrow's view, …" does. A clause with a verb of its own, or an outlet, a body or a person as
its subject, says whose the quoted words are."""

from __future__ import annotations

import pytest
from passages import attributed

LEAD = "The last shipyard in Calder closes in March.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "For Dena Marrow, a historian of shipbuilding at Calder College, the closure “ends a century of craft.”",
        "For Dena Marrow, the closure “ends a century of craft.”",
        "For Dena Marrow, a local historian, the answer is “more apprentices, not more cranes.”",
    ],
)
def test_a_view_framed_by_for_and_a_person_ending_on_the_quotation_is_theirs(sentence: str) -> None:
    assert [speaker for speaker, _quote in attributed(LEAD + sentence)] == ["Dena Marrow"]


def test_the_quotation_after_the_framed_view_goes_on_with_the_same_person() -> None:
    body = LEAD + (
        "For Dena Marrow, a historian of shipbuilding at Calder College, the closure “ends a century of craft.”\n\n"
        "“The town grew up around that yard,” Marrow added."
    )
    assert attributed(body) == [
        ("Dena Marrow", "ends a century of craft."),
        ("Dena Marrow", "The town grew up around that yard,"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the quotation the clause's subject (a term it is about), a relative clause after the name, one word
        # or a body after "For"
        "For Ivo Castell, “civic calm” meant order.",
        "For Dena Marrow, who grew up by the yard, the closure “ends a century of craft.”",
        "For Marrow, the closure “ends a century of craft.”",
        "For Calderworks, the closure “ends a century of craft.”",
        "For most historians, the closure “ends a century of craft.”",
        # the clause has a verb of naming or its own verb, with an outlet or a body as its subject: the words are theirs
        "For Dena Marrow, the newspaper coined the nickname “the Iron Lady of Calder.”",
        "For Dena Marrow, the award recognises “a lifetime of service.”",
        "For Dena Marrow, the council granted “the freedom of the town.”",
    ],
)
def test_no_view_of_a_person_in_full_framing_a_closing_quotation_credits_no_one(sentence: str) -> None:
    assert attributed(LEAD + sentence) == []


def test_a_cue_after_the_quotation_keeps_its_speaker() -> None:
    sentence = "For Dena Marrow, the closure “ends a century of craft,” said Ana Ruiz, a rival historian."
    assert [speaker for speaker, _quote in attributed(LEAD + sentence)] == ["Ana Ruiz"]
