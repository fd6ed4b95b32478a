"""A member's group or party and home in brackets after the name (parliament releases, Hansard-style reports, South
African papers): the person speaks, never the group. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe
from dossier.attribution.party_brackets import party_and_place, without_party_brackets
from passages import attributed

QUOTE = "“The harbour towns will get the money first.”"


def test_group_and_country_code_then_a_role_in_commas():
    # (the surname in capitals is shown in title case: capital_surnames.py)
    body = f"Marta KOVÁČ (S&D, SK), rapporteur for the harbour file, said: {QUOTE}"
    assert attributed(body) == [("Marta Kováč", QUOTE.strip("“”"))]


def test_group_and_country_code_then_a_role_without_a_comma():
    body = f"Tomas Lind (Renew Europe, SE) shadow rapporteur for the fund stated: {QUOTE}"
    assert attributed(body) == [("Tomas Lind", QUOTE.strip("“”"))]


def test_a_group_with_its_article_and_a_role_before_the_comma():
    body = f"Rosa Almeida (the Left, PT), co-rapporteur for the port rule said: {QUOTE}"
    assert attributed(body) == [("Rosa Almeida", QUOTE.strip("“”"))]


def test_party_and_seat_then_the_verb():
    body = f"Owen Pryce (Labour, Marston East) said: {QUOTE}"
    assert attributed(body) == [("Owen Pryce", QUOTE.strip("“”"))]


def test_party_and_province_then_told():
    body = f"Lerato Dube (DA, KwaZulu-Natal) told the house: {QUOTE}"
    assert attributed(body) == [("Lerato Dube", QUOTE.strip("“”"))]


def test_a_senator_s_party_and_state_still_reads_as_before():
    body = f"Senator Carl Boone (R-Kan.) said: {QUOTE}"
    assert attributed(body) == [("Carl Boone", QUOTE.strip("“”"))]


def test_an_age_in_brackets_still_reads_as_before():
    body = f"Fisherman Ali Demir (61) said: {QUOTE}"
    assert attributed(body) == [("Ali Demir", QUOTE.strip("“”"))]


def test_a_relative_clause_after_the_bracket():
    body = f"Owen Pryce (Labour, Marston East), who chairs the panel, said: {QUOTE}"
    assert attributed(body) == [("Owen Pryce", QUOTE.strip("“”"))]


def test_the_member_named_after_the_quotation():
    assert attributed("“The towns come first,” Marta KOVÁČ (S&D, SK) said.") == [("Marta Kováč", "The towns come first,")]
    body = "“The towns come first,” Owen Pryce (Labour, Marston East) told the house."
    assert attributed(body) == [("Owen Pryce", "The towns come first,")]


def test_the_member_as_an_object_stays_an_object():
    body = f"Ana Roe met Owen Pryce (Labour, Marston East) and said: {QUOTE}"
    assert attributed(body) == [("Ana Roe", QUOTE.strip("“”"))]


def test_a_body_with_its_town_and_country_in_brackets_is_still_the_body():
    assert attributed(f"The Harbour Trust (Leeds, UK) said: {QUOTE}") == [("Harbour Trust", QUOTE.strip("“”"))]


def test_the_bracket_s_parts():
    assert party_and_place(" (ECR, IT), rapporteur") == ("ECR", "IT", 10)
    assert party_and_place(" (the Left, PL) said") == ("the Left", "PL", 15)
    assert party_and_place(" (Labour, Wexham North) said") == ("Labour", "Wexham North", 23)


def test_brackets_that_are_no_member_s_stay():
    assert party_and_place(" (D-Ore.) said") is None
    assert party_and_place(" (54) said") is None
    assert party_and_place(" (R-Texas, chair of the panel) said") is None
    assert party_and_place(" (March 3, 2025) said") is None
    assert party_and_place(", a member (Labour, Leeds), said") is None
    text = "the Harbour Board (HB) said"
    assert without_party_brackets(text) == text


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (f"Marta KOVÁČ (S&D, SK), rapporteur for the harbour file, said: {QUOTE}", "Rapporteur for the harbour file (S&D, SK)"),
        (f"Marta KOVÁČ (S&D, SK) said: {QUOTE}", "S&D, SK"),
        (f"Marta KOVÁČ (the Left, SK) said: {QUOTE}", "The Left, SK"),
        (f"Marta KOVÁČ (Labour, Marston East) told the house: {QUOTE}", "Labour, Marston East"),
    ],
)
def test_the_group_and_place_describe_the_member(text: str, description: str) -> None:
    assert describe(text, "Marta KOVÁČ") == description


def test_a_senator_s_bracket_describes_as_before():
    assert describe(f"Senator Carl Boone (R-Kan.) said: {QUOTE}", "Carl Boone") == "Senator"


@pytest.mark.parametrize(
    "bracket",
    ["AP Photo, File", "Photo, AFP", "Reuters, File", "Pictured, Left", "Left, Right", "Reuters, Velden", "Ret., Navy", "Courtesy, Harbour Trust"],
)
def test_a_photo_credit_or_a_position_in_the_same_shape_describes_nobody(bracket: str) -> None:
    # a caption's credit or where the one pictured stands: the person still speaks, the bracket is no party and no place
    text = f"Lena Holt ({bracket}) said: {QUOTE}"
    assert attributed(text) == [("Lena Holt", QUOTE.strip("“”"))]
    assert describe(text, "Lena Holt") == ""
    assert party_and_place(f" ({bracket}) said") is None


@pytest.mark.parametrize(
    ("bracket", "parts"),
    [
        ("the Left, DE", ("the Left", "DE")),  # the group named for its side keeps its article
        ("Greens, Marston", ("Greens", "Marston")),
        ("Labour, Westfield Right Bank", ("Labour", "Westfield Right Bank")),  # a position word inside a place's name
    ],
)
def test_near_misses_of_a_credit_are_still_a_member_s(bracket: str, parts: tuple[str, str]) -> None:
    found = party_and_place(f" ({bracket}) said")
    assert found is not None and found[:2] == parts
