"""A name's places, found once for a report, are the places a scan of the text finds, and the rules that read the
words around each place find the same with them as with their own scan."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from corpus_strings import odd_strings
from dossier.attribution.engine import initialled_firsts, occurrences, words_before
from dossier.attribution.kinship import sex_by_kin
from dossier.attribution.name_places import NamePlaces

CORPUS = sorted((Path(__file__).parent / "corpus" / "reports").glob("*.txt"))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in CORPUS[::9]]


def plain_places(text: str, word: str) -> list[int]:
    """Every place the word stands after no letter or digit and, where it is all letters and digits, before none."""
    whole = word.isalnum()
    return [
        at
        for at in occurrences(text, word)
        if not text[at - 1 : at].isalnum() and not (whole and text[at + len(word) : at + len(word) + 1].isalnum())
    ]


def names_in(text: str) -> list[str]:
    """Capitalised words, two-word names and words with an inner mark or a full stop, as the rules ask them."""
    words = sorted(set(re.findall(r"[A-Z][\w’'.-]*", text)))
    pairs = sorted(set(re.findall(r"[A-Z]\w+ [A-Z]\w+", text)))
    return words[::5] + pairs[::5]


ODD_PIECES = ["Ali", "Reza", "Al-Reza", "RezaReza", "Reza’s", " ", "  ", "\n", "-", "’", "_", "a", "1", "B", "F.", "É", "\u00a0", "("]
ODD_NAMES = ["Reza", "reza", "-Reza", "1", "Ali Reza", "Al-Reza", "Reza.", "Reza’s", "B", "F", "RezaReza", "É", "Ali", "A"]


def test_the_index_gives_every_place_the_scan_gives(texts):
    for text in texts:
        places = NamePlaces(text)
        for name in names_in(text):
            assert places.of(name) == plain_places(text, name), name
    for text in odd_strings(ODD_PIECES, 4000, 17):
        places = NamePlaces(text)
        for name in ODD_NAMES:
            assert places.of(name) == plain_places(text, name), (text, name)
            assert places.of(name) == plain_places(text, name), (text, name)  # kept


def test_words_before_and_initials_read_at_the_indexed_places_are_the_scan_s(texts):
    odd = odd_strings(ODD_PIECES, 4000, 19)
    for text in [*texts, *odd]:
        places = NamePlaces(text)
        for name in names_in(text) if len(text) > 200 else ODD_NAMES:
            at = places.of(name)
            assert words_before(text, name, at) == words_before(text, name), (text, name)
            assert initialled_firsts(text, name, at) == initialled_firsts(text, name), (text, name)


def test_a_relative_s_noun_read_at_the_indexed_places_tells_what_the_scan_tells(texts):
    pieces = ["his wife, ", "her husband ", "Tan's son, ", "the ", "Ana Ana", "Ana", "Xu Anli", " ", ". ", "’s", "x"]
    for text in [*texts, *odd_strings(pieces, 4000, 23, longest=8)]:
        places = NamePlaces(text)
        for name in (names_in(text) if len(text) > 200 else []) + ["Xu Anli", "Ana Ana", "Ana"]:
            assert sex_by_kin(text, name, places.of(name)) == sex_by_kin(text, name), (text, name)
    assert sex_by_kin("His wife, Ana Ana Ana spoke.", "Ana Ana", NamePlaces("His wife, Ana Ana Ana spoke.").of("Ana Ana")) == "female"
