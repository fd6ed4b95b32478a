"""A relation's passages from a report are places in that report's reading, gathered only when read: a warm build's
graph and map rows, made from the last build's shares and orders, unpickle the passages of no reading but those the
map page shows (a cached reading keeps its passages as a pickle of their own, dossier.analysis.LightReading)."""

from __future__ import annotations

import pickle

from dossier.analysis import LightReading, light_reading
from dossier.document import read_report
from dossier.mapdata import MapView
from dossier.relations import ActorGraph, Evidence, EvidenceReader, Relation, ReportReading
from dossier.speakers import SpeakerBook
from test_statements import registry

BODIES = [
    "Tomas Varga met Leila Rahimi in Vienna on May 2, 2022.\n\nThe Northern Herald quoted Daniel Okafor.\n",
    "Leila Rahimi spoke with Tomas Varga again on June 1, 2022.\n\nDaniel Okafor visited Southmark.\n",
    "Daniel Okafor and Gazette were named together.\n\nTomas Varga met Leila Rahimi in Oslo.\n",
]


def reports():
    return [
        read_report(f'+++\ntitle = "Report {n}"\ndate = 2022-06-2{n}\nslug = "report-{n}"\n+++\n{body}', f"content/reports/report-{n}.md")
        for n, body in enumerate(BODIES, 1)
    ]


class CountedReading(ReportReading):
    """A reading that counts how often its passages are asked for."""

    asked = 0

    def __getattribute__(self, name):
        if name == "relations":
            object.__setattr__(self, "asked", object.__getattribute__(self, "asked") + 1)
        return object.__getattribute__(self, name)


def test_a_relation_counts_its_passages_and_gives_some_of_them_without_reading_the_other_reports():
    first, second = CountedReading(), CountedReading()
    first.relations = [("a", "b", "contact", Evidence("A met B.", "one", "index", "p-1"))]
    second.relations = [
        ("x", "y", "contact", Evidence("X met Y.", "two", "index", "p-4")),
        ("a", "b", "contact", Evidence("B met A.", "two", "index", "p-5")),
    ]
    registry_entry = Evidence("A: affiliated with B in the actor registry.")
    relation = Relation("a", "b", "contact")
    relation.add_passages("one", first, [0])
    relation.add_passages("two", second, [1], {"": ""})
    relation.add(registry_entry)
    assert relation.evidence_count == 3 and (first.asked, second.asked) == (0, 0)
    assert [e.text for e in relation.evidence_at([1])] == ["B met A."] and (first.asked, second.asked) == (0, 1)
    assert relation.numbers_from("two") == range(1, 2) and relation.numbers_from("three") == range(0)
    assert [relation.is_sentence(n) for n in range(3)] == [True, True, False]
    assert [e.text for e in relation.evidence] == ["A met B.", "B met A.", registry_entry.text]
    near_miss = Relation("a", "b", "contact", [registry_entry])  # passages given whole are there at once
    assert near_miss.evidence_count == 1 and near_miss.evidence == [registry_entry]


def test_a_cached_reading_keeps_its_passages_apart_and_equals_the_reading_it_was_made_from():
    found, known = reports(), registry()
    book = SpeakerBook(found, known)
    reading = EvidenceReader(known, book.statements).read(found[0])
    light = pickle.loads(pickle.dumps(light_reading(reading)))
    assert isinstance(light, LightReading) and "relations" not in light.__dict__ and "named" not in light.__dict__
    assert light.content_digest() == reading.content_digest()
    assert light == reading and reading == light
    assert light.relations == reading.relations and "relations" in light.__dict__


def test_a_warm_graph_and_map_rows_read_only_the_passages_the_map_page_shows():
    found, known = reports(), registry()
    book = SpeakerBook(found, known)
    readings = {report.slug: EvidenceReader(known, book.statements).read(report) for report in found}
    cold = ActorGraph(found, known, book.statements, readings)
    cold_view = MapView(cold, book, core_actors=6)  # a page that holds part of the map: one passage of a typed relation
    light = {slug: pickle.loads(pickle.dumps(light_reading(reading))) for slug, reading in readings.items()}
    warm = ActorGraph(found, known, book.statements, light, kept_parts=cold.parts)
    view = MapView(warm, book, core_actors=6, kept_orders=cold_view.orders)
    assert warm.parts_made == 0 and view.orders_made == 0
    assert (
        [p.text for p in view.passages]
        == [p.text for p in cold_view.passages]
        == [
            "Leila Rahimi spoke with Tomas Varga again on June 1, 2022.",
            "The Northern Herald quoted Daniel Okafor.",
        ]
    )
    assert {slug for slug, reading in light.items() if "relations" in reading.__dict__} == {"report-1", "report-2"}
    assert [(r.relation.key, r.relation.evidence_count, r.order, r.shown_order, r.hidden) for r in view.rows] == [
        (r.relation.key, r.relation.evidence_count, r.order, r.shown_order, r.hidden) for r in cold_view.rows
    ]
    assert view.index({slug: n for n, slug in enumerate(view.report_order)}) == cold_view.index({slug: n for n, slug in enumerate(view.report_order)})
    assert view.shards({"report-3"}) == cold_view.shards({"report-3"})
    assert [row.evidence for row in view.rows] == [row.evidence for row in cold_view.rows]


def test_the_map_page_keeps_its_shown_passages_while_they_come_from_the_same_readings():
    found, known = reports(), registry()
    book = SpeakerBook(found, known)
    readings = {report.slug: EvidenceReader(known, book.statements).read(report) for report in found}
    cold_view = MapView(ActorGraph(found, known, book.statements, readings), book, core_actors=6)
    assert cold_view.page_shown_made == 2 and len(cold_view.page_shown) == 2

    def warm(kept_shown):
        light = {slug: pickle.loads(pickle.dumps(light_reading(reading))) for slug, reading in readings.items()}
        graph = ActorGraph(found, known, book.statements, light, kept_parts=cold_view.graph.parts)
        view = MapView(graph, book, core_actors=6, kept_orders=cold_view.orders, kept_shown=kept_shown)
        return view, {slug for slug, reading in light.items() if "relations" in reading.__dict__}

    view, unpickled = warm(cold_view.page_shown)
    assert view.page_shown_made == 0 and not unpickled
    assert view.passages == cold_view.passages and view.page_shown == cold_view.page_shown
    # near miss: a kept row whose passages came from other readings (another digest) is gathered again
    stale = dict(cold_view.page_shown)
    key = "rahimi--contact--varga"
    (shares, count), places, _ = stale[key]
    stale[key] = ([(slug, "another digest") for slug, _ in shares], count), places, [Evidence("Stale.", "report-2", "index", "p-1")]
    view, unpickled = warm(stale)
    assert view.page_shown_made == 1 and unpickled == {"report-2"}
    assert view.passages == cold_view.passages
