"""A one-word name the report later writes inside a longer one after a preposition ("Harbourline" … "the activist group
Inside Harbourline"): the preposition is no given name, so the one-word speaker keeps its own name and is never the
other body. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

FIRST = "Harbourline says its rooms bring a “significant boost to the coastal economy.” In 2018, it claimed that its guests spent millions."


def speakers(body: str) -> list[str]:
    return [who for who, _ in attributed(body)]


def test_a_name_inside_a_later_group_name_after_inside_keeps_its_own():
    body = f"{FIRST}\n\nThe city began to fine hosts in 2021. The activist group Inside Harbourline found 2,000 listings in Porto."
    assert speakers(body) == ["Harbourline"]


def test_a_name_inside_a_later_group_name_after_outside_keeps_its_own():
    body = f"{FIRST}\n\nThe city began to fine hosts in 2021. The activist group Outside Harbourline found 2,000 listings in Porto."
    assert speakers(body) == ["Harbourline"]


def test_the_name_alone_keeps_its_own():
    assert speakers(FIRST) == ["Harbourline"]


def test_a_surname_named_in_full_later_is_still_the_person():
    body = (
        "Varga says the rooms bring a “significant boost to the coastal economy.” She spoke at the harbour.\n\n"
        "The city began to fine hosts in 2021, Ilse Varga added."
    )
    assert speakers(body) == ["Ilse Varga"]
