"""A feature's lede that names its person in full only in the possessive, before a thing they own ("Priya Valdane’s
garden shed has flooded three winters running"), brings in the one a later "she" or "he" means, where no one was the
passage's person before: consumer and human-interest stories open this way. The name opens on a known given name, and
none of the words after the possessive names another person."""

from __future__ import annotations

import pytest
from passages import attributed

TOOLS = "Last March the water reached the top shelf. “I lost every tool I owned,” she said."


@pytest.mark.parametrize(
    "lede",
    [
        "Priya Valdane’s garden shed has flooded three winters running.",
        "Priya Valdane's garden shed keeps flooding.",
        "Maria Okafor’s old shed by the river floods every winter.",
    ],
)
def test_she_after_a_lede_naming_the_owner_in_the_possessive_is_the_owner(lede: str) -> None:
    owner = " ".join(lede.split()[:2]).replace("’s", "").replace("'s", "")
    assert attributed(f"{lede}\n\n{TOOLS}") == [(owner, "I lost every tool I owned,")]


@pytest.mark.parametrize(
    "lede",
    [
        # near misses: what the name owns is another person, who would speak; one word names a firm as often as a person
        "Priya Valdane’s lawyer has filed a claim over the flooding.",
        "Priya Valdane’s sister has had bad luck with the shed.",
        "Brackwater’s sheds flood every winter.",
        # a person's noun after a modifier or a number: still another person
        "Maria Okafor’s younger sister ran the shop for years.",
        "Maria Okafor’s two daughters run the shop now.",
        "Maria Okafor’s own lawyer filed the suit.",
    ],
)
def test_a_possessive_of_someone_else_or_of_one_word_brings_in_no_one(lede: str) -> None:
    speakers = [speaker for speaker, _quote in attributed(f"{lede}\n\n{TOOLS}")]
    assert "Priya Valdane" not in speakers
    assert "Maria Okafor" not in speakers
    assert "Brackwater" not in speakers


@pytest.mark.parametrize(
    "lede",
    [
        # near misses: two capitalised words that are a place, a firm or a day, not a given name and a surname
        "Wall Street’s rally faded on Friday.",
        "Morgan Stanley’s shares fell 4% on Tuesday.",
        "Port Avalon’s harbour is silting up.",
        "Tomas Lind’s late father built the shed.",
    ],
)
def test_a_possessive_of_no_known_given_name_or_of_a_relative_brings_in_no_one(lede: str) -> None:
    assert attributed(f"{lede}\n\n“We see a slowdown,” he said.") == []


def test_a_possessive_after_a_speaker_keeps_the_speaker() -> None:
    body = "“It failed twice,” Ana Ruiz said.\n\nTom Reed’s tariffs hit farmers hard.\n\n“We will appeal,” she said."
    assert attributed(body) == [("Ana Ruiz", "It failed twice,"), ("Ana Ruiz", "We will appeal,")]
