"""What a report's statements show elsewhere (fingerprints.statements_shown) is worked out where the report is read, in
parallel, and the build takes it while the report's statements name the same actors there and in the build."""

from __future__ import annotations

import hashlib
import pickle

import pytest
from dossier import analysis, fingerprints
from dossier.fingerprints import PageFingerprints, statements_named, statements_shown
from dossier.speakers import SpeakerBook
from test_statements import registry

BODY = """Tomas Varga said: "The ferry will run twice a day from May."

"We asked for three crossings," said Ilse Marrow, a councillor nobody in the registry knows.
"""
SOURCE = f'+++\ntitle = "Ferry Times"\ndate = 2022-06-30\nslug = "ferry-times"\n+++\n{BODY}'.encode()


@pytest.fixture
def read_apart(monkeypatch):
    """The report read as a build's worker reads it; its analysis as the build receives it."""
    monkeypatch.setattr(analysis, "_worker_registry", registry())
    monkeypatch.setattr(analysis, "_worker_registry_digest", "test")
    light, body = analysis._analyse_in_worker((SOURCE, "reports/ferry-times.md", hashlib.sha256(SOURCE).hexdigest(), ""))
    return analysis.whole(light, body)


def test_the_worker_keeps_what_the_statements_show_with_the_ids_they_name(read_apart):
    extraction = read_apart.extraction
    assert extraction.shown == (statements_named(extraction.statements), statements_shown(read_apart.report, extraction.statements))
    assert "marrow" in extraction.shown[0]  # a provisional speaker's id is among them


def test_the_build_takes_it_while_the_ids_are_the_same(read_apart, monkeypatch):
    book = SpeakerBook([read_apart.report], registry(), {"ferry-times": read_apart.extraction})
    worked_out = statements_shown(read_apart.report, book.by_report["ferry-times"])

    def not_again(*_args):
        raise AssertionError("worked out again")

    monkeypatch.setattr(fingerprints, "statements_shown", not_again)
    assert PageFingerprints({}, book).shown_elsewhere("ferry-times") == worked_out


def test_ids_changed_since_the_report_was_read_are_worked_out_again(read_apart):
    """The near miss: merging provisional speakers across reports renamed one (here, as if Marrow had been merged)."""
    book = SpeakerBook([read_apart.report], registry(), {"ferry-times": read_apart.extraction})
    named, shown = book.shown_when_read["ferry-times"]
    book.shown_when_read["ferry-times"] = (named.replace("marrow", "ilse-marrow"), "what the report's reader saw")
    assert PageFingerprints({}, book).shown_elsewhere("ferry-times") == shown


def test_a_kept_analysis_holds_it(read_apart):
    again = pickle.loads(pickle.dumps(read_apart))
    assert again.extraction.shown == read_apart.extraction.shown
