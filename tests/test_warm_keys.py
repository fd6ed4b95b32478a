"""The per-report keys a warm build works out for every report (the search part's, the map shard's relations, what
pages drawn from many reports show of one) and the book's statement order, made with less Python work: each still
changes with everything it stands for, and the answers are those of the plain formulas."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from dossier import search
from dossier.mapdata import MapView
from dossier.speakers import statement_order


def statement(**fields):
    found = {"anchor": "p-3", "speaker": "khamenei", "date": dt.date(2021, 10, 2), "date_is_guess": False, "report_slug": "report-0001"}
    found.update(fields)
    return SimpleNamespace(**found)


def test_statement_order_is_date_report_and_paragraph():
    for each in (
        statement(),
        statement(date=None),
        statement(anchor="p-12"),
        statement(anchor="intro"),
        statement(date=dt.date(2021, 10, 2), anchor="p-3"),  # the same again: from the kept answers
    ):
        day = each.date.isoformat() if each.date else "9999"
        number = int(each.anchor.rsplit("-", 1)[1]) if each.anchor[-1].isdigit() else 0
        assert statement_order(each) == (day, each.report_slug, number)
    ordered = sorted(
        [statement(anchor="p-12"), statement(date=None), statement(anchor="p-3"), statement(date=dt.date(2020, 1, 5))], key=statement_order
    )
    assert [(s.date, s.anchor) for s in ordered] == [
        (dt.date(2020, 1, 5), "p-3"),
        (dt.date(2021, 10, 2), "p-3"),
        (dt.date(2021, 10, 2), "p-12"),
        (None, "p-3"),
    ]


def test_date_bounds_are_the_first_and_last_date_of_any_passage():
    view = MapView.__new__(MapView)
    relations = {
        "a": SimpleNamespace(dates=[dt.date(2021, 3, 1), dt.date(2022, 5, 1)]),
        "b": SimpleNamespace(dates=[]),  # only undated passages
        "c": SimpleNamespace(dates=[dt.date(2020, 12, 31), dt.date(2021, 1, 1)]),
    }
    view.graph = SimpleNamespace(relations=relations)
    assert view.date_bounds() == ("2020-12-31", "2022-05-01")
    view.graph = SimpleNamespace(relations={"b": relations["b"]})
    assert view.date_bounds() == ("", "")


def test_the_search_part_key_changes_with_everything_the_part_shows():
    report = SimpleNamespace(source_path="reports/a.md", source_digest=lambda: "d1")
    names = {"khamenei": "Ali Khamenei", "raisi": "Ebrahim Raisi"}

    def key(statements, report=report, names=names):
        return search.part_key("code", report, statements, names.__getitem__)

    base = key([statement(), statement(anchor="p-5", speaker="raisi")])
    assert base == key([statement(), statement(anchor="p-5", speaker="raisi")])
    others = [
        key([statement(), statement(anchor="p-6", speaker="raisi")]),
        key([statement(), statement(anchor="p-5", speaker="khamenei")]),
        key([statement(), statement(anchor="p-5", speaker="raisi", date=None)]),
        key([statement(), statement(anchor="p-5", speaker="raisi", date_is_guess=True)]),
        key([statement()]),
        key([statement(), statement(anchor="p-5", speaker="raisi")], names={**names, "raisi": "Raisi"}),
        key([statement(), statement(anchor="p-5", speaker="raisi")], report=SimpleNamespace(source_path="reports/a.md", source_digest=lambda: "d2")),
        # fields that run into each other give other keys
        key([statement(anchor="p-5", speaker="raisi"), statement()]),
    ]
    assert len({base, *others}) == len(others) + 1


def test_a_shards_relations_name_each_relation_and_its_basis():
    view = MapView.__new__(MapView)
    view.book = SimpleNamespace(reports={"r1": None, "r2": None, "r3": None})
    rows = [
        (SimpleNamespace(relation=SimpleNamespace(key="a--support--b"), basis=""), ["r1", "r2"]),
        (SimpleNamespace(relation=SimpleNamespace(key="a--member--c"), basis="actor registry"), ["r2"]),
    ]
    view._row_reports = lambda: rows
    found = view.shard_relations()
    assert found["r3"] == "[]"
    assert found["r1"] != found["r2"]
    rows[1][0].basis = ""
    assert view.shard_relations()["r2"] != found["r2"]  # the registry no longer a basis: the shard is made again
    assert view.shard_relations()["r1"] == found["r1"]
