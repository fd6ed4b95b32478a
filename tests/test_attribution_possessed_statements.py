"""A quotation that is the whole content of a named person's statement ("in reply to Jane Roe’s statement that “…”")
is that person's, not the one a verb after it names. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "As if in reply to Jane Roe’s election statement that “We decide who lands here”, Tomas Wren suggested that rights are not absolute.",
            "We decide who lands here",
        ),
        ("In reply to Jane Roe’s claim in May that “the quay is safe”, Tomas Wren said the pier was closed.", "the quay is safe"),
    ],
)
def test_the_quoted_statement_is_its_owners(sentence, quote):
    assert attributed(sentence) == [("Jane Roe", quote)]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Jane Roe’s claim that the port is closing is “plain wrong”, Tomas Wren said.", "plain wrong"),
        ("“We decide who lands here,” Tomas Wren said of Jane Roe’s plan.", "We decide who lands here,"),
    ],
)
def test_a_judgement_of_the_statement_stays_the_judges(sentence, quote):
    # near misses: the words judge the claim, or no claim holds them
    assert attributed(sentence) == [("Tomas Wren", quote)]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Asked about Jane Roe’s comments on the quay, the harbour master argued that “it is safe,” Tomas Wren said.", "it is safe,"),
        ("After Jane Roe’s remarks in May, critics insisted that “the quay is safe,” Tomas Wren said.", "the quay is safe,"),
        ("Answering Jane Roe’s claims the harbour master insisted that “the quay is safe,” Tomas Wren said.", "the quay is safe,"),
    ],
)
def test_a_rebuttal_after_the_possessed_remarks_stays_the_rebutters(sentence, quote):
    # near misses: a clause with its own verb of saying stands between the remarks and "that"
    assert attributed(sentence) == [("Tomas Wren", quote)]
