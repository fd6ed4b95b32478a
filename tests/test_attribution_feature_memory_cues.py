"""Verbs of memory and musing a feature sets after a quotation ("“…,” remembers Ana Roe, the trust's surveyor, with a
grin"): passages written for these tests, each with the near misses beside them."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "“The reeds came back on their own,” {verb} Ilse Varga, the marsh warden, with a grin. “We only stopped cutting.”"


@pytest.mark.parametrize("verb", ["remembers", "remembered", "recollects", "reminisces", "muses", "marvels", "recalls"])
def test_a_verb_of_memory_or_musing_inverted_after_the_quote_names_its_speaker(verb: str) -> None:
    assert attributed(WORDS.format(verb=verb)) == [
        ("Ilse Varga", "The reeds came back on their own,"),
        ("Ilse Varga", "We only stopped cutting."),
    ]


def test_the_verb_after_a_pronoun_names_the_one_the_passage_is_about() -> None:
    body = "Ilse Varga keeps the marsh counts. “The reeds came back on their own,” she marvels."
    assert attributed(body) == [("Ilse Varga", "The reeds came back on their own,")]


def test_a_body_neither_remembers_nor_muses_after_a_quote() -> None:
    assert attributed("“The reeds came back on their own,” remembers the marsh trust.") == []


@pytest.mark.parametrize(
    "body",
    [
        "Ilse Varga marvelled at the “sheer nerve” of the drainage plan.",
        "Ilse Varga recollects the “long winter” of 1998 as the worst.",
        "Ilse Varga reminisces about the “golden years” of the marsh.",
        "Ilse Varga remembers the day the “Great Flood” came.",
    ],
)
def test_the_verbs_with_an_object_before_a_phrase_in_marks_credit_nobody(body: str) -> None:
    assert attributed(body) == []
