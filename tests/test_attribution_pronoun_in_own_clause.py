"""A "he" inside the clause of the last man who acts ("…, while Sir Bram Oakhurst remembered what he called her great
gift, “…”") is that man, though a 'while', 'when' or 'that' opens his clause: the sentence's main subject is the one
a "he" means only once the pronoun has left that clause (a later sentence, "and he said", a comma). Passages written
for these tests, with the near misses beside them."""

from __future__ import annotations

import pytest
from passages import attributed

WORDS = "an unshakeable and cheerful patience"


@pytest.mark.parametrize(
    "body",
    [
        f"Her brother, Tomas Reeve described her loyalty to the family, while Sir Bram Oakhurst remembered what he called her great gift, “{WORDS}”.",
        f"Her brother, Tomas Reeve, described her loyalty to the family, while Sir Bram Oakhurst remembered what he called her great gift, “{WORDS}”.",
        f"Her brother, Tomas Reeve described her loyalty, while Sir Bram Oakhurst remembered her great gift, which he called “{WORDS}”.",
        f"Tomas Reeve spoke first, and the room was quiet when Bram Oakhurst praised what he called “{WORDS}”.",
    ],
)
def test_he_in_the_last_actors_own_clause_is_him(body: str) -> None:
    assert attributed(body) == [("Bram Oakhurst", WORDS)]


def test_near_miss_he_in_the_next_sentence_is_the_main_subject() -> None:
    body = f"Her brother, Tomas Reeve, was glad that Bram Oakhurst came to the service. He remembered what he called her great gift, “{WORDS}”."
    assert attributed(body) == [("Tomas Reeve", WORDS)]


def test_near_miss_he_after_and_is_the_main_subject() -> None:
    body = f"Tomas Reeve was glad that Bram Oakhurst came, and he spoke of what he called her great gift, “{WORDS}”."
    assert attributed(body) == [("Tomas Reeve", WORDS)]
