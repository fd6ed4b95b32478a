"""The registry's scan (dossier.actors._FormsScanner): what one expression of every form finds, read so that the
matcher skips the characters no name can start after."""

from __future__ import annotations

import random

import pytest
from dossier.actors import Registry, _forms_pattern, _FormsScanner
from dossier.model import Actor
from dossier.text import fold

PIECES = [
    "marvane",
    "tollo",
    "u.s.",
    "u.s",
    "van-dierk",
    "o'hallan",
    "é",
    "ß",
    "σ",
    "’",
    "'",
    "-",
    " ",
    "\n",
    ".",
    ",",
    "(",
    "_",
    "x",
    "7",
    "ilse",
    "brand",
    "a",
    "ş",
    "“",
]
FORM_SETS = [
    ["marvane", "tollo", "u.s.", "van-dierk", "o'hallan", "ilse brand", "brand", "7x", "ilse"],  # every form opens on a word character
    ["é", "ilse"],
    ["marvane", "marvane."],
    ["-brand", "ilse"],  # a form opening on a hyphen
    ["’ilse", "ilse"],  # and on a curly apostrophe
]


def spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


@pytest.mark.parametrize("forms", FORM_SETS)
def test_the_scan_finds_what_the_expression_of_its_forms_finds_from_any_position(forms):
    plain, scanner = _forms_pattern(forms), _FormsScanner(forms)
    rng = random.Random(29)
    texts = ["", "marvane", " marvane", "xmarvane", "marvane-", "marvane’s", "u.s.marvane", "ilse brand.brand", "-brand-brand ’ilse"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    for text in texts:
        for pos in sorted({0, 1, 3, len(text) // 2, len(text)}):
            assert spans(scanner.finditer(text, pos)) == spans(plain.finditer(text, pos)), (text, pos)


def test_where_every_form_opens_on_a_word_character_the_scan_starts_after_the_character_before_a_name():
    assert _FormsScanner(["marvane", "u.s.", "7x"])._after
    assert not _FormsScanner(["-brand", "ilse"])._after  # the expression as it is


def test_a_registry_names_the_same_actors_through_the_scan():
    registry = Registry(
        [
            Actor("tollo", "Anja Tollo", "person", ["Tollo"]),
            Actor("marvane", "Marvane", "state", ["Marvanian"]),
            Actor("vd", "Van-Dierk Group", "organization", ["VDG"]),
        ]
    )
    text = "Anja Tollo met the Van-Dierk Group in Marvane; “Tollo’s” plan (VDG) and xTollo, Tollo-ish, Marvanian."
    every = registry.pattern
    assert spans(registry._matches(fold(text))) == spans(every.finditer(fold(text)))
    assert [actor for _, _, actor in registry.named_spans(text)] == ["tollo", "vd", "marvane", "tollo", "vd", "marvane"]


@pytest.mark.parametrize("forms", FORM_SETS)
def test_form_spans_finds_what_the_matches_of_the_scan_and_the_added_forms_give(forms):
    registry = Registry([Actor(f"a{i}", form, "person") for i, form in enumerate(forms)])
    registry._matchers()  # the expression of these forms compiled; those added below are matched apart
    for form in ["marvane tollo", "ilse", "brand ilse", "u.s. brand", "tol"]:
        registry.add_provisional(form, "test.md", 1)
    rng = random.Random(31)
    texts = ["marvane tollo marvane", "brand ilse brand", "u.s. brand u.s.", "tol tollo"]
    texts += ["".join(rng.choice([*PIECES, "tol", "brand ilse"]) for _ in range(rng.randint(0, 14))) for _ in range(3000)]
    for text in texts:
        folded = fold(text)
        expected = [(m.start(), m.end(), m.group(0)) for m in registry._name_matches(folded)]
        assert registry.form_spans(folded) == expected, text
