"""A provisional speaker's description from a lower-case post named alone right after a verb of saying, as many papers
write it: "says president Tomas Veld" gives "President". Only a post one noun names; "said official …" or "said head
…" need a body to say which post and stay undescribed. Passages written for these tests."""

from __future__ import annotations

import pytest
from dossier.attribution.descriptions import describe

DESCRIBED = [
    ('"Cuts cannot be defended," says president Tomas Veld.', "President"),
    ('"Cuts cannot be defended," said spokeswoman Tomas Veld.', "Spokeswoman"),
    ('"Cuts cannot be defended," said chairman Tomas Veld of the Rowing Club.', "Chairman, Rowing Club"),
    # the forms that worked before, unchanged
    ('"No," said Guild president Tomas Veld.', "Guild president"),
    ('"No," says former president Tomas Veld.', "Former president"),
]

NOT_DESCRIBED = [
    '"Cuts cannot be defended," said official Tomas Veld.',
    '"Cuts cannot be defended," said head Tomas Veld.',
    "Our president Tomas Veld said cuts cannot be defended.",  # no cue before the post
    "The union's president Tomas Veld said so.",  # whose union, the page cannot tell
]


@pytest.mark.parametrize(("text", "description"), DESCRIBED)
def test_a_post_named_alone_after_a_cue(text: str, description: str) -> None:
    assert describe(text, "Tomas Veld") == description


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_no_post_from_a_vague_noun_or_without_a_cue(text: str) -> None:
    assert describe(text, "Tomas Veld") == ""
