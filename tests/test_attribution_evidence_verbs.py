"""A quote in a sentence that ends on its speaker and a verb of saying ("…, Burke said.") is the speaker's even where
a finding or a fact opens the sentence with a verb that points to something ("That mobility remains low suggests “…”",
"The data suggest “…”", "The figures reveal …"): a thing speaks for no one. A person, a pronoun or a body before that
verb is someone else's reported words, as before. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "that local job markets have been basically lousy almost everywhere"
NAMED = "Gary Burke is an economist in Port Ulm.\n\n"


@pytest.mark.parametrize(
    "opening",
    ["That mobility remains low suggests", "The low mobility of workers suggests", "The data suggest", "The figures reveal", "The survey confirms"],
)
def test_a_finding_pointing_to_the_words_leaves_them_the_speakers(opening: str) -> None:
    assert attributed(f"{NAMED}{opening} “{WORDS}” except in a few areas, Burke said.") == [("Gary Burke", WORDS)]


@pytest.mark.parametrize("opening", ["She suggests", "They suggest", "Tom Reed suggests"])
def test_someone_before_the_verb_keeps_the_words_from_the_sentences_speaker(opening: str) -> None:
    assert ("Gary Burke", WORDS) not in attributed(f"{NAMED}{opening} “{WORDS}” except in a few areas, Burke said.")
