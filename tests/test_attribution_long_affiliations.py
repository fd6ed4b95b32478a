"""A role whose body is nested in other named bodies ("deputy head of the Unit for Coastal Soils at the Brenner
Institute of Tollan University") is who the speaker is, however many words it takes; a long clause about them is not.
Passages written for these tests."""

from __future__ import annotations

from dossier.attribution.descriptions import apposition_after, describe

NESTED = "deputy head of the Unit for Coastal Soils at the Brenner Institute of Tollan University"


def test_a_role_in_three_nested_named_bodies_is_the_description_after_according_to():
    text = f"The yields, according to Mara Quist, {NESTED}, fell by half. “The soil is tired,” she said."
    assert describe(text, "Mara Quist") == "D" + NESTED[1:]


def test_a_role_in_three_nested_named_bodies_is_the_description_after_said():
    assert apposition_after(f", {NESTED}. “The soil is tired.”") == NESTED


def test_a_long_apposition_with_lower_case_words_after_the_role_is_still_a_clause():
    long_clause = ", a senior adviser to the mayor on the drains of the old northern coast of Velm for many years, said"
    assert apposition_after(long_clause) == ""


def test_a_long_run_of_named_bodies_with_a_lower_case_aside_is_still_cut():
    aside = ", deputy head of the Unit for Coastal Soils at the Brenner Institute of Tollan University in its new wing, said"
    assert apposition_after(aside) == ""


def test_a_second_person_or_body_after_and_ends_the_long_affiliation():
    tail = ", deputy director of the Office for Canals at the Orvik District Council and Mayor Jonas Brandt of Orvik, said"
    assert apposition_after(tail) == "deputy director of the Office for Canals at the Orvik District Council"
    tail = ", head of the Unit for Peat at the Kessel Institute and The Orvik Herald Editor Jonas Brandt, said"
    assert apposition_after(tail) == "head of the Unit for Peat at the Kessel Institute"


def test_a_day_or_a_month_ends_the_long_affiliation():
    tail = ", head of the Unit for Peat at the Kessel Institute of Orvik University On Tuesday, said"
    assert apposition_after(tail) == "head of the Unit for Peat at the Kessel Institute of Orvik University"
    tail = ", head of the Unit for Peat at the Kessel Institute of Orvik University in March at Delft, said"
    assert apposition_after(tail) == "head of the Unit for Peat at the Kessel Institute of Orvik University"


def test_two_posts_joined_by_and_keep_only_the_first():
    tail = ", head of the Unit for Peat at the Kessel Institute and Chair of the Orvik Canal Board of Delft, said"
    assert apposition_after(tail) == "head of the Unit for Peat at the Kessel Institute"


def test_a_body_whose_own_name_holds_and_is_kept_whole():
    tail = ", secretary of the Department of Canals and Locks of the Republic of Orvik and Delft, said"
    assert apposition_after(tail) == "secretary of the Department of Canals and Locks of the Republic of Orvik and Delft"
