"""A speaker's counterparts (the actors their statements name, most often first): worked out when a page asks."""

from __future__ import annotations

from dossier.document import read_report
from dossier.speakers import SpeakerBook
from test_statements import registry

BODY = """Tomas Varga said: "I spoke with Daniel Okafor and with Leila Rahimi about the river crossings."

Varga said: "Leila Rahimi and I will meet again in the spring."
"""


def book_of(body: str) -> SpeakerBook:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2022-06-30\nslug = "a-report"\n+++\n{body}', "content/reports/a.md")
    return SpeakerBook([report], registry())


def test_counterparts_are_the_actors_named_most_often_first_then_by_name():
    speaker = book_of(BODY).speakers["varga"]
    assert speaker.counterparts == [("rahimi", 2), ("okafor", 1)]


def test_counterparts_are_not_worked_out_until_asked():
    speaker = book_of(BODY).speakers["varga"]
    assert "counterparts" not in vars(speaker)
    assert speaker.counterparts
    assert "counterparts" in vars(speaker)


def test_a_tie_is_ordered_by_name_not_by_id():
    body = 'Tomas Varga said: "Norland sent its envoy, and I spoke with Daniel Okafor."\n'
    assert book_of(body).speakers["varga"].counterparts == [("okafor", 1), ("norland", 1)]  # "Daniel Okafor" < "Norland"
