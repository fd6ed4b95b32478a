""" "Soon" opening a sentence before a name or a comma is an adverb, never a person's name ("Soon Ana Ruiz said",
"Soon, officials said"), as "Later", "Meanwhile", "Still" and "Yet" are; "Soon" as a name stays one ("Kim Soon",
"Soon-Yi Park", "Augustine Soon", "“…,” Soon said", "said Soon" and "Soon said" after "Willie Soon"). Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

OPENING = "The port closed in May. "
QUOTE = "“we cannot reopen it this year.”"


def speakers(passage: str) -> list[str]:
    return [who for who, _ in attributed(passage)]


def test_soon_before_a_full_name_is_no_part_of_it():
    assert speakers(f"{OPENING}Soon Ana Ruiz said {QUOTE}") == ["Ana Ruiz"]
    assert speakers("Ana Ruiz said “the port is shut.” Soon Tom Reed added: “Nor will it open next year.”") == ["Ana Ruiz", "Tom Reed"]


def test_soon_before_a_comma_and_unnamed_people_is_nobody():
    assert speakers(f"{OPENING}Soon, officials said {QUOTE}") == []


@pytest.mark.parametrize("adverb", ["Later", "Meanwhile", "Still", "Yet"])
def test_near_miss_the_other_sentence_adverbs_still_read_so(adverb):
    assert speakers(f"{OPENING}{adverb} Ana Ruiz said {QUOTE}") == ["Ana Ruiz"]


@pytest.mark.parametrize("name", ["Kim Soon", "Soon-Yi Park", "Augustine Soon"])
def test_near_miss_soon_inside_a_name_stays_the_name(name):
    assert speakers(f"{OPENING}{name} said {QUOTE}") == [name]


def test_near_miss_the_surname_soon_after_the_quote_is_the_person_named_before():
    before = "Willie Soon spoke first at the hearing. "
    assert speakers(f"{before}“We cannot reopen it this year,” Soon said.") == ["Willie Soon"]
    assert speakers(f"{before}“We cannot reopen it this year,” said Soon.") == ["Willie Soon"]
    assert speakers(f"{before}Soon said {QUOTE}") == ["Willie Soon"]


@pytest.mark.parametrize("name", ["Soon Keong Wong", "Soon Yi Park"])
def test_near_miss_soon_before_a_word_no_list_holds_as_a_given_name_opens_the_name(name):
    passage = f"{name}, an astrophysicist, spoke at the quay. “The harbour is fine,” {name.split()[-1]} said."
    assert speakers(passage) == [name]
