"""A work-title cue opening a sentence ("Entitled, ‘…’, the statement expressed …") is no one's name: the statement
speaks for whoever issued it. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize("cue", ["Entitled", "Titled", "Headlined"])
def test_a_work_title_cue_opening_a_sentence_is_no_speaker(cue):
    body = (
        "The Harbour Migrant Office released a statement in the midst of the drama. "
        f"{cue}, ‘A word from the Harbour Council on the crews’, the statement expressed ‘deep concern’ that the ship was"
        " refused entry."
    )
    assert attributed(body) == [("Harbour Migrant Office", "deep concern")]
