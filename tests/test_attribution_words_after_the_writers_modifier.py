"""Words in marks after an article and a modifier of the writer's ("condemned the latest “barbaric” attack") are still the
speaker's words: news writes its own framing word before the speaker's adjective all the time. A scare quote after an
unnamed group's verb of naming ("Opponents would call it a “fiasco”") is nobody's statement, never the person named before
(regression pins: the engine already did this). Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

CUE = "“We will not sign it,” said Mayor Ann Dale."


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Senator Ann Dale warned of a growing “existential” threat to the harbour.", "existential"),
        ("Senator Ann Dale condemned the latest “barbaric” attack on the port.", "barbaric"),
        ("Senator Ann Dale denounced the new “draconian” rules on fishing.", "draconian"),
        ("Senator Ann Dale called it a somewhat “chaotic” process.", "chaotic"),
        ("Senator Ann Dale called for a full “root and branch” review of the board.", "root and branch"),
        ("Ann Dale demanded an urgent “independent and transparent” inquiry.", "independent and transparent"),
        ("Senator Ann Dale warned of a real “catastrophe in the making” scenario.", "catastrophe in the making"),
        ("Ann Dale accused the board of a new “reckless” gamble.", "reckless"),
        ("Ann Dale accused the board of the same “reckless” gamble.", "reckless"),
        ("Ann Dale criticised the latest “shameful” decision.", "shameful"),
        ("Ann Dale warned the plan “would devastate” families on the coast.", "would devastate"),
        ("Senator Ann Dale criticised their new “reckless” spending plan.", "reckless"),
        ("Senator Ann Dale criticised the board’s new “reckless” spending plan.", "reckless"),
        ("Mayor Ann Dale urged boaters to “slow down near the pier”.", "slow down near the pier"),
        ("Mayor Ann Dale urged a “complete and total” overhaul.", "complete and total"),
        ("Mayor Ann Dale warned of a very “dangerous” situation.", "dangerous"),
    ],
)
def test_the_speakers_words_after_the_writers_modifier_stay_hers(sentence, quote):
    assert attributed(sentence) == [("Ann Dale", quote)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Opponents would call it a “fiasco”.",
        "But critics called it a “giveaway” to the developers.",
        "Her critics have called it a “fiasco”.",
        "Many would call it a “fiasco”.",
    ],
)
def test_pin_a_scare_quote_after_an_unnamed_groups_verb_is_not_the_named_speakers(sentence):
    assert attributed(f"{CUE} {sentence}") == [("Ann Dale", "We will not sign it,")]


def test_pin_a_capitalised_sign_after_the_writers_modifier_is_a_label():
    assert attributed("Mayor Ann Dale proposed a bright “No Wake” sticker on every hull.") == []
