"""A person named after the words of a role that a body's name or a numbered area stands before ("said White House
counselor Kella Vorn", "said District 12 District Attorney Pol Harren"): the speaker is the person, never the body or
the area's word. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed, attributed_with_kinds

QUOTE = "“We will review the file before June,”"


def speakers(body: str) -> list[str]:
    return [who for who, _ in attributed(body)]


def kinds(body: str) -> list[str]:
    return [kind for _who, kind, _quote in attributed_with_kinds(body)]


def test_a_counselor_after_a_body_speaks():
    assert speakers(f"{QUOTE} said White House counselor Kella Vorn.") == ["Kella Vorn"]


def test_a_counsellor_after_a_ministry_speaks():
    assert speakers(f"{QUOTE} said Harbour Ministry counsellor Kella Vorn.") == ["Kella Vorn"]


def test_a_trade_after_a_body_speaks():
    assert speakers(f"{QUOTE} said Harbour Port Authority engineer Kella Vorn.") == ["Kella Vorn"]


def test_a_lawyer_after_a_trust_speaks():
    assert speakers(f"{QUOTE} said Harbour Trust lawyer Kella Vorn.") == ["Kella Vorn"]


def test_a_numbered_district_before_a_title_is_no_speaker():
    assert speakers(f"{QUOTE} said District 12 District Attorney Pol Harren.") == ["Pol Harren"]


def test_a_numbered_ward_before_a_title_is_no_speaker():
    assert speakers(f"{QUOTE} said Ward 4 Councillor Pol Harren.") == ["Pol Harren"]


def test_the_body_itself_still_speaks():
    assert speakers(f"{QUOTE} said Harbour Port Authority.") == ["Harbour Port Authority"]


def test_a_body_before_a_verb_is_no_role():
    assert speakers(f"{QUOTE} said the Harbour Trust on Monday.") == ["Harbour Trust"]


def test_a_body_whose_lawyer_is_named_after_a_comma_speaks():
    assert speakers(f"{QUOTE} said Harbour Trust, whose lawyer Kella Vorn filed the case.") == ["Harbour Trust"]


def test_a_numbered_district_with_a_titled_surname_is_the_titled_person():
    assert speakers(f"{QUOTE} said Ward 4 Alderman Hollis.") == ["Alderman Hollis"]


def test_a_body_named_with_a_numbered_unit_before_its_officer_is_no_speaker():
    assert speakers(f"{QUOTE} said Ward 4 Residents Association chairman Pat Lune.") == ["Pat Lune"]


def test_a_body_named_with_a_numbered_unit_is_the_body_not_the_units_word():
    assert speakers(f"{QUOTE} said Ward 4 Residents Association.") == ["Ward 4 Residents Association"]
    assert kinds(f"{QUOTE} said Ward 4 Residents Association.") == ["organization"]


def test_a_broadcasters_presenter_speaks_not_the_broadcaster():
    """ "said BBC presenter Ann Vole", "said Radio 4 presenter Ann Vole" (a broadcaster named with its number): the
    presenter, as "said Reuters reporter Ann Vole" is the reporter."""
    for outlet in ("BBC", "Radio 4", "BBC Radio 4", "Channel 4", "Norland Radio"):
        assert speakers(f"{QUOTE} said {outlet} presenter Ann Vole.") == ["Ann Vole"], outlet
        assert speakers(f"{outlet} anchor Ann Vole said: “We will review the file before June.”") == ["Ann Vole"], outlet


def test_near_miss_the_broadcaster_alone_still_speaks():
    assert speakers(f"{QUOTE} said Radio 4.") == ["Radio 4"]
    assert speakers(f"{QUOTE} said Channel 4.") == ["Channel 4"]
