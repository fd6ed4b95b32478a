"""A pull quote's credit line after a dash with a nation's or a body's word before the role and the name ("— Norwegian
archivist Tove Brekke", "— BBC producer Tove Brekke"): the person named is the speaker, as "— archivist Tove Brekke"
already was. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

QUOTE = "“We had to move the whole archive out of the basement in one night.”"
BEFORE = "When the floods came, the river authority had no plan for the valley towns.\n\n"
AFTER = "\n\nThe archive team began counting what had been saved."


def speakers(credit: str) -> list[str]:
    return [who for who, _ in attributed(f"{BEFORE}{QUOTE} — {credit}{AFTER}")]


def test_a_nation_and_a_role_before_the_name():
    assert speakers("Norwegian archivist Tove Brekke") == ["Tove Brekke"]


def test_a_broadcaster_and_a_role_before_the_name():
    assert speakers("Harbour Radio producer Tove Brekke") == ["Tove Brekke"]


def test_a_role_alone_before_the_name_still_credits():
    assert speakers("archivist Tove Brekke") == ["Tove Brekke"]


def test_the_name_alone_still_credits():
    assert speakers("Tove Brekke") == ["Tove Brekke"]


def test_the_name_and_the_body_after_still_credit():
    assert speakers("Tove Brekke of Harbour Trust") == ["Tove Brekke"]
