"""Common introductions that describe a person: a trade's noun in lower case before the name after a preposition or a
place ("Led by psychologist Tomas Okafor", "Northport physicist Lena Marsh"), an apposition that opens on a body's name
("Nora Quill, Harbour Board public information officer"), and "Hollis is the CEO of Brightline" right after the first
mention of "Anna Hollis"."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.attribution.descriptions import describe
from dossier.document import read_report
from dossier.statements import extract_statements


def test_a_trade_after_a_preposition_or_a_place() -> None:
    assert describe("Led by psychologist Tomas Okafor, the team studies lip reading.", "Tomas Okafor") == "Psychologist"
    assert describe("Northport physicist Lena Marsh has joined the debate.", "Lena Marsh") == "Physicist"


def test_near_miss_a_trade_a_lower_case_word_qualifies_stays_undescribed() -> None:
    assert describe("The political scientist Tomas Okafor said so.", "Tomas Okafor") == ""


def test_an_apposition_opening_on_a_body_name() -> None:
    text = "The campaign did not appeal to Nora Quill, Harbour Board public information officer. It was loud."
    assert describe(text, "Nora Quill") == "Harbour Board public information officer"
    assert describe("It went to Nora Quill, Ivo Tran and Bo Lind. It was loud.", "Nora Quill") == ""


def test_a_copular_role_right_after_the_first_mention() -> None:
    text = "Anna Hollis’s response was worry. Hollis is the CEO of Brightline, the Northport branding firm. “It may create noise,” Hollis said."
    assert describe(text, "Anna Hollis") == "CEO of Brightline"
    assert describe(text.replace("is the CEO of Brightline", "is the one who called"), "Anna Hollis") == ""


def test_near_miss_a_copular_role_after_another_bearer_of_the_surname_is_nobodys() -> None:
    text = "Vera Hollis met Bo Hollis at the port. Hollis is the CEO of Brightline, the Northport branding firm."
    assert describe(text, "Vera Hollis") == ""
    other = "Vera Hollis met Bo Quill at the port. Hollis is the CEO of Brightline, the Northport branding firm."
    assert describe(other, "Vera Hollis") == "CEO of Brightline"  # near miss: someone of another surname between
    again = "The plan was Vera Hollis’s. But Vera Hollis’s response was worry. Hollis is the CEO of Brightline, the Northport branding firm."
    assert describe(again, "Vera Hollis") == "CEO of Brightline"  # near miss: she herself named in full again between


def test_the_descriptions_reach_the_provisional_speakers() -> None:
    body = (
        "Led by psychologist Tomas Okafor, the team studies lip reading. “We see what we hear,” says Okafor.\n\n"
        "Anna Hollis’s response was worry. Hollis is the CEO of Brightline, the Northport branding firm. “It may create noise,” Hollis said."
    )
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    found = extract_statements(report, Registry([]))
    assert {actor.name: actor.description for actor in found.provisional} == {"Tomas Okafor": "Psychologist", "Anna Hollis": "CEO of Brightline"}
