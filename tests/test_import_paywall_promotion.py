"""A paywall's promotion where a clipped or copied page cut the story short ('Subscribe to keep reading' over 'Already a
subscriber? Log in'): page furniture, left out, never a paragraph of the story. A sentence of the story that speaks of
subscribers stays."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

OPENING = "The quay trust voted on Tuesday to fund the dredging of the basin, ending a dispute with the boatmen that had run for two years."
LATER = "The works will cost about four million, the trust's treasurer said, and the borough will meet half of it."


def import_clip(*lines: str) -> tuple[str, dict[str, list[str]]]:
    result = import_text("# Trust backs dredging plan\n\n" + "\n\n".join([OPENING, *lines, LATER]) + "\n", "clip.md")
    return result.markdown.split("+++")[2], result.dropped


@pytest.mark.parametrize("prompt", ["Already a subscriber? Log in", "Already have an account? Sign in", "Have an account? Log in here"])
def test_the_paywalls_sign_in_prompt_is_left_out(prompt: str) -> None:
    body, dropped = import_clip("Subscribe to keep reading", prompt)
    assert prompt not in body and "Subscribe to keep reading" not in body
    assert dropped["paywall promotion"] == [prompt]
    assert LATER in body


def test_a_free_account_prompt_is_left_out() -> None:
    body, _ = import_clip("Create a free account to continue reading")
    assert "free account" not in body


def test_a_sentence_about_subscribers_stays() -> None:
    # near miss: the story's own words about subscribers and logging in
    sentence = "Already a subscriber to the trust's bulletin, the harbourmaster said he would log in to the vote from the quay."
    body, _ = import_clip(sentence)
    assert sentence in body
