"""An unchanged report's share of the actor graph (ActorGraph.parts) keeps the actors its reading names, with how
often: a warm build takes them from there instead of going through every report's named actors again."""

from __future__ import annotations

from dossier.document import read_report
from dossier.relations import ActorGraph
from dossier.speakers import SpeakerBook
from test_statements import registry

FIRST = """Tomas Varga met Leila Rahimi in Norland.

Leila Rahimi later spoke with Daniel Okafor, and Varga called Rahimi again.
"""
SECOND = "Daniel Okafor visited Southmark.\n"


def reports():
    made = []
    for number, body in enumerate((FIRST, SECOND), 1):
        text = f'+++\ntitle = "Report {number}"\ndate = 2022-06-2{number}\nslug = "report-{number}"\n+++\n{body}'
        made.append(read_report(text, f"content/reports/report-{number}.md"))
    return made


def graph(kept=None):
    found, known = reports(), registry()
    book = SpeakerBook(found, known)
    return ActorGraph(found, known, book.statements, kept_parts=kept)


def test_a_graph_from_kept_shares_names_the_same_actors_as_one_from_the_readings():
    first = graph()
    assert first.parts["report-1"][2][:2] == [("varga", 2), ("rahimi", 2)]  # once a sentence, in the order they first come
    again = graph(first.parts)
    assert again.parts_made == 0
    assert list(again.mention_counts.items()) == list(first.mention_counts.items())
    assert again.actor_reports == first.actor_reports
    assert again.parts == first.parts


def test_a_kept_share_gives_the_named_actors_without_reading_them_again():
    kept = graph().parts
    digest, parts, _named = kept["report-2"]
    kept["report-2"] = (digest, parts, [("okafor", 5)])
    assert graph(kept).mention_counts["okafor"] == 5 + dict(kept["report-1"][2])["okafor"]
