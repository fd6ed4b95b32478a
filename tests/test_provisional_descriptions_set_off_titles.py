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
    # a title after another name is that name's (or a list's): never the next name's
    "The pact was signed by Per Dahl, Norvik's chief executive, Hanne Olsen, its treasurer, and Bo Lind.",
    "Per Dahl, chief executive, Hanne Olsen, treasurer, and Bo Lind signed.",
    "Norvik replaced Per Dahl, the CEO, Hanne Olsen, said.",
    '"We stay," said Ann Roe, Norvik\'s CEO, Hanne Olsen, nodding.',
    "Ann Roe, the Norvik chairman, Hanne Olsen, told staff.",
    # a list after the name: the title is the list's first item's, or nobody's
    "Fares fell, the chief executive, Hanne Olsen, her deputy and Bo Lind said.",
    "Fares fell, the chief executive, Hanne Olsen, treasurer, and Bo Lind said.",
    # a relation to the owner is no post
    "Norvik's critic, Hanne Olsen, said.",
]

STILL_DESCRIBED = [
    ("On Monday, the chief executive, Hanne Olsen, said so.", "Chief executive"),  # a day before the comma
    ("Fares fell, the chief executive, Hanne Olsen, said.", "Chief executive"),
    ("In 2019, Norvik Bank CEO, Hanne Olsen, quit.", "Norvik Bank CEO"),
    # a list where each title goes before its name: the title after a name is the next name's
    (
        "Guests included former Vice President, Dr. Ana Roe, Harbour State Governor, Hanne Olsen, his Deputy, Bo Lind, and others.",
        "Harbour State Governor",
    ),
]


@pytest.mark.parametrize(("text", "description"), STILL_DESCRIBED)
def test_a_set_off_title_after_a_day_or_a_clause(text: str, description: str) -> None:
    assert describe(text, "Hanne Olsen") == description


@pytest.mark.parametrize(("text", "description"), DESCRIBED)
def test_a_title_set_off_before_the_name(text: str, description: str) -> None:
    assert describe(text, "Hanne Olsen") == description


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_no_title_from_a_list_an_object_or_a_lone_noun(text: str) -> None:
    assert describe(text, "Hanne Olsen") == ""
