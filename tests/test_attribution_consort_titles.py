"""A spouse's title ("the First Lady", "First Lady Ann Vole") is a role its holder is known by, never a person named
Lady: passages written for these tests, each with its near miss."""

from __future__ import annotations

from passages import attributed

OPENING = "Ada Quell sees trouble ahead for the town.\n\n“We need a plan,” she said in a clip.\n\n"


def test_the_first_lady_is_no_person_named_lady():
    body = OPENING + "At the harbour, the First Lady spoke to the fishermen about the new pier.\n\n“We need calm,” she said. “We need it now.”"
    assert all(name != "Lady" for name, _quote in attributed(body))
    assert attributed(body)[-2:] == [("Ada Quell", "We need calm,"), ("Ada Quell", "We need it now.")]


def test_the_first_lady_is_the_holder_named_with_the_title():
    body = "First Lady Ada Quell sees trouble ahead for the town.\n\n“We need a plan,” she said in a clip.\n\n“We need calm,” the First Lady said."
    assert attributed(body) == [("Ada Quell", "We need a plan,"), ("Ada Quell", "We need calm,")]


def test_the_second_gentleman_is_a_role_too():
    body = OPENING + "“We need calm,” the Second Gentleman said."
    assert all(name not in ("Gentleman", "Second Gentleman") for name, _quote in attributed(body))


def test_a_lady_by_courtesy_keeps_her_name():
    body = "“We need calm,” said Lady Ada Quell."
    assert attributed(body) == [("Lady Ada Quell", "We need calm,")]


def test_the_title_before_a_surname_alone_is_her_role_not_her_name():
    body = "“We need calm,” said First Lady Quell."
    assert attributed(body) == [("Quell", "We need calm,")]


def test_the_title_before_a_surname_alone_after_her_full_name():
    body = "First Lady Ada Quell toured the pier.\n\n“We need calm,” said First Lady Quell."
    assert attributed(body) == [("Ada Quell", "We need calm,")]


def test_a_former_first_lady_keeps_her_name():
    body = "Former First Lady Ada Quell toured the pier. “We need calm,” she said."
    assert attributed(body) == [("Ada Quell", "We need calm,")]


def test_the_title_before_a_firms_name_is_read_as_before():
    body = "“We need calm,” said First Lady Quell Bank."
    assert all(name not in ("Quell", "Lady Quell") for name, _quote in attributed(body))
