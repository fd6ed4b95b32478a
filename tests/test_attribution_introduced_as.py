""" "<A> introduced <B> to the audience as “…”": the host's words for the guest, A's (event and speech reports:
introductions, toasts, citations); "introduced" with no "as" before the quotation says nothing. Passages written for these
tests."""

from __future__ import annotations

from passages import attributed


def test_introduced_to_the_audience_as():
    body = "Tomas Feld introduced Mara Venn to the audience as “someone who has changed what it means to run a shipyard” and took his seat."
    assert attributed(body) == [("Tomas Feld", "someone who has changed what it means to run a shipyard")]


def test_introduced_by_surname_to_the_conference_as():
    body = "Tomas Feld spoke first. Feld introduced Venn to the conference as “the best builder of her generation”."
    assert attributed(body) == [("Tomas Feld", "the best builder of her generation")]


def test_introduced_a_scheme_is_no_cue():
    assert attributed("Tomas Feld introduced a “new” scheme for the port.") == []
