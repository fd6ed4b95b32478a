"""A place's, a body's or a person's possessive before a person named in full, with a post between or none ("said Kelby
council’s Ada Roe", "said Marsh Bank’s chief economist Ada Roe"): the person speaks, never the owner. Passages written
for these tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from passages import attributed, attributed_with_kinds

LEAD = "The harbour plan was approved on Monday.\n\n"


@pytest.mark.parametrize(
    "cue",
    [
        "said Kelby council’s Ada Roe.",
        "said Kelby council's chief executive Ada Roe.",
        "said Marsh Bank’s chief economist Ada Roe.",
        "said Harbour Institute’s director Ada Roe.",
        "said Gizmo Works’ Ada Roe.",
        "said Kelby’s mayor Ada Roe.",
        "says Norland’s foreign minister Ada Roe.",
        "said Kelby council’s Ada Roe, who chairs the wharf board.",
    ],
)
def test_the_person_after_an_owners_possessive_speaks_after_an_inverted_cue(cue: str) -> None:
    assert attributed(LEAD + "“The wharf will open in May,” " + cue) == [("Ada Roe", "The wharf will open in May,")]


def test_according_to_a_councils_officer_is_the_officer() -> None:
    body = LEAD + "According to Kelby council's Ada Roe, “the wharf will open in May.”"
    assert attributed(body) == [("Ada Roe", "the wharf will open in May.")]


def test_the_owners_person_before_the_cue_is_unchanged() -> None:
    for opening in ("Kelby council's Ada Roe said:", "Harbour Institute's director Ada Roe said:", "Kelby Council’s Ada Roe said:"):
        assert attributed(LEAD + opening + " “The wharf will open in May.”") == [("Ada Roe", "The wharf will open in May.")]


def test_near_misses_the_body_itself_an_unnamed_post_and_a_clause_after_the_possessive() -> None:
    assert attributed_with_kinds(LEAD + "“The wharf will open in May,” said Kelby council.") == [
        ("Kelby council", "organization", "The wharf will open in May,")
    ]
    assert attributed_with_kinds(LEAD + "Kelby Council said: “The wharf will open in May.”") == [
        ("Kelby Council", "organization", "The wharf will open in May.")
    ]
    assert attributed(LEAD + "“The wharf will open in May,” said Roe’s lawyer.") == []
    body = LEAD + "“The wharf will open in May,” said Ostland’s closest ally, Norland."
    assert attributed(body) == []
