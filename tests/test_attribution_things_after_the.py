"""A name of two words or more right after a lower-case "the" that does nothing ("would not let the council sell the Quay
Gazette and the tramways") is a thing's or a body's, never the person a later "she" or "he" means. Passages written for these tests,
with near misses: one after "the" who acts ("the Harbour Abbot announced"), one a title or a listed given name marks a
person ("met the Rev. Tom Hale"), a person named in full."""

from __future__ import annotations

import pytest
from passages import attributed_with_kinds

WORDS = "we ran out"


def speakers(body: str) -> list[str]:
    return [name for name, _kind, _quote in attributed_with_kinds(body)]


def test_she_after_an_object_named_after_the_is_the_woman_named_before() -> None:
    body = (
        "It is worth recalling that Bell could be cautious. Once she would not let the council sell the Quay Gazette and "
        "the tramways. "
        f"The real trouble, as she put it in her diary, was that “{WORDS}.”"
    )
    found = attributed_with_kinds(body)
    assert [(name, quote) for name, _kind, quote in found] == [("Bell", WORDS + ".")]


def test_he_after_a_fever_named_after_the_is_the_man() -> None:
    body = (
        "Dr Orrin Vale took weeks to act. His letter to the board claims the spread of the Vale Marsh fever was "
        "exaggerated at first. He blames a “harbour cough panic” on his staff."
    )
    assert speakers(body) == ["Orrin Vale"]


def test_one_after_the_who_acts_is_still_the_one_he_means() -> None:
    body = (
        "Last spring the Harbour Abbot announced that the school would stay open. He added that the order "
        "“will not hand the building to anyone, whatever the town decides.”"
    )
    assert speakers(body) == ["Harbour Abbot"]


def test_a_woman_named_in_full_keeps_her_words() -> None:
    body = f"Ann Bell kept quiet. She wanted to close the Quay Gazette. Her reason, she wrote years later in a diary, was that “{WORDS}.”"
    assert speakers(body) == ["Ann Bell"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ann Bell met the Tide Lama in June. He told her that “the office will continue after me.”", "Tide Lama"),
        ("Ann Bell met the Reverend Tom Hale in June. He told her that “the office will continue after me.”", "Reverend Tom Hale"),
        ("The board heard from the Rev. Tom Hale in June. He told them that “the office will continue after me.”", "Tom Hale"),
        ("Ann Bell met the Tom Hale everyone knows in June. He told her that “the office will continue after me.”", "Tom Hale"),
    ],
)
def test_one_a_title_or_given_name_marks_after_the_is_the_one_he_means(body: str, speaker: str) -> None:
    assert speakers(body) == [speaker]
