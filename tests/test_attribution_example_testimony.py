"""A quote standing alone, in the first person, right after a sentence that brings in one person in passing as an example
("For some tenants, like Ana Ruiz, there is an uneasy feeling …. “I went to Greece last summer …”"): that person
testifies, not the speaker quoted before. Passages written for these tests, with the near misses beside them."""

from __future__ import annotations

from passages import attributed

OPENING = "Marco Velli, visiting from Turin, put it simply: “The guesthouse is cheaper than a hotel.”"
TESTIMONY = "“I went to the coast last summer and loved it. But here I looked for a flat for months.”"


def speakers(body: str) -> list[str]:
    return [who for who, _ in attributed(body)]


def test_the_example_testifies_in_the_same_paragraph():
    body = f"{OPENING} For some tenants, like Ana Ruiz, there is an uneasy feeling about the websites. {TESTIMONY}"
    assert speakers(body) == ["Marco Velli", "Ana Ruiz"]


def test_the_example_testifies_in_the_next_paragraph():
    body = f"{OPENING}\n\nFor some tenants, like Ana Ruiz, there is an uneasy feeling about the websites. {TESTIMONY}"
    assert speakers(body) == ["Marco Velli", "Ana Ruiz"]


def test_words_in_the_third_person_go_on_with_the_speaker():
    body = f"{OPENING} For some tenants, like Ana Ruiz, there is an uneasy feeling. “The websites are making life at home harder.”"
    assert speakers(body) == ["Marco Velli", "Marco Velli"]


def test_two_examples_name_no_one_speaker():
    body = f"{OPENING} For some tenants, like Ana Ruiz and Tomas Feld, there is an uneasy feeling. {TESTIMONY}"
    assert speakers(body)[1:] != ["Ana Ruiz"]


def test_a_person_introduced_as_the_subject_still_speaks():
    body = f"{OPENING} Ana Ruiz, a tenant in the old town, has a different view. {TESTIMONY}"
    assert speakers(body) == ["Marco Velli", "Ana Ruiz"]


def test_an_example_after_such_as_testifies():
    body = f"{OPENING} Some tenants, such as Ana Ruiz, feel uneasy about the websites. {TESTIMONY}"
    assert speakers(body) == ["Marco Velli", "Ana Ruiz"]
