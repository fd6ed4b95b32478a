"""An advisory or research firm named by its trade ("Harwick Economics", "Orrin Analytics") is a body, never a person
whose surname is "Economics": passages written for these tests."""

from __future__ import annotations

from dossier.attribution.names import head_of
from passages import attributed_with_kinds

QUOTE = "“Prices will ease before long,”"


def test_a_firm_named_by_its_trade_is_a_body():
    for name in ("Tessel Economics", "Orrin Analytics", "Marlow Consulting", "Kessel Advisory", "Brandl Strategies", "Orrin Associates"):
        head = head_of(name)
        assert head is not None and head.kind == "organization", name


def test_the_firm_speaks_after_the_quote():
    for who in ("Tessel Economics", "analysts at Orrin Analytics", "economists at Tessel Economics", "analysts from Marlow Consulting"):
        found = attributed_with_kinds(f"{QUOTE} {who} said in a note.")
        assert [(name, kind) for name, kind, _quote in found] == [(who.split(" at ")[-1].split(" from ")[-1], "organization")], who


def test_a_trade_word_before_a_persons_name_keeps_the_person():
    found = attributed_with_kinds(f"{QUOTE} said Ines Marlow, chief economist at Tessel Economics.")
    assert [(name, kind) for name, kind, _quote in found] == [("Ines Marlow", "person")]
    assert head_of("Economics Professor Ines Marlow").kind != "organization"


def test_unnamed_analysts_stay_unnamed():
    assert attributed_with_kinds(f"{QUOTE} analysts said in a note.") == []
    assert attributed_with_kinds(f"{QUOTE} analysts at several banks said in a note.") == []
