"""The actor map's pure code (theme/static/js/map-state.js) on a small fixture page, without vis-network or a built site:
the hash, what is shown, the relations of an actor, label placement, the starting view and what a tap hits."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import OfflinePage

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "map-state.html"
PRELUDE = """
  const S = window.DossierMapState;
  const g = JSON.parse(document.getElementById('graph').textContent);
  g.byId = {};
  g.nodes.forEach(n => { g.byId[n.id] = n; });
  const known = Object.assign({ids: g.byId}, g.known);
  const datesOf = e => e.dates;
  const ids = set => Object.keys(set).sort();
"""


@pytest.fixture(scope="module")
def fixture_page(browser):
    view = OfflinePage(browser)
    view.page.goto(FIXTURE.as_uri())
    yield view
    view.close()


@pytest.fixture
def run(fixture_page):
    def evaluate(body: str, arg=None):
        return fixture_page.page.evaluate(f"(arg) => {{ {PRELUDE} {body} }}", arg)

    yield evaluate
    assert fixture_page.errors == [] and fixture_page.blocked == []


DEFAULT = {
    "focus": "",
    "report": "",
    "kinds": ["person", "state", "organization", "outlet"],
    "relations": ["contact", "support", "opposition", "co-mention"],
    "from": "",
    "to": "",
}


@pytest.mark.parametrize(
    "fragment",
    [
        "",
        "#",
        "#focus=%",
        "#report=%E0%A4%A",
        "#focus=__proto__",
        "#focus=constructor",
        "#focus=toString&report=hasOwnProperty",
        "#focus=nobody&report=r9",
        "#kinds=nonsense&relations=%zz",
        "#from=2021-02-30&to=99999-01-01",
        "#from=2022-01-01&to=2021-01-01",
        "#from=0999-01-01&to=2021-13-01",
        "#=&&=&focus",
    ],
)
def test_a_bad_hash_gives_the_default_state(run, fragment):
    assert run("return S.readHash(arg, known);", fragment) == DEFAULT


def test_the_good_parts_of_a_hash_are_kept_and_the_bad_ones_dropped(run):
    state = run("return S.readHash(arg, known);", "#focus=amir&report=%E0%A4%A&kinds=person,bogus,state&from=2021-10-01&to=2021-02-30")
    assert state == dict(DEFAULT, focus="amir", kinds=["person", "state"], **{"from": "2021-10-01"})
    assert run("return S.readHash(arg, known).kinds;", "#kinds=") == [], "every kind unchecked is a state too"
    assert run("return S.readHash(arg, known).focus;", "#focus=vela&focus=amir") == "vela", "the first of a repeated key"


def test_the_hash_written_reads_back_as_the_same_state(run):
    states = [
        DEFAULT,
        dict(DEFAULT, focus="amir", report="r2"),
        dict(DEFAULT, kinds=["person"], relations=[], **{"from": "2021-10-01", "to": "2021-11-30"}),
    ]
    for state in states:
        hash_ = run("return S.writeHash(arg, known);", state)
        assert run("return S.readHash(S.writeHash(arg, known), known);", state) == state, hash_
    assert run("return S.writeHash(arg, known);", DEFAULT) == ""
    assert run("return S.writeHash(arg, known);", dict(DEFAULT, focus="amir", relations=["contact"])) == "#focus=amir&relations=contact"


def test_relation_types_off_by_default_are_off_without_a_hash_and_named_when_turned_on(run):
    body = "const k = Object.assign({}, known, {shownRelations: ['contact', 'support', 'opposition']});"
    assert run(body + "return S.readHash('', k).relations;") == ["contact", "support", "opposition"]
    assert run(body + "return S.writeHash(S.readHash('', k), k);") == ""
    assert run(body + "return S.writeHash(Object.assign(S.readHash('', k), {relations: arg}), k);", DEFAULT["relations"]) == (
        "#relations=contact,support,opposition,co-mention"
    )


def test_what_is_shown_under_focus_report_kinds_and_dates(run):
    shown = "const v = S.visible(g, Object.assign(S.readHash('', known), arg), datesOf); return [ids(v.nodes), ids(v.edges)];"
    assert run(shown, {}) == [["alone", "amir", "daily", "norland", "vela"], ["e1", "e2", "e3", "e4", "e5"]]
    assert run(shown, {"focus": "amir"}) == [["amir", "daily", "norland", "vela"], ["e1", "e3", "e5"]]
    assert run(shown, {"report": "r2"}) == [["alone", "daily", "norland", "vela"], ["e2", "e4"]]
    assert run(shown, {"kinds": ["person", "state"]}) == [["amir", "norland", "vela"], ["e1", "e5"]]
    assert run(shown, {"relations": ["support"]}) == [["alone", "amir", "daily", "norland", "vela"], ["e2", "e5"]]
    # a relation with a passage in the range stays; an undated one is not filtered by date
    assert run(shown, {"from": "2021-11-10", "to": "2021-11-30"}) == [["alone", "amir", "daily", "norland", "vela"], ["e2", "e3"]]
    assert run("const v = S.visible(g, Object.assign(S.readHash('', known), arg), () => null); return ids(v.edges);", {"from": "2030-01-01"}) == [
        "e1",
        "e2",
        "e3",
        "e4",
        "e5",
    ], "while the passages' dates are unknown, dates do not filter"


def test_neighbourhood_rank_and_an_actors_relations_grouped_by_type_and_direction(run):
    prep = "const v = S.visible(g, S.readHash('', known), datesOf);"
    assert run(prep + "const h = S.neighbourhood(g.edges, v.edges, {node: 'amir'}); return [ids(h.nodes), ids(h.edges)];") == [
        ["amir", "daily", "norland", "vela"],
        ["e1", "e3", "e5"],
    ]
    assert run(prep + "const h = S.neighbourhood(g.edges, v.edges, {edge: 'e2'}); return [ids(h.nodes), ids(h.edges)];") == [
        ["daily", "norland"],
        ["e2"],
    ]
    # amir, daily: 3 relations each (amir is quoted more); vela, norland: 2 (vela is quoted); alone: none
    assert run(prep + "return S.rank(g.nodes, g.edges, v);") == ["amir", "daily", "vela", "norland", "alone"]
    groups = run(
        prep + "return S.relationsOf('amir', g.edges, v.edges, known.relations, {support: true, opposition: true});",
    )
    assert groups == [
        {"relation": "contact", "outgoing": True, "items": [{"edge": "e1", "other": "norland"}]},
        {"relation": "support", "outgoing": False, "items": [{"edge": "e5", "other": "vela"}]},
        {"relation": "opposition", "outgoing": True, "items": [{"edge": "e3", "other": "daily"}]},
    ]


def test_search_folds_accents_and_case(run):
    assert run("return S.search(g.nodes, arg).map(n => n.id);", "  ÇAVUŞ ") == ["daily"]
    assert run("return S.search(g.nodes, arg).map(n => n.id);", "saberi") == ["amir"]
    assert run("return S.search(g.nodes, arg).map(n => n.id);", "   ") == []
    assert run("return S.fold(arg);", "Mevlüt Çavuşoğlu") == "mevlut cavusoglu"


SPREAD = """
  const make = () => { const rand = (seed => () => (seed = (seed * 16807) % 2147483647) / 2147483647)(7); return Array.from({length: arg.count}, (_, i) => S.footprint(
      {id: 'n' + i, x: Math.round(rand() * arg.room), y: Math.round(rand() * arg.room), size: 12},
      {width: 40 + Math.round(rand() * 90), lines: 1 + (i % 2)}, 15)); };
  const first = make();
  const before = S.overlaps(first);
  S.spread(first, {gap: 8});
  const again = (() => { const b = make(); S.spread(b, {gap: 8}); return b; })();
  return {before, after: S.overlaps(first), same: JSON.stringify(first) === JSON.stringify(again)};
