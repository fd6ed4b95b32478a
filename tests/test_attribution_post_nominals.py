"""Honours and professional letters after a person's name ("Dr Nia Okafor AO", "Sir Hal Brenner KC") are no part of the
name: the speaker is the person, so a later mention without them is the same one. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

QUOTE = "The new berth will carry a third of the region’s grain by next winter."


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("Dr Nia Okafor AO, Chair of Granary Lines,", "Nia Okafor"),
        ("Nia Okafor OBE, Chair of Granary Lines,", "Nia Okafor"),
        ("Sir Hal Brenner KC, counsel for the co-operative,", "Hal Brenner"),
        ("Professor Ilse Varga FRS", "Ilse Varga"),
        ("Nia Okafor CBE FRSE", "Nia Okafor"),
    ],
)
def test_honours_after_the_name_are_left_out_of_it(named, speaker):
    assert attributed(f"{named} said, “{QUOTE}”") == [(speaker, QUOTE)]


def test_honours_before_a_sentence_stop_after_an_inverted_cue():
    assert attributed(f"“{QUOTE}” said Dame Ilse Varga DBE.") == [("Ilse Varga", QUOTE)]


def test_a_later_mention_without_the_honours_is_the_same_speaker():
    body = f"Tomas Adeyemi AO said the pier was “a long time coming.” Later, Tomas Adeyemi added: “{QUOTE}”"
    assert attributed(body) == [("Tomas Adeyemi", "a long time coming."), ("Tomas Adeyemi", QUOTE)]


def test_near_miss_a_name_without_honours_is_unchanged():
    assert attributed(f"Dr Nia Okafor, Chair of Granary Lines, said, “{QUOTE}”") == [("Nia Okafor", QUOTE)]


def test_near_miss_capital_letters_after_a_time_are_no_honours():
    body = f"The board met at 10 AM. Ilse Varga said, “{QUOTE}”"
    assert attributed(body) == [("Ilse Varga", QUOTE)]


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("Professor Lund AO", "Professor Lund"),
        ("Dr Lena Brook AO PSM", "Lena Brook"),
        ("Piet Lund APM", "Piet Lund"),
        ("Lena Brook AFSM", "Lena Brook"),
        ("Piet Lund ESM", "Piet Lund"),
        ("Lena Brook CSC", "Lena Brook"),
    ],
)
def test_australian_service_medals_and_a_surname_with_its_title(named, speaker):
    assert attributed(f"“{QUOTE}” said {named}.") == [(speaker, QUOTE)]


def test_a_long_run_of_honours_reads_in_linear_time():
    from dossier.attribution.post_nominals import without_post_nominals

    assert without_post_nominals("Lena Brook " + "AO " * 20000 + "XY") == "Lena Brook " + "AO " * 20000 + "XY"
    assert without_post_nominals("Lena Brook" + " AO" * 20000) == "Lena Brook"
