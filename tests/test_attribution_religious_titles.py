"""The titles of religious life before a full name inside a sentence ("At the time, Father Tomas Brenner", "Mother
Superior Lena Okafor", "Fr. Tomas Brenner") are the role, as "the Rev." is, not part of the name; before one word they
stay the name ("Mother Teresa", "Father Christmas"), and a relative's noun opening a sentence ("Father Michael Reyes was
at the resort", the boys' father) stays as written. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.names import head_of
from passages import attributed

WORRIED = "I’m worried about those who may still be angry,"


@pytest.mark.parametrize("title", ["Father", "Sister", "Brother", "Mother Superior", "Fr.", "Monsignor", "Abbess"])
def test_a_religious_title_before_a_full_name_is_the_role(title):
    body = f"At the meeting, {title} Lena Okafor, the head of the Valley Conference, spoke to reporters. “{WORRIED}” she said."
    assert attributed(body) == [("Lena Okafor", WORRIED)]


@pytest.mark.parametrize("title", ["Mother Superior", "Monsignor", "Fr."])
def test_a_title_no_relative_bears_opening_the_sentence(title):
    body = f"{title} Lena Okafor, the head of the Valley Conference, spoke to reporters. “{WORRIED}” she said."
    assert attributed(body) == [("Lena Okafor", WORRIED)]


def test_the_title_is_kept_as_the_role():
    head = head_of("Mother Superior Lena Okafor")
    assert head is not None and (head.name, head.role) == ("Lena Okafor", "Mother Superior")


@pytest.mark.parametrize("chunk", ["Mother Teresa", "Father Christmas", "Sister Okafor"])
def test_a_title_before_one_word_stays_the_name(chunk):
    head = head_of(chunk)
    assert head is not None and head.name == chunk


def test_a_father_opening_a_sentence_in_a_family_story_stays_as_written():
    body = (
        "“We kept our cool,” said Michael Reyes, 15, who spent the night in a snow cave with his brother.\n\n"
        "Father Michael Reyes was at the resort when he got the word. “I was just ecstatic,” he said."
    )
    assert attributed(body) == [("Michael Reyes", "We kept our cool,"), ("Father Michael Reyes", "I was just ecstatic,")]
