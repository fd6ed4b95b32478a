"""The speakers index lists names alphabetically, a social-media handle under the letter of its name, not before "A"."""

from __future__ import annotations

from dossier.actors import name_order
from dossier.document import read_report
from dossier.speakers import SpeakerBook
from test_statements import registry

BODY = """Tomas Varga said: "The river crossings stay open."

The account @zelda_marsh posted: "Queues at the bridge since dawn."

Bela Aronson said: "We will inspect the crossings."
"""


def test_a_handle_sorts_under_the_letter_of_its_name():
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2022-06-30\nslug = "a-report"\n+++\n{BODY}', "content/reports/a.md")
    names = [speaker.actor.name for speaker in SpeakerBook([report], registry()).sorted_speakers()]
    assert "@zelda_marsh" in names, names
    assert names.index("@zelda_marsh") == len(names) - 1, names  # after Aronson and Varga, under Z


def test_name_order_folds_accents_and_drops_only_a_leading_at_sign():
    assert name_order("@Ébano") == name_order("Ebano")
    assert name_order("Ana @ Co") != name_order("Ana  Co")
