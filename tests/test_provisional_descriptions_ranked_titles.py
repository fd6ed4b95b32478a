"""A title ranked by a word before its title's word ("Junior Minister", "Associate Professor", "Interim Director") keeps
that word in the speaker's description, at a sentence's start as inside one; the word alone is no title. Passages
written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe


@pytest.mark.parametrize(
    "text, description",
    [
        ("Junior Minister Oda Brenn said the quay would reopen.", "Junior Minister"),
        ("Associate Professor Oda Brenn said the audit was late.", "Associate Professor"),
        ("Interim Director Oda Brenn said the port would reopen.", "Interim Director"),
        ("The fees were set by Junior Minister Oda Brenn last spring.", "Junior Minister"),
    ],
)
def test_the_ranking_word_stays_in_the_title(text: str, description: str) -> None:
    assert describe(text, "Oda Brenn") == description


@pytest.mark.parametrize(
    "text, description",
    [
        # near misses, as before: a rank word TITLE_WORDS holds, and a word that ranks nothing
        ("Senior Minister Oda Brenn said the quay would reopen.", "Senior Minister"),
        ("Assistant Commissioner Oda Brenn said the quay would reopen.", "Assistant Commissioner"),
        ("Yesterday Minister Oda Brenn said the quay would reopen.", "Minister"),
    ],
)
def test_other_words_before_a_title_as_before(text: str, description: str) -> None:
    assert describe(text, "Oda Brenn") == description


@pytest.mark.parametrize(
    "text, description",
    [
        # a term's word (titles.TITLE_QUALIFIERS) qualifies the title as a rank's does, and so before a trade's noun
        ("Outgoing Director Oda Brenn said the port would reopen.", "Outgoing Director"),
        ("Associate Dean Oda Brenn said the audit was late.", "Associate Dean"),
        ("Junior Doctor Oda Brenn said the ward was full.", "Junior Doctor"),
    ],
)
def test_a_qualifying_word_stays_before_a_term_or_a_trade(text: str, description: str) -> None:
    assert describe(text, "Oda Brenn") == description


@pytest.mark.parametrize(
    "text, description",
    [
        # near misses, as before: a qualifying word that is the whole post (a firm's associate)
        ("Associate Oda Brenn said the port would reopen.", "Associate"),
        ("Senior Associate Oda Brenn said the port would reopen.", "Associate"),
    ],
)
def test_no_qualifier_no_change(text: str, description: str) -> None:
    assert describe(text, "Oda Brenn") == description
