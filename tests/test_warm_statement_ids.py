"""A speaker's statement ids are worked out only when one of their pages is rendered (speakers.StatementIds), and are
then statement_ids(): a warm build takes most speaker pages from the last build and never needs them."""

from __future__ import annotations

from dossier import pages
from dossier.model import Statement
from speakers import StatementIds


def statements() -> list[Statement]:
    # two statements in one paragraph share a base id: the second is numbered
    places = [("r1", "p-1"), ("r1", "p-1"), ("r1", "p-2"), ("r2", "p-1"), ("r1", "p-1")]
    return [Statement("a", report, "index", anchor, [f"quote {n}"]) for n, (report, anchor) in enumerate(places)]


def test_the_ids_are_statement_ids_by_index_and_by_slice():
    found = statements()
    expected = pages.statement_ids(found)
    ids = StatementIds(found)
    assert len(ids) == len(expected) == 5
    assert ids[1:4] == expected[1:4] and ids[0] == expected[0] and ids[-1] == expected[-1] == "s-r1-p-1-3"
    assert list(ids) == expected


def test_the_ids_are_not_worked_out_until_asked_for_and_then_once(monkeypatch):
    calls = []
    real = pages.statement_ids
    monkeypatch.setattr("speakers.statement_ids", lambda found: calls.append(1) or real(found))
    ids = StatementIds(statements())
    assert len(ids) == 5 and calls == []
    assert ids[0:2] == ["s-r1-p-1", "s-r1-p-1-2"] and ids[2] == "s-r1-p-2"
    assert calls == [1]
