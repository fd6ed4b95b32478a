"""A feature's "the actress says", "the composer says": the trade's noun stands for the one the report names with it,
else for nobody, never for the last man named nor for the last speaker. Passages written for these tests."""

from __future__ import annotations

from passages import attributed

MET = "He met Ivo Brandt, who told him he “had wanted to dance for years”; Lea Marsk had just finished a play. "


def test_the_actress_is_not_the_actor_named_before():
    body = MET + "“It was at a café,” the actress says. “We both had soup. He told me about the film.”"
    assert attributed(body) == [("Ivo Brandt", "had wanted to dance for years")]


def test_the_actress_is_the_one_named_with_the_title():
    body = "Actress Lea Marsk had just finished a play.\n\n“It was at a café,” the actress says. “We both had soup.”"
    assert attributed(body) == [("Lea Marsk", "It was at a café,"), ("Lea Marsk", "We both had soup.")]


def test_the_composer_is_the_one_named_with_the_title():
    body = "Composer Ivo Brandt wrote the songs with Lea Marsk.\n\n“I tore up the first draft,” the composer says."
    assert attributed(body) == [("Ivo Brandt", "I tore up the first draft,")]


def test_a_named_speaker_after_the_trade_is_still_read():
    body = "Ivo Brandt had just finished a play.\n\n“It was at a café,” says the architect Lea Marsk."
    assert attributed(body) == [("Lea Marsk", "It was at a café,")]


SPOKE = "Nina Holt runs the studio.\n\n“We are ready,” she said.\n\n"


def test_a_quote_after_the_role_acting_is_not_the_last_speakers():
    body = SPOKE + "Ivo Brandt wrote the songs with Lea Marsk. The composer leans back. “I tore up the first draft.”"
    assert attributed(body) == [("Nina Holt", "We are ready,")]


def test_a_quote_after_the_role_acting_is_the_one_named_with_it():
    body = SPOKE + "Composer Ivo Brandt wrote the songs with Lea Marsk. The composer paused. “I tore up the first draft.”"
    assert attributed(body)[-1] == ("Ivo Brandt", "I tore up the first draft.")


def test_a_quote_after_a_body_acting_still_goes_on_with_the_speaker():
    body = SPOKE + "The company leans back. “I tore up the first draft.”"
    assert attributed(body)[-1] == ("Nina Holt", "I tore up the first draft.")


def test_a_quote_after_a_sentence_about_a_thing_still_goes_on_with_the_speaker():
    body = SPOKE + "The studio takes up a whole floor. “I tore up the first draft.”"
    assert attributed(body)[-1] == ("Nina Holt", "I tore up the first draft.")
