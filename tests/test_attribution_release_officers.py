"""A government release's officer named after the cue with the office they speak for ("said Assistant Attorney General
Tomas R. Feld of the Interior Ministry’s Border Security Division", "said District Attorney Hanna Lorimer for the
Eastern District of Valdoria"): the person speaks, never the division nor the district. Passages written for these
tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

FIRST = "“This seizure is part of our response to the smugglers,”"
SECOND = "“We thank all of our partners for their diligence.”"


def speakers(body: str) -> list[str]:
    return [who for who, _ in attributed(body)]


def test_an_officer_of_a_ministrys_division_speaks():
    body = f"{FIRST} said Assistant Attorney General Tomas R. Feld of the Interior Ministry’s Border Security Division. {SECOND}"
    assert speakers(body) == ["Tomas R. Feld", "Tomas R. Feld"]


def test_an_officer_of_a_division_still_speaks():
    body = f"{FIRST} said Assistant Attorney General Tomas R. Feld of the Border Security Division. {SECOND}"
    assert speakers(body) == ["Tomas R. Feld", "Tomas R. Feld"]


def test_a_prosecutor_for_a_district_speaks():
    body = f"{FIRST} said District Attorney Hanna K. Lorimer for the Eastern District of Valdoria. {SECOND}"
    assert speakers(body) == ["Hanna K. Lorimer", "Hanna K. Lorimer"]


def test_an_attorney_for_a_district_without_an_initial_speaks():
    body = f"{FIRST} said U.S. Attorney Hanna Lorimer for the Eastern District of Valdoria. {SECOND}"
    assert speakers(body) == ["Hanna Lorimer", "Hanna Lorimer"]


def test_an_officer_of_a_place_with_its_own_of_speaks():
    body = f"{FIRST} said Deputy Director Hanna Lorimer of the Port of Valdoria. {SECOND}"
    assert speakers(body) == ["Hanna Lorimer", "Hanna Lorimer"]


def test_a_prosecutor_with_no_district_still_speaks():
    body = f"{FIRST} said District Attorney Hanna K. Lorimer. {SECOND}"
    assert speakers(body) == ["Hanna K. Lorimer", "Hanna K. Lorimer"]


def test_the_district_apposed_after_the_name_still_reads():
    body = f"{FIRST} said Hanna Lorimer, the district attorney for the Eastern District of Valdoria. {SECOND}"
    assert speakers(body) == ["Hanna Lorimer", "Hanna Lorimer"]


def test_a_campaign_named_for_its_cause_is_still_a_body():
    assert speakers(f"{FIRST} said the Campaign for Clean Harbours.") == ["Campaign for Clean Harbours"]


def test_the_place_after_of_or_for_is_read_in_linear_time():
    from dossier.attribution.names import OF_PLACE

    assert OF_PLACE.search(" for " + "A" * 20_000 + " x") is None  # took minutes when one word could split at any capital
