"""An aside between hyphens spaced as dashes ("Edvin Harle - a fan of nine years - says"), as plain-text copy types a
dash: read as the en and em dashes are. Passages written for these tests."""

from __future__ import annotations

from passages import attributed


def test_a_spaced_hyphen_aside_before_the_verb_keeps_the_name():
    body = "Edvin Harle - a fan of nine years - says the mood was “calm and friendly”."
    assert attributed(body) == [("Edvin Harle", "calm and friendly")]


def test_a_relative_clause_between_spaced_hyphens_keeps_the_name():
    body = "Edvin Harle - who has held a season ticket since 2001 - recalls the evening as “oddly calm”."
    assert attributed(body) == [("Edvin Harle", "oddly calm")]


def test_a_spaced_hyphen_aside_after_the_quote_keeps_the_name():
    body = "“The mood was calm,” Edvin Harle - a fan of nine years - said."
    assert attributed(body) == [("Edvin Harle", "The mood was calm,")]


def test_the_witness_after_but_with_a_spaced_hyphen_aside_is_the_later_he():
    body = (
        "Ostmark beat Velden in the final, but Edvin Harle - one of the 8,000 fans there - says the mood was “calm”."
        "\n\nAsked about trouble, he said: “Not a scuffle all night.”"
    )
    assert attributed(body) == [("Edvin Harle", "calm"), ("Edvin Harle", "Not a scuffle all night.")]


def test_a_crowd_with_a_spaced_hyphen_aside_and_a_song_is_nobody():
    assert attributed("The 9,000 fans - a record for the ground - sang “Blue Skies” all night.") == []


def test_hyphens_inside_words_are_no_aside():
    body = "Edvin Harle, a 30-year-old fan, says the mood was “calm and friendly”."
    assert attributed(body) == [("Edvin Harle", "calm and friendly")]


def test_a_hyphen_inside_a_word_of_the_spaced_hyphen_aside_keeps_the_name():
    after = "“The nets came up empty,” Tomas Verhal - a 30-year-old fisherman - said."
    assert attributed(after) == [("Tomas Verhal", "The nets came up empty,")]
    before = "Tomas Verhal - a long-time fisherman from Orla - says the catch was “the worst in years”."
    assert attributed(before) == [("Tomas Verhal", "the worst in years")]
    witness = (
        "Orla lost its cannery in May, but Tomas Verhal - a 30-year-old fisherman - says the harbour is “still busy”."
        "\n\nAsked about work, he said: “There is enough for now.”"
    )
    assert attributed(witness) == [("Tomas Verhal", "still busy"), ("Tomas Verhal", "There is enough for now.")]
