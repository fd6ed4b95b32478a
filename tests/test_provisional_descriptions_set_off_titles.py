"""A provisional speaker's description from a title set off from the name by commas, as trade and business papers write
it: "The Saltmarsh Ferries chief executive, Hanne Olsen, told staff", "…, Halvorsen's chairman and CEO, Hanne Olsen,
said". Read only where the title opens its clause and the name is set off on both sides. Passages written for these
tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe

DESCRIBED = [
    ('The Saltmarsh Ferries chief executive, Hanne Olsen, told staff: "We stay."', "Saltmarsh Ferries chief executive"),
    ('Fares rose. The Saltmarsh Ferries chief executive, Hanne Olsen, told staff: "We stay."', "Saltmarsh Ferries chief executive"),
    ("Fares should rise, Halvorsen's CEO, Hanne Olsen, said in an interview.", "Halvorsen's CEO"),
    ("Fares should rise, Halvorsen's chairman and CEO, Hanne Olsen, said in an interview.", "Halvorsen's chairman and CEO"),
    ('"Fares should rise," said Halvorsen\'s CEO, Hanne Olsen.', "Halvorsen's CEO"),
    ("The chief executive, Hanne Olsen, said so.", "Chief executive"),
    # a body's name opening the sentence, with no comma: its article is no part of the description
    ('The Saltmarsh Ferries chief executive Hanne Olsen told staff: "We stay."', "Saltmarsh Ferries chief executive"),
]

NOT_DESCRIBED = [
    "After a talk with the chief executive, Hanne Olsen said so.",  # no comma after the name: she is not the title's
    "In a letter to the chief executive, Hanne Olsen, Bo Lind and Ann Roe said so.",  # a list of names
    "In a letter to the chief executive, Hanne Olsen, told staff.",  # the title is what the letter went to
    "She met the Harbour Board chairman, Hanne Olsen, who said so.",  # the object of a verb: not read
    "The president, Hanne Olsen, said so.",  # a lone lower-case title: whose president, the page cannot tell
    "His wife, Hanne Olsen, said so.",
]


@pytest.mark.parametrize(("text", "description"), DESCRIBED)
def test_a_title_set_off_before_the_name(text: str, description: str) -> None:
    assert describe(text, "Hanne Olsen") == description


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_no_title_from_a_list_an_object_or_a_lone_noun(text: str) -> None:
    assert describe(text, "Hanne Olsen") == ""
