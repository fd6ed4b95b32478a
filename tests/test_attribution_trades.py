"""A trade capitalised before a full name whose given name no list knows is the person's role, not part of the name:
"Actress Mira Kolander said". Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed


def test_a_trade_before_a_full_name_no_list_knows_is_no_part_of_the_name():
    body = (
        "The festival opened on Friday. Actress Mira Kolander said “the city has never looked better than this.”\n\n"
        "Sculptor Tavi Orvenko told the paper: “I carved the whole thing in one winter.”"
    )
    assert attributed(body) == [
        ("Mira Kolander", "the city has never looked better than this."),
        ("Tavi Orvenko", "I carved the whole thing in one winter."),
    ]


def test_a_given_name_before_a_full_name_stays_in_the_name():
    found = attributed("Mary Ann Kolander said “the city has never looked better than this.”")
    assert found == [("Mary Ann Kolander", "the city has never looked better than this.")]
