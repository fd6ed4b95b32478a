"""A name a witness's account gives a place ("as far as the Blue Heron restaurant", "outside the Ostby market") is
never the "he" who recalls it. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

ACCOUNT = "“When they started going back, people came out of the alleys,” he recalled."


def test_a_name_before_a_place_noun_is_no_speaker():
    body = f"He described how the police advanced as far as the Blue Heron restaurant and then pulled back. {ACCOUNT}"
    assert attributed(body) == []


def test_a_name_after_as_far_as_is_no_speaker():
    body = f"The police advanced as far as Kessel Bridge and then pulled back. {ACCOUNT}"
    assert attributed(body) == []


def test_a_witness_named_before_the_place_keeps_the_account():
    body = (
        "According to Arno Blik, who watched from a window, the marchers gathered at 6am.\n\n"
        "“The police came up the main road first,” he said.\n\n"
        f"He described how the police advanced as far as the Blue Heron hotel and then pulled back. {ACCOUNT}"
    )
    assert [who for who, _ in attributed(body)] == ["Arno Blik", "Arno Blik"]


def test_a_person_who_acts_near_a_place_still_speaks():
    body = f"Arno Blik walked to the market at noon. {ACCOUNT}"
    assert [who for who, _ in attributed(body)] == ["Arno Blik"]


def test_he_after_according_to_an_unnamed_witness_is_not_the_victim_named_before():
    body = (
        "Footage shows Toma, a 24-year-old in a red shirt, at the corner of Kessel Road. Minutes later, Toma collapses.\n\n"
        "According to an eyewitness, who watched from a window nearby, the marchers gathered at 6am.\n\n"
        "“The police came up the main road first,” he said."
    )
    assert attributed(body) == []


def test_he_after_according_to_a_named_witness_is_the_witness():
    body = (
        "Footage shows Toma, a 24-year-old in a red shirt, at the corner of Kessel Road. Minutes later, Toma collapses.\n\n"
        "According to Arno Blik, who watched from a window nearby, the marchers gathered at 6am.\n\n"
        "“The police came up the main road first,” he said."
    )
    assert [who for who, _ in attributed(body)] == ["Arno Blik"]
