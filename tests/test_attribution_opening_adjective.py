"""A capitalised adjective opening a sentence ("Meaningless terms such as “deregulation” …") is no name, unless the report
shows it to be one. Passages written for these tests."""

from __future__ import annotations

import dossier.attribution.engine as engine_module
import pytest
from counting import CallCounter
from passages import attributed


@pytest.mark.parametrize("adjective", ["Meaningless", "Powerful", "Dangerous"])
def test_an_adjective_opening_the_sentence_is_no_speaker(adjective):
    body = f"{adjective} terms such as “deregulation” and “free markets” ignore the need for rules in a harbour economy."
    assert attributed(body) == []


def test_a_surname_with_such_an_ending_stays_a_name():
    body = "Gary Burtless studies the port. Burtless said the plan was “a gamble with the harbour” at best."
    assert attributed(body) == [("Gary Burtless", "a gamble with the harbour")]


def test_a_plain_noun_opening_stays_no_speaker():
    body = "Empty slogans such as “growth first” and “open water” ignore the same need."
    assert attributed(body) == []


def test_the_report_is_scanned_for_sentence_openings_once(monkeypatch: pytest.MonkeyPatch):
    """Many one-word names with an adjective's ending: the report is read for its sentence openings once, not once
    for each name (which grew as the square of the report's length)."""
    scans = CallCounter(monkeypatch, engine_module, "words_opening_a_sentence")
    body = "".join(f"“Yes,” Harbour{chr(97 + at)}ous said.\n\nCareless terms such as “{at}” ignore the rules.\n\n" for at in range(20))
    attributed(body)
    assert scans.count == 1
