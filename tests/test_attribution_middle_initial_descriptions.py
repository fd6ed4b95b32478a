"""A middle initial's stop inside a name in a speaker's apposition ("president of Kelpstad-based Ana K. Lind Company")
ends no description: the body's or the person's name runs on past it. Passages written for these tests, each with its
near miss."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe

QUOTE = "“Prices have never been this low,” said Nils Harro, "


@pytest.mark.parametrize(
    ("apposition", "description"),
    [
        (
            "president of Kelpstad-based Ana K. Lind Company, the largest buyer of cod.",
            "President of Kelpstad-based Ana K. Lind Company",
        ),
        ("a lawyer for Ana K. Lind, on Monday.", "Lawyer for Ana K. Lind"),
        ("an adviser to Ana K. Lind.", "Adviser to Ana K. Lind"),
        ("a fellow at the Ivo T. Marsk School of Fisheries.", "Fellow at the Ivo T. Marsk School of Fisheries"),
    ],
)
def test_a_middle_initial_inside_a_name_ends_no_description(apposition: str, description: str) -> None:
    assert describe(QUOTE + apposition, "Nils Harro") == description


@pytest.mark.parametrize(
    ("apposition", "description"),
    [
        ("president of Kelpstad-based Ana Lind Company, the largest buyer of cod.", "President of Kelpstad-based Ana Lind Company"),
        ("a fellow at the Harbour Institute. K. Lind agreed.", "Fellow at the Harbour Institute"),  # a sentence's stop
    ],
)
def test_a_name_without_an_initial_and_a_sentence_s_stop_are_read_as_before(apposition: str, description: str) -> None:
    assert describe(QUOTE + apposition, "Nils Harro") == description
