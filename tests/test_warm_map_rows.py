"""The map rows of relations whose passages come from unchanged readings take from the last build not only the order of
their passages but their dates in that order and how many are report sentences (MapView.orders, kept in
map-row-orders.pickle): a warm build does not look at each of those passages again; nor, for the passages the map
page shows, at the readings they are in (MapView.page_shown, kept in map-page-shown.pickle). Edits that change only a date, or
an actor's name, give what a build from scratch gives."""

from __future__ import annotations

import pickle

from actor_map import PAGE_SHOWN, ROW_ORDERS
from conftest import build_seed_plus
from test_incremental import assert_same_site
from test_warm_archive import MEETING, REPORTS, build, edit


def kept_orders(output, name: str = ROW_ORDERS) -> dict:
    _, orders = pickle.loads((output.parent / ".dossier-cache" / output.name / name).read_bytes())
    return orders


def test_kept_map_rows_carry_their_dates_and_sentence_counts_and_warm_builds_after_date_and_name_edits_equal_builds_from_scratch(
    tmp_path,
):
    output, _ = build_seed_plus(tmp_path, {**REPORTS, "meeting-note.md": MEETING})
    content = tmp_path / "content"
    note = content / "reports" / "meeting-note.md"
    for signature, positions, dates, sentences in kept_orders(output).values():
        assert len(positions) == signature[1] and dates == sorted(dates) and 0 < sentences <= len(positions)
    edits = [
        # only a passage's date: the relation's dates and its row's date span change, its passages' order does not
        lambda: edit(note, "On March 5, 2022, Iranian", "On March 4, 2022, Iranian"),
        # only the report's date
        lambda: edit(note, "date = 2022-03-06", "date = 2022-03-08"),
        # a known actor renamed in the registry: every row that names them, with the passages kept
        lambda: edit(content / "actors.toml", 'name = "Jeyhun Bayramov"', 'name = "Jeyhun A. Bayramov"'),
    ]
    for number, change in enumerate(edits):
        change()
        build(content, output)
        scratch = tmp_path / f"scratch-{number}"
        build(content, scratch)
        assert_same_site(output, scratch)
        assert kept_orders(output) == kept_orders(scratch)
        # the passages the map page shows, kept with it: those of a row whose passages changed are gathered again
        assert kept_orders(output, PAGE_SHOWN) == kept_orders(scratch, PAGE_SHOWN)
