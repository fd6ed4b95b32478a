"""A spouse's title ("the First Lady", "First Lady Ann Vole") is a role its holder is known by, never a person named
Lady: passages written for these tests, each with its near miss."""

from __future__ import annotations

from passages import attributed

OPENING = "Ada Quell sees trouble ahead for the town.\n\n“We need a plan,” she said in a clip.\n\n"


def test_the_first_lady_is_no_person_named_lady():
    body = (
        OPENING + "Without naming him, the First Lady quietly criticised the mayor, saying the town needs a “grownup at the helm.”\n\n"
        "“We need calm,” she said. “We need it now.”"
    )
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
