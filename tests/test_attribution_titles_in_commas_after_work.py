"""A work's title set in commas right after the work's noun, lower case and all ("in Lee's first album, “blue water, red
sky,” the 5th song starts …"), is a title, never the words of the one the sentence opens on. Passages written for these
tests, with near misses: a speaker's words quoted where they appeared ("wrote in her book, “…,”"), words about a work
with a verb of saying before the work's noun anywhere in the sentence ("told reporters of the book, “…,”") or after them."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize(
    "body",
    [
        "Tide notes that in Lee's first album, “blue water, red sky,” the 5th song starts 19 minutes in.",
        "Tom Hale, for his part, thinks that on his last album, “dust and wire,” the drums came out too loud.",
    ],
)
def test_a_title_in_commas_after_its_works_noun_is_no_statement(body: str) -> None:
    assert attributed(body) == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ann Bell wrote in her book, “we were poor and we knew it,” and then she left the town.", "Ann Bell"),
        ("Ann Bell said of the song, “it is far too slow for me,” and left.", "Ann Bell"),
        ("Ann Bell told reporters of the book, “it changed the way I see my own town,” before she left.", "Ann Bell"),
        ("Ann Bell said Tuesday of the album, “it is far too slow for me,” and left.", "Ann Bell"),
        ("Ann Bell said in an interview about the film, “it is far too slow for me,” and left.", "Ann Bell"),
        ("Asked about the album, “it is far too slow for me,” Tom Hale said.", "Tom Hale"),
        ("Asked about the film, “it is far too slow for me,” the director Tom Hale said.", "Tom Hale"),
    ],
)
def test_words_about_a_work_with_their_speaker_stay_statements(body: str, speaker: str) -> None:
    assert [name for name, _quote in attributed(body)] == [speaker]
