"""An office set in title case between a name and "said" ("Karel Voss, Harbour Board Chairman, said"), as government
and agency releases write it: the office is the person's, never a speaker of its own. Passages written for these tests."""

from __future__ import annotations

from dossier.attribution.names import Head, head_of, office_in_title_case
from passages import attributed_with_kinds

QUOTE = "“The gallery will open at nine and close at noon,”"


def test_an_office_after_a_bodys_words_is_a_role_not_the_body():
    for office in ("Port Works Support Service Director", "Harbour Board Chairman", "City Transit Agency Spokesperson"):
        head = head_of(office, "x, ")
        assert head is not None and head.kind == "role", office


def test_a_body_or_an_office_of_a_body_stays_a_body():
    assert head_of("Harbour Board", "x, ").kind == "organization"
    assert not office_in_title_case(Head("Office of the Director", "", "organization"))
    assert not office_in_title_case(Head("Director", "", "organization"))  # one word: nothing before the office


def test_the_name_before_a_title_case_office_speaks():
    for office in ("Port Works Support Service Director", "Harbour Board Chairman", "Transit Authority Commissioner"):
        body = f"{QUOTE} Ines Marlow, {office}, said."
        assert attributed_with_kinds(body) == [("Ines Marlow", "person", QUOTE.strip("“”"))], office


def test_the_same_with_told_and_a_trailing_clause():
    body = f"{QUOTE} Ines Marlow, Harbour Board Chairman, told reporters on Monday."
    assert [(name, kind) for name, kind, _quote in attributed_with_kinds(body)] == [("Ines Marlow", "person")]


def test_a_name_and_said_alone_and_a_lower_case_office_are_unchanged():
    assert [name for name, _kind, _quote in attributed_with_kinds(f"{QUOTE} Ines Marlow said.")] == ["Ines Marlow"]
    body = f"{QUOTE} Ines Marlow, the harbour board's chairman, said."
    assert [name for name, _kind, _quote in attributed_with_kinds(body)] == ["Ines Marlow"]


def test_a_body_speaking_after_the_quote_is_still_the_body():
    body = f"{QUOTE} the Harbour Board said."
    assert [(name, kind) for name, kind, _quote in attributed_with_kinds(body)] == [("Harbour Board", "organization")]


def speakers(body: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _quote in attributed_with_kinds(body)]


COLON_QUOTE = "“The gallery will open at nine and close at noon.”"


def test_a_title_case_office_with_no_comma_before_said_is_the_names():
    # releases drop the comma that closes the office: the office is still the person's, not a body nor a speaker
    for office in ("Harbour Relief Society President", "Programme Coordinator", "Harbour Board Chairman"):
        body = f"Ines Marlow, {office} said: {COLON_QUOTE}"
        assert speakers(body) == [("Ines Marlow", "person")], office


def test_a_short_title_case_office_in_commas_is_the_names():
    for office in ("Programme Coordinator", "Coordinator", "Emergency Operations Manager", "Country Coordinator of the Relief Federation"):
        body = f"Ines Marlow, {office}, said: {COLON_QUOTE}"
        assert speakers(body) == [("Ines Marlow", "person")], office


def test_an_office_where_its_holder_is_based_then_the_body():
    body = f"Ines Marlow, Harbour based Programme Coordinator, Federation of Relief Societies, said: {COLON_QUOTE}"
    assert speakers(body) == [("Ines Marlow", "person")]


def test_the_same_office_after_the_quote():
    for office in ("Programme Coordinator", "Harbour Relief Society President"):
        assert speakers(f"{QUOTE} Ines Marlow, {office}, said.") == [("Ines Marlow", "person")], office
        assert speakers(f"{QUOTE} Ines Marlow, {office}, told reporters.") == [("Ines Marlow", "person")], office


def test_a_quotation_paragraph_after_it_goes_on_with_the_person():
    body = f"Ines Marlow, Harbour Relief Society President said: {COLON_QUOTE}\n\n“Our crews will work through the night on the pier.”"
    assert speakers(body) == [("Ines Marlow", "person"), ("Ines Marlow", "person")]


def test_offices_read_as_before_are_unchanged():
    for body in (
        f"Ines Marlow, Head of Programmes, said: {COLON_QUOTE}",
        f"Ines Marlow, Chief Executive of Harbourline, said: {COLON_QUOTE}",
        f"Ines Marlow, the harbour-based programme coordinator of the Relief Federation, said: {COLON_QUOTE}",
        f"Ines Marlow said: {COLON_QUOTE}",
    ):
        assert speakers(body) == [("Ines Marlow", "person")], body
    # the office alone, with no name before it, is no person
    assert all(kind != "person" for _name, kind in speakers(f"The Harbour Relief Society President said: {COLON_QUOTE}"))


def test_a_national_red_cross_society_is_a_body():
    for name in ("Norland Red Cross", "the Harbour Red Crescent", "Red Cross"):
        head = head_of(name, "x, ")
        assert head is not None and head.kind == "organization", name
    assert head_of("Tom Cross", "x, ").kind == "person"  # a surname Cross after a given name stays one
    body = f"Ines Marlow, Programme Coordinator, Norland Red Cross, said: {COLON_QUOTE}"
    assert speakers(body) == [("Ines Marlow", "person")]
    assert speakers(f"{QUOTE} said Ines Marlow, Emergency Operations Manager, Norland Red Crescent.") == [("Ines Marlow", "person")]
