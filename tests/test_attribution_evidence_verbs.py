"""A quote in a sentence that ends on its speaker and a verb of saying ("…, Burke said.") is the speaker's even where
a finding opens the sentence with a verb that points to something ("That harbour traffic keeps falling suggests “…”",
"The data suggest “…”", "These figures imply …"): a thing speaks for no one. A person, a pronoun, a body or a plural of
people before that verb ("Critics suggest", "Her lawyer suggested"), and verbs people use to tell things ("reveal",
"confirm"), are someone else's reported words, as before. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "that the ferry routes have been quietly shrinking along most of the coast"
NAMED = "Gary Burke is an economist in Port Ulm.\n\n"


@pytest.mark.parametrize(
    "opening",
    ["That harbour traffic keeps falling suggests", "The data suggest", "These figures imply", "The new survey suggests"],
)
def test_a_finding_pointing_to_the_words_leaves_them_the_speakers(opening: str) -> None:
    assert attributed(f"{NAMED}{opening} “{WORDS}” except in a few towns, Burke said.") == [("Gary Burke", WORDS)]


@pytest.mark.parametrize(
    "opening",
    [
        "She suggests",
        "They suggest",
        "You suggest",
        "Tom Reed suggests",
        "Critics suggest",
        "Her lawyer suggested",
        "The minister suggests",
        "Officials revealed",
        "The company confirmed",
        "The figures reveal",
    ],
)
def test_someone_before_the_verb_keeps_the_words_from_the_sentences_speaker(opening: str) -> None:
    assert ("Gary Burke", WORDS) not in attributed(f"{NAMED}{opening} “{WORDS}” except in a few towns, Burke said.")
