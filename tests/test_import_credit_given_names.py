"""A photo's credit names a person only by a given name the lists hold: the common given names of other languages
(Ivo, Tomas, Lena, Mira) and women's names in -a (Linda, Nina), which the lists once left to their ending, are such names.
A place's or a brand's word before the slash credits no one. Passages of our own."""

from __future__ import annotations

import pytest
from dossier.captions import is_photographer_credit
from dossier.document import read_report
from dossier.importer import import_text

STORY = (
    "Ferry Levy Splits Vells\n\n"
    "March 4, 2024\n\n"
    "By Ida Lund\n\n"
    "The council of Vells met on Tuesday to weigh a levy on ferry tickets, and the harbour board said it would study the"
    " accounts before the summer crossings began.\n\n"
    "The council chamber in Vells before the vote.\n\n"
    "{name}/Harbour Wire\n\n"
    "“We cannot keep the breakwater standing on goodwill,” said Ama Tervo, the harbour master.\n"
)


@pytest.mark.parametrize("name", ["Lena Brandt", "Ivo Marek", "Tomas Reyes", "Mira Holt", "Linda Orr", "Nina Velt", "Olga Brandt", "Yulia Marek"])
def test_a_credit_under_a_common_given_name_is_a_photographers(name):
    # the credit on a line of its own: the line above it is the photo's caption only where the credit names a person
    assert is_photographer_credit(f"{name}/Harbour Ledger")
    report = read_report(import_text(STORY.format(name=name), "export.txt").markdown, "reports/x.md")
    assert [p.text for s in report.sections for p in s.paragraphs if p.kind == "caption"] == ["The council chamber in Vells before the vote."]


@pytest.mark.parametrize(
    "name",
    [
        "Georgia Ports",
        "Stella Brewing",
        "Harbour Trust",
        "Ville Marine",
        "Sofia Airport",
        "Alma College",
        "Anna University",
        "Rosa Group",
        "Tina County",
        "Mateo Press",
    ],
)
def test_a_place_or_a_brand_before_the_slash_credits_no_one(name):
    assert not is_photographer_credit(f"{name}/Harbour Ledger")


@pytest.mark.parametrize("name", ["Sofia Airport", "Anna University", "Harbour Trust", "Victoria Harbour"])
def test_a_place_or_a_body_on_the_credits_line_makes_no_caption(name):
    report = read_report(import_text(STORY.format(name=name), "export.txt").markdown, "reports/x.md")
    assert [p.text for s in report.sections for p in s.paragraphs if p.kind == "caption"] == []
