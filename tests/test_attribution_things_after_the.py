"""A name of two words or more right after a lower-case "the" that does nothing ("refused to sell the Harbour Mail and the
railways") is a thing's or a body's, never the person a later "she" or "he" means. Passages written for these tests,
with near misses: one after "the" who acts ("the 14th Tide Lama confirmed"), a person named in full."""

from __future__ import annotations

from passages import attributed_with_kinds

WORDS = "there was too little time to do it all"


def test_she_after_an_object_named_after_the_is_the_woman_named_before() -> None:
    body = (
        "It is worth remembering that Bell occasionally pulled her punches. For example, she refused to allow any attempt "
        f"to sell the Harbour Mail and the railways. The central problem, as she noted in her memoirs, was that “{WORDS}.”"
    )
    found = attributed_with_kinds(body)
    assert [(name, quote) for name, _kind, quote in found] == [("Bell", WORDS + ".")]


def test_he_after_a_disease_named_after_the_is_the_man() -> None:
    body = (
        "Mr Orrin Vale failed to take the threat seriously. In his statement he says that the impact of the Marlow Quint "
        "disease was overstated. He refers to a “ferry flu scare” when he was mayor."
    )
    assert [name for name, _kind, _quote in attributed_with_kinds(body)] == ["Orrin Vale"]


def test_one_after_the_who_acts_is_still_the_one_he_means() -> None:
    body = (
        "In June, the 14th Tide Lama confirmed that the office would continue. He stated that his trust "
        "“has sole authority to recognize the next one; no one else has any such authority.”"
    )
    assert [name for name, _kind, _quote in attributed_with_kinds(body)] == ["Tide Lama"]


def test_a_woman_named_in_full_keeps_her_words() -> None:
    body = f"Ann Bell said little. She refused to sell the Harbour Post. The central problem, as she noted in her memoirs, was that “{WORDS}.”"
    assert [name for name, _kind, _quote in attributed_with_kinds(body)] == ["Ann Bell"]
