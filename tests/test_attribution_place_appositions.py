"""A place at the end of a description after a quotation ("a shopkeeper surnamed Dross from Kettering, North Valoria's
Amber Province, told the Courier"), as Chinese, Southeast Asian and wire copy names ordinary people: the place is never
the speaker. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from dossier.attribution.names import head_of
from passages import attributed

QUOTE = '"We hope the new line opens soon,"'


def test_an_area_of_a_state_is_a_place_not_a_person():
    for name in ("Amber Province", "Orange Vale County", "Eastern Province", "Kessel Oblast", "the Amber Region", "Tarn District"):
        head = head_of(name, "x, ")
        assert head is not None and head.kind == "state", name
    assert head_of("Tom Parish", "x, ").kind == "person"  # a surname that is an area's word in some countries


def test_the_place_closing_a_description_is_no_speaker():
    for place in ("North Valoria's Amber Province", "Amber County", "Amber District"):
        body = f"{QUOTE} a shopkeeper from Kettering, {place}, told the Courier."
        assert attributed(body) == [], place


def test_a_named_person_from_a_place_still_speaks():
    body = f"{QUOTE} Mara Dross, a shopkeeper from Kettering in Amber Province, told the Courier."
    assert [who for who, _ in attributed(body)] == ["Mara Dross"]
    body = f"{QUOTE} Mara Dross, a shopkeeper from Kettering, Amber Province, told the Courier."
    assert [who for who, _ in attributed(body)] == ["Mara Dross"]


def test_one_named_by_the_surname_alone_speaks():
    # Chinese and wire copy name ordinary people so: the surname is the person's name
    for where in (" from Kettering, North Valoria's Amber Province,", " from Kettering", ""):
        body = f"{QUOTE} a shopkeeper surnamed Dross{where} told the Courier."
        assert [who for who, _ in attributed(body)] == ["Dross"], where
    assert [who for who, _ in attributed(f"{QUOTE} said the Kettering-based shopkeeper surnamed Dross.")] == ["Dross"]


def test_one_named_then_where_from_speaks():
    body = f"{QUOTE} a volunteer named Sara Conti from Kettering, Amber County, told the Courier."
    assert [who for who, _ in attributed(body)] == ["Sara Conti"]


def test_a_description_with_no_name_is_still_nobody():
    body = f"{QUOTE} a shopkeeper from Kettering told the Courier."
    assert attributed(body) == []


def test_a_surname_that_also_names_an_area_is_a_person():
    # "Canton", "Territory" are surnames too: "said Maria Canton" names a person
    for name in ("Maria Canton", "Jose Territory"):
        head = head_of(name, "said ")
        assert head is not None and head.kind == "person"
        assert attributed(f'"The quay will close," said {name}, a harbour pilot.') == [(name, "The quay will close,")]
    # near miss: an area word nobody bears as a surname
    head = head_of("Amber Province", "said ")
    assert head is not None and head.kind == "state"
