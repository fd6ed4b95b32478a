"""A speaker's aside between the verb of saying and the quotation ("when he stated and I quote:", "told the public, I
quote,") is transparent: the verb governs the quotation as it would without it. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

QUOTE = "“Nobody at the mill was ever told to cut corners on the boilers.”"


def test_stated_and_i_quote_before_a_block_quotation():
    body = "Pressed on the boilers at the hearing, Mr Varga gave his view, and he stated and I quote:\n\n" + QUOTE
    assert attributed(body) == [("Mr Varga", QUOTE[1:-1])]


def test_told_the_public_and_i_quote():
    body = "On the eve of the strike mill owner Ines Corr told her workers and I quote:\n\n“The doors will stay open as long as I live.”"
    assert attributed(body) == [("Ines Corr", "The doors will stay open as long as I live.")]


def test_i_quote_set_off_by_commas_inline():
    body = "Ada Roe told the council, I quote, “the harbour will never be sold”."
    assert attributed(body) == [("Ada Roe", "the harbour will never be sold")]


def test_the_verb_alone_stays():
    body = "Pressed on the boilers at the hearing, Mr Varga gave his view, and he stated:\n\n" + QUOTE
    assert attributed(body) == [("Mr Varga", QUOTE[1:-1])]


def test_a_writer_quoting_a_document_names_nobody():
    body = "The minutes of the meeting are plain, and I quote:\n\n“No vessel may leave the harbour after dark.”"
    assert attributed(body) == []
