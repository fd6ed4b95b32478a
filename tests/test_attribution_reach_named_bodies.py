"""A body named for its reach ("Riverwatch International", "Harbour Worldwide") is one organisation, never a person
whose surname is "International"; a later short form ("Riverwatch lawyers argued") is the same body. Passages written
for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.names import head_of
from passages import attributed_with_kinds

VERDICT = "“The court has listened to the fishermen at last,” {body}, which brought the case, said on Tuesday."
LATER = "In its appeal, Riverwatch lawyers wrote that the mill owners had “known for years the water was unsafe” when they sold it."


@pytest.mark.parametrize("body", ["Riverwatch International", "Riverwatch Worldwide"])
def test_a_body_named_for_its_reach_is_an_organisation(body):
    assert attributed_with_kinds(VERDICT.format(body=body)) == [(body, "organization", "The court has listened to the fishermen at last,")]


def test_the_short_name_later_is_the_same_body():
    found = attributed_with_kinds(VERDICT.format(body="Riverwatch International") + "\n\n" + LATER)
    assert found == [
        ("Riverwatch International", "organization", "The court has listened to the fishermen at last,"),
        ("Riverwatch International", "organization", "known for years the water was unsafe"),
    ]


def test_the_cue_after_the_name():
    body = "“This verdict is the first of its kind,” said Riverwatch International, the group that represented the farmers."
    assert attributed_with_kinds(body) == [("Riverwatch International", "organization", "This verdict is the first of its kind,")]


@pytest.mark.parametrize("chunk", ["Riverwatch International", "Harbour Rights International", "Marlow Worldwide"])
def test_the_head_is_a_body(chunk):
    head = head_of(chunk)
    assert head is not None and (head.name, head.kind) == (chunk, "organization")


def test_an_outlet_s_international_edition_stays_an_outlet():
    head = head_of("Harbour Radio International")
    assert head is not None and head.kind == "outlet"


def test_a_person_stays_a_person():
    body = "“This verdict is the first of its kind,” said Lena Okafor, who represented the farmers."
    assert attributed_with_kinds(body) == [("Lena Okafor", "person", "This verdict is the first of its kind,")]


@pytest.mark.parametrize(
    "cue", ["“The port is bankrupt,” said Mara Voss, the firm's founder.", "Mara Voss, its founder, was blunt. “The port is bankrupt,” Voss said."]
)
def test_a_firm_named_after_its_founder_leaves_the_founder_her_words(cue):
    body = f"“We advise the port,” Mara Voss International said in a statement.\n\n{cue}"
    assert attributed_with_kinds(body) == [
        ("Mara Voss International", "organization", "We advise the port,"),
        ("Mara Voss", "person", "The port is bankrupt,"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "## Protests Spread Worldwide\n\n“We will march until the law is gone.”",
        "## Harbour Fever Goes International\n\n> “Everyone wants a boat now.”",
        "## Going International: “We sell to forty countries now”\n\nText of the entry.",
        "## Riverwatch International\n\n> “The river is dying.”",
    ],
)
def test_a_heading_ending_in_a_reach_word_needs_evidence_of_a_body(body):
    assert attributed_with_kinds(body) == []


def test_a_heading_naming_a_body_the_report_names_again_speaks():
    body = "Riverwatch International has campaigned on the river for a decade.\n\n## Riverwatch International\n\n> “The river is dying.”"
    assert attributed_with_kinds(body) == [("Riverwatch International", "organization", "The river is dying.")]


@pytest.mark.parametrize("body", ["“Dale!” said Mr. Worldwide at the concert.", "The singer known as Mr Worldwide took the stage. “Dale!” he said."])
def test_a_titled_nickname_ending_in_a_reach_word_is_a_person(body):
    assert [kind for _, kind, _ in attributed_with_kinds(body)] == ["person"]


@pytest.mark.parametrize("opening", ["NGO", "Charity"])
def test_what_the_body_is_said_before_its_name_is_no_part_of_it(opening):
    body = f"{opening} Riverwatch International also urged supporters to demand that the police “immediately” release him."
    assert attributed_with_kinds(body) == [("Riverwatch International", "organization", "immediately")]


def test_what_the_body_is_said_before_its_name_stays_out_in_a_longer_sentence():
    body = (
        "NGO Riverwatch International also invited supporters on Thursday to write to Tom Reed, the director of the Kelby"
        " Police Sub-Bureau, urging his department to “immediately” release Wei."
    )
    assert attributed_with_kinds(body) == [("Riverwatch International", "organization", "immediately")]
