"""A provisional speaker's description from the words before the name: a body's name before a lower-case role or trade
("White House counselor", "Harbour Port Authority engineer"), a numbered area before a title ("District 12 District
Attorney"), and no lone trade noun that words before it qualify ("the political scientist"). Passages written for these
tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe

DESCRIBED = [
    ("White House counselor Kella Vorn said the file was late.", "Kella Vorn", "White House counselor"),
    ('"It is late," said White House counselor Kella Vorn.', "Kella Vorn", "White House counselor"),
    ("Harbour Port Authority engineer Kella Vorn said the pier was cracked.", "Kella Vorn", "Harbour Port Authority engineer"),
    ('"It is late," said PE teacher Kella Vorn.', "Kella Vorn", "PE teacher"),
    ("District 12 District Attorney Pol Harren said the case was open.", "Pol Harren", "District 12 District Attorney"),
    ('"It is open," said Ward 4 Councillor Pol Harren.', "Pol Harren", "Ward 4 Councillor"),
    ("According to the author Kella Vorn, the pier was cracked.", "Kella Vorn", "Author"),
]

NOT_DESCRIBED = [
    ("The political scientist Kella Vorn said the pier was cracked.", "Kella Vorn"),  # "political" qualifies: no "Scientist"
    ("Environmental justice activist Kella Vorn said the park would go.", "Kella Vorn"),
    ("Yesterday official Kella Vorn said the pier was cracked.", "Kella Vorn"),  # one word opening a sentence: no body
    ("During the debate, Harbour Party for the People leader Kella Vorn spoke.", "Kella Vorn"),  # the party's name runs on
]


@pytest.mark.parametrize(("text", "name", "description"), DESCRIBED)
def test_described_by_the_words_before(text: str, name: str, description: str) -> None:
    assert describe(text, name) == description


@pytest.mark.parametrize(("text", "name"), NOT_DESCRIBED)
def test_not_described_by_a_cut_name_or_a_qualified_trade(text: str, name: str) -> None:
    assert describe(text, name) == ""


# capitalised words opening a sentence before a lower-case title are read as a body's name only where they read so: not a
# time's words, a courtesy title or a person's given name and surname (those leave the title alone); an article before a
# body's one word is no part of it
OPENING_WORDS_READ = [
    ("Last Friday chief executive Kella Vorn said so.", "Chief executive"),
    ("Earlier This Month chief executive Kella Vorn said so.", "Chief executive"),
    ("Mrs Dorn chief executive Kella Vorn said so.", "Chief executive"),
    ("Greta Dorn chief executive Kella Vorn said so.", "Chief executive"),
    ("Tilda Dorn chief executive Kella Vorn said so.", "Chief executive"),
    ("The Norvik chief executive Kella Vorn said so.", "Norvik chief executive"),
    ("A Norvik chief executive, Kella Vorn, said so.", "Norvik chief executive"),
    ("Harbour Ferries chief executive Kella Vorn said so.", "Harbour Ferries chief executive"),
    ("Tilda Bank chief executive Kella Vorn said so.", "Tilda Bank chief executive"),  # a body's word: no person
    ("Fares rose. The Harbour Board chairman Kella Vorn said so.", "Harbour Board chairman"),
]


@pytest.mark.parametrize(("text", "description"), OPENING_WORDS_READ)
def test_a_body_opening_the_sentence_before_a_title(text: str, description: str) -> None:
    assert describe(text, "Kella Vorn") == description
