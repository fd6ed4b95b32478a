"""The actor graph on small passages of our own: relation types, evidence, subjects, and the layout."""

from __future__ import annotations

import datetime as dt

from dossier.layout import force_layout
from dossier.mapdata import MapView
from dossier.relations import ActorGraph, relation_type, split_sentences
from dossier.speakers import SpeakerBook
from test_statements import registry


def graph_of(body: str, date: str = "2022-06-30"):
    from dossier.document import read_report

    text = f'+++\ntitle = "A Report"\ndate = {date}\nslug = "a-report"\n+++\n{body}'
    report = read_report(text, "content/reports/a.md")
    known = registry()
    book = SpeakerBook([report], known)
    return ActorGraph([report], known, book.statements), book


def relations(graph) -> set[tuple[str, str, str]]:
    return {(r.source, r.kind, r.target) for r in graph.relations.values()}


def test_relation_types_come_from_the_sentence_words():
    assert relation_type("Rahimi met Varga in Geneva.") == "contact"
    assert relation_type("Rahimi warned Southmark against any move.") == "opposition"
    assert relation_type("Rahimi praised the Herald's reporting.") == "support"
    assert relation_type("Rahimi and Varga were both in Geneva.") == "co-mention"


def test_a_meeting_links_the_two_people_with_the_sentence_as_evidence():
    graph, _ = graph_of("On May 3, 2022, Minister Rahimi met Tomas Varga in Geneva.[^1]\n\n[^1]: Herald, May 4, 2022.\n")
    assert ("rahimi", "contact", "varga") in relations(graph)
    relation = next(r for r in graph.relations.values() if r.kind == "contact")
    evidence = relation.evidence[0]
    assert evidence.text == "On May 3, 2022, Minister Rahimi met Tomas Varga in Geneva."
    assert (evidence.report_slug, evidence.section_slug, evidence.anchor, evidence.date) == ("a-report", "index", "p-1", dt.date(2022, 5, 3))


def test_the_speaker_of_a_quoted_passage_is_the_subject_of_what_it_names():
    graph, _ = graph_of('Okafor said:\n\n> "We condemn the Herald\'s campaign against Southmark."\n')
    assert ("okafor", "opposition", "the-herald") in relations(graph)


def test_a_state_that_only_qualifies_a_name_and_an_actors_own_state_are_not_relations():
    graph, _ = graph_of("Norlandic Minister Rahimi praised Varga on June 1, 2022.\n")
    found = relations(graph)
    assert ("rahimi", "support", "varga") in found
    assert not any("norland" in (source, target) and kind != "affiliation" for source, kind, target in found)
    assert ("rahimi", "affiliation", "norland") in found
    affiliation = next(r for r in graph.relations.values() if r.kind == "affiliation" and r.source == "rahimi")
    assert affiliation.evidence[0].from_registry and "content/actors.toml" in affiliation.evidence[0].text


def test_co_mention_is_the_weakest_and_gives_way_to_a_typed_relation_and_to_long_lists():
    graph, _ = graph_of(
        "Rahimi and Okafor were in Geneva. Rahimi praised Okafor.\n\n"
        "Norland, Southmark, the Herald, the Gazette and Varga were all named in the list.\n"
    )
    found = relations(graph)
    assert ("rahimi", "support", "okafor") in found
    assert ("okafor", "co-mention", "rahimi") not in found and ("rahimi", "co-mention", "okafor") not in found
    assert not any(kind == "co-mention" for _, kind, _ in found)


def test_a_relation_never_exists_without_evidence_and_sentences_split_after_abbreviations():
    graph, _ = graph_of("Rahimi spoke.\n")
    assert all(r.evidence for r in graph.relations.values())
    assert split_sentences("Mr. Varga met Dr. Okafor. Then they left.") == ["Mr. Varga met Dr. Okafor.", "Then they left."]


def test_the_layout_is_seeded_bounded_and_the_same_every_time():
    nodes = [f"n{i}" for i in range(60)]
    edges = [(f"n{i}", f"n{(i * 7) % 60}", 1.0) for i in range(60)]
    first = force_layout(nodes, edges, seed=3)
    assert first == force_layout(nodes, edges, seed=3)
    assert len(set(first.values())) == 60, "no two actors on one spot"
    assert all(abs(x) < 2000 and abs(y) < 2000 for x, y in first.values())


def test_map_data_escapes_markup_and_the_gexf_carries_no_build_date():
    _, book = graph_of('Minister Rahimi said: "We </script><img src=x onerror=alert(1)> will stay in Geneva."\n\nRahimi met Varga.\n')
    graph = ActorGraph(list(book.reports.values()), book.registry, book.statements)
    view = MapView(graph, book)
    payload = view.payload_json()
    assert "<" not in payload and ">" not in payload
    gexf = view.gexf("2022-06-30")
    assert 'lastmodifieddate="2022-06-30"' in gexf and "rahimi" in gexf
