"""A sentence whose subject is a body, with a verb of stance or thought before the quote, that ends on "said" and the
person who said it ("This is as MOT recognises that … “change sharply” …, said Mr Tarrant."): the person's words, as
"…, Lin Jian said." already is. Passages written for these tests, each with its near misses."""

from __future__ import annotations

import pytest
from passages import attributed

SETTING = "The Harbour Board (HB) will raise the mooring fee from June, board chair Piet Olsen told reporters on Friday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Small crews keep the old rate. This is as HB recognises that their costs can “change sharply” with one new boat, said Mr Olsen.",
        "The Harbour Board maintains the new fee is “fair and long overdue” for the bigger fleets, says Piet Olsen.",
    ],
)
def test_the_person_closing_the_sentence_speaks_for_the_body(sentence: str) -> None:
    assert [name for name, _quote in attributed(SETTING + sentence)] == ["Piet Olsen"]


def test_a_body_alone_keeps_its_words() -> None:
    body = SETTING + "The Harbour Board maintains the new fee is “fair and long overdue” for the bigger fleets."
    assert [name for name, _quote in attributed(body)] == ["Harbour Board"]


def test_a_person_as_subject_keeps_the_words() -> None:
    body = SETTING + "Mayor Ana Grell recognises that the fee can “change sharply” with one new boat, said Mr Olsen."
    assert [name for name, _quote in attributed(body)] == ["Ana Grell"]
