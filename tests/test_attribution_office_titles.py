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
