"""A sentence that ends on "he tells <outlet>" after a fragment in marks ("But cameras should be an “final
fallback,” he tells Harbour Weekly."), as one ending on "he told" or "he said": the fragment is the one "he" means, also in
a list item under the paragraph naming him. Passages written for these tests, with near misses."""

from __future__ import annotations

import pytest
from passages import attributed

NAMED = "Tom Hale, who runs a bakery on the quay, says the cameras help him.\n\n"


@pytest.mark.parametrize("item", ["", "• "])
def test_a_fragment_in_a_sentence_ending_on_he_tells_is_his(item: str) -> None:
    body = NAMED + item + "But cameras should be a “final fallback,” he tells Harbour Weekly."
    assert attributed(body) == [("Tom Hale", "final fallback,")]


def test_a_named_speaker_telling_an_outlet() -> None:
    body = NAMED + "• But cameras should be a “final fallback,” Hale tells Harbour Weekly."
    assert attributed(body) == [("Tom Hale", "final fallback,")]


def test_near_miss_someone_else_acting_after_the_fragment() -> None:
    body = NAMED + "• Cameras are a “final fallback,” which Ann Bell opposes, he tells Harbour Weekly."
    assert attributed(body) == []