"""


@pytest.mark.parametrize("count, room", [(30, 600), (400, 1000)])
def test_spreading_leaves_no_label_over_another_label_or_node_and_is_deterministic(run, count, room):
    result = run(SPREAD, {"count": count, "room": room})
    assert result["before"]["labelLabel"] + result["before"]["labelNode"] > 0, "the test starts from a crowded map"
    assert result["after"] == {"labelLabel": 0, "labelNode": 0}
    assert result["same"]


def test_spreading_does_not_move_what_does_not_overlap(run):
    moved = run("""
      const boxes = [S.footprint({id: 'a', x: 0, y: 0, size: 10}, {width: 50, lines: 1}, 15),
                     S.footprint({id: 'b', x: 300, y: 0, size: 10}, {width: 50, lines: 1}, 15),
                     S.footprint({id: 'c', x: 0, y: 300, size: 10}, {width: 50, lines: 1}, 15)];
      S.spread(boxes);
      return boxes.map(b => [b.x, b.y]);""")
    assert moved == [[0, 0], [300, 0], [0, 300]]


def test_the_starting_view_fits_the_most_connected_actors_at_a_readable_scale(run):
    body = """
      const boxes = [['hub', 0, 0], ['near', 150, 60], ['mid', -300, 200], ['far', 2500, 0], ['farther', -2600, 1800]]
        .map(([id, x, y]) => S.footprint({id, x, y, size: 12}, {width: 60, lines: 1}, 15));
      return S.startView(boxes, arg.ranked, arg.viewport, {minScale: 0.75, maxScale: 1.4, margin: 10});"""
    phone = run(body, {"ranked": ["hub", "far", "near", "mid", "farther"], "viewport": {"width": 340, "height": 500}})
    assert phone["ids"] == ["hub", "near"] and phone["scale"] >= 0.75, phone
    desktop = run(body, {"ranked": ["hub", "far", "near", "mid", "farther"], "viewport": {"width": 900, "height": 600}})
    assert desktop["ids"] == ["hub", "near", "mid"] and desktop["scale"] >= 0.75
    assert -300 < desktop["x"] < 150 and 0 < desktop["y"] < 200, "centred on the actors it shows"
    small = run(body, {"ranked": ["hub", "near"], "viewport": {"width": 2000, "height": 2000}})
    assert small["scale"] == 1.4, "a small map is not blown up past maxScale"


def test_a_tap_picks_the_nearest_node_within_a_24_px_target_then_a_label_then_nothing(run):
    items = [
        {"id": "small", "x": 100, "y": 100, "r": 4, "label": {"left": 80, "right": 120, "top": 112, "bottom": 124}},
        {"id": "big", "x": 140, "y": 100, "r": 20, "label": {"left": 110, "right": 170, "top": 128, "bottom": 140}},
    ]
    pick = "return S.hitTest(arg.point, arg.items, {minRadius: 12, slop: 4});"
    assert run(pick, {"point": {"x": 100, "y": 90}, "items": items}) == "small", "10 px off a 4-px node is still the node"
    assert run(pick, {"point": {"x": 122, "y": 100}, "items": items}) == "big", "the nearest centre within reach wins"
    assert run(pick, {"point": {"x": 160, "y": 135}, "items": items}) == "big", "a label picks its node"
    assert run(pick, {"point": {"x": 100, "y": 70}, "items": items}) is None


def test_the_status_line_says_what_is_shown(run):
    describe = "return S.describe(arg.counts, Object.assign(S.readHash('', known), arg.state), 'Amir Saberi');"
    everything = {"nodes": 28, "allNodes": 28, "edges": 69, "allEdges": 69}
    assert run(describe, {"counts": everything, "state": {}}) == "28 actors, 69 relations."
    some = {"nodes": 4, "allNodes": 28, "edges": 1, "allEdges": 69}
    assert run(describe, {"counts": some, "state": {"focus": "amir", "report": "r1"}}) == "Around Amir Saberi: 4 actors, 1 relation, in one report."


def test_no_map_is_drawn_with_its_actors_further_apart_than_near_and_one_within_it_stays_as_laid_out(run):
    body = """
      const make = places => places.map(([id, x, y]) => S.footprint({id, x, y, size: 14}, {width: 110, lines: 1}, 15));
      const nearest = boxes => boxes.map(a => Math.min(...boxes.filter(b => b !== a).map(b => Math.hypot(a.x - b.x, a.y - b.y))));
      // three actors with no relation, as the build's layout leaves them: over 1,100 units apart
      const sparse = make([['a', -268, -722], ['b', -558, 395], ['c', 553, 90]]), options = {gap: 10, near: 195};
      S.spread(sparse, options);
      const again = make([['a', -268, -722], ['b', -558, 395], ['c', 553, 90]]);
      S.spread(again, {gap: 10, near: 195});
      const alone = make([['a', -268, -722], ['b', -558, 395], ['c', 553, 90]]);
      S.spread(alone, {gap: 10});
      // an actor a report's shard adds later goes where the same factor puts it
      const added = sparse.concat(make([['d', 1000, -1000]]));
      options.fixed = 3;
      S.spread(added, options);
      // three actors close together count as crowded, but are spread no further than `near`
      const close = make([['a', 0, 0], ['b', 150, 0], ['c', 0, 150]]);
      S.spread(close, {gap: 10, near: 195});
      // a map neither crowded nor further apart than `near` stays as laid out
      const grid = [];
      for (let i = 0; i < 25; i++) grid.push(S.footprint({id: 'g' + i, x: (i % 5) * 180, y: Math.floor(i / 5) * 180, size: 10}, {width: 50, lines: 1}, 15));
      const before = JSON.stringify(grid);
      S.spread(grid, {gap: 10, near: 195});
      return {nearest: nearest(sparse), factor: options.factor, overlaps: S.overlaps(sparse), same: JSON.stringify(sparse.slice(0, 3)) === JSON.stringify(again),
              alone: alone.map(b => [b.x, b.y]), added: [added[3].x, added[3].y], close: nearest(close), gridStays: JSON.stringify(grid) === before};"""
    result = run(body)
    assert max(result["nearest"]) <= 200 and min(result["nearest"]) >= 150, result
    assert result["overlaps"] == {"labelLabel": 0, "labelNode": 0} and result["same"]
    assert result["alone"] == [[-268, -722], [-558, 395], [553, 90]], "without `near` a sparse map stays as laid out"
    assert result["added"] == [round(1000 * result["factor"]), round(-1000 * result["factor"])]
    assert min(result["close"]) > 150 and max(result["close"]) <= 200, result["close"]
    assert result["gridStays"]


def test_a_fragment_naming_a_place_on_the_page_is_not_a_map_state(run):
    places = run("return ['#map-table-heading', '#ev-3', '', '#', '#focus=x', '#=&&=&focus', '#kinds=', '#a&b'].map(S.isPlace);")
    assert places == [True, True, False, False, False, False, False, False]
