"""An as-clause naming where the one it names writes and when ("As journalist Tom Hadley in the Northport Herald
reported in 2019, “…”", "As Port Director Lena Moss indicated last year, … “…”") stands the sentence on their word, as
"As Weitz notes, “…”" does: passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_as_x_in_an_outlet_reported_in_a_year():
    body = "As journalist Tom Hadley in the Northport Herald reported in 2019, “ferries carrying hundreds of people have capsized”."
    assert attributed(body) == [("Tom Hadley", "ferries carrying hundreds of people have capsized")]


def test_as_x_indicated_last_year():
    body = "As Port Director Lena Moss indicated last year, none of the vessels inspected had “failed a safety assessment in a decade”."
    assert attributed(body) == [("Lena Moss", "failed a safety assessment in a decade")]


def test_as_x_said_on_a_weekday():
    body = "As harbour master Ilse Marwick said on Monday, “nobody sails until the storm has passed”."
    assert attributed(body) == [("Ilse Marwick", "nobody sails until the storm has passed")]


def test_an_as_clause_with_no_verb_of_saying_stays_nobody_s():
    body = "As Port Director Lena Moss arrived last year, the inspectors had “failed a safety assessment in a decade”."
    assert attributed(body) == []


def test_a_clause_of_its_own_that_reports_words_governs_the_quote():
    body = "As journalist Tom Hadley in the Northport Herald reported in 2019, the minister Ada Roe told the board that “ferries have capsized”."
    assert attributed(body) == [("Ada Roe", "ferries have capsized")]
