"""The role a description after a speaker's name gives (", the harbour minister.", ", a singer from Velm,") is one they are
known by: a later "The minister paused. “…”" or "“…,” the singer said" is theirs, unless the noun is not one of theirs.
Passages written for these tests."""

from __future__ import annotations

from passages import attributed

FIRST = "“The pier reopens in June,” said Mira Odell"


def test_a_role_described_after_the_speaker_keeps_the_next_quote_hers():
    body = FIRST + ", the harbour minister.\n\nThe minister nodded. “Not a day later.”"
    assert attributed(body)[-1] == ("Mira Odell", "Not a day later.")


def test_a_trade_described_with_a_place_keeps_the_next_quote_hers():
    body = FIRST + ", a singer from Velm.\n\nThe singer grins. “Not a day later.”"
    assert attributed(body)[-1] == ("Mira Odell", "Not a day later.")


def test_a_role_described_with_its_field_keeps_the_next_quote_hers():
    body = FIRST + ", the mayor of Velm.\n\nThe mayor looks at the water. “Not a day later.”"
    assert attributed(body)[-1] == ("Mira Odell", "Not a day later.")


def test_a_role_described_after_the_speaker_names_the_later_role_cue():
    body = FIRST + ", the harbour minister.\n\n“Not a day later,” the minister said."
    assert attributed(body)[-1] == ("Mira Odell", "Not a day later,")


def test_a_trade_described_by_surname_in_the_paragraph_keeps_the_quote_hers():
    body = (
        "“The pier reopens in June,” Mira Odell said on the quay.\n\nOdell, a singer by trade, chairs the board. The singer grins. “Not a day later.”"
    )
    assert attributed(body)[-1] == ("Mira Odell", "Not a day later.")


def test_another_trade_than_the_described_one_is_not_the_speakers():
    body = FIRST + ", the harbour minister.\n\nThe singer grins. “Not a day later.”"
    assert attributed(body) == [("Mira Odell", "The pier reopens in June,")]


def test_a_trade_described_for_someone_else_is_not_the_speakers():
    body = "Sten Holm, a singer, sells records on the quay.\n\n" + FIRST + ".\n\nThe singer grins. “Not a day later.”"
    assert attributed(body)[-1] == ("Mira Odell", "The pier reopens in June,")


def test_a_role_acting_with_no_description_is_still_nobodys():
    body = FIRST + ".\n\nOlle Brant builds boats with Sten Holm. The composer grins. “Not a day later.”"
    assert attributed(body) == [("Mira Odell", "The pier reopens in June,")]
