"""A sentence that opens on a message, letter or statement from someone ("A message in May from the senior bishop,
Archbishop Tomas Wren, referred to …") names whose words a later "the statement said" gives, not a body named earlier.
Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

EARLIER_BODY = "The Harbour Rights Commission (HRC) inquiry opened in March.\n\n"


@pytest.mark.parametrize(
    "opening",
    [
        "A pre-Christmas message in December 2001 from the senior bishop, Archbishop Tomas Wren, referred to the vote.",
        "A message from Archbishop Tomas Wren referred to the vote.",
        "A Christmas message from the harbour council’s chair, Tomas Wren, referred to the vote.",
    ],
)
def test_the_statement_is_the_one_the_message_came_from(opening):
    body = f"{EARLIER_BODY}{opening} In part, the statement said that ‘we need to search our hearts’."
    assert attributed(body) == [("Tomas Wren", "we need to search our hearts")]


def test_the_message_may_open_a_later_sentence_of_its_paragraph():
    body = (
        f"{EARLIER_BODY}Such appeals show a latent ability to rally people. A message in December 2001 from the senior bishop,"
        " Archbishop Tomas Wren, referred to the vote. In part, the statement said that ‘we need to search our hearts’."
    )
    assert attributed(body) == [("Tomas Wren", "we need to search our hearts")]


def test_a_statement_issued_by_someone_stays_theirs():
    # near miss: the issuer named by "issued by" was read before
    body = f"{EARLIER_BODY}The statement issued by Tomas Wren referred to the vote. In part, the statement said that ‘we must wait’."
    assert attributed(body) == [("Tomas Wren", "we must wait")]


def test_a_message_from_someone_ending_the_sentence_is_the_statement():
    body = f"{EARLIER_BODY}The council read a message from Tomas Wren. In part, the statement said that ‘we must wait’."
    assert attributed(body) == [("Tomas Wren", "we must wait")]


@pytest.mark.parametrize(
    "opening",
    [
        "A message from the council to the minister, Tomas Wren, was read aloud.",
        "A message from the union addressed to the mayor, Ida Lund, was leaked.",
        "A message from the bishop to his successor, Tomas Wren, was read aloud.",
    ],
)
def test_the_one_a_message_was_sent_to_is_no_issuer(opening):
    # near misses: the name after the comma is the recipient's; the issuer stays as before
    body = f"{EARLIER_BODY}{opening} In part, the statement said that ‘we must wait’."
    assert attributed(body) == [("Harbour Rights Commission", "we must wait")]


def test_a_letter_answered_inside_the_sentence_names_no_issuer():
    # near miss: the letter is no object ending the sentence; the statement is the one the sentence issues
    body = f"{EARLIER_BODY}The council, answering a letter from Tomas Wren, issued a statement. The statement said that ‘we must wait’."
    assert attributed(body) == [("Harbour Rights Commission", "we must wait")]
