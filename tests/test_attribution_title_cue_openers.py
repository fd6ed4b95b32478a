"""A work-title cue opening a sentence ("Entitled, ‘…’, the statement expressed …") is no one's name: the statement
speaks for whoever issued it. Passages written for these tests."""

from __future__ import annotations

import pytest
from passages import attributed


@pytest.mark.parametrize("cue", ["Entitled", "Titled", "Headlined"])
def test_a_work_title_cue_opening_a_sentence_is_no_speaker(cue):
    body = (
        "The Harbour Pilots Office issued a statement on Friday night. "
        f"{cue}, ‘Notes on the closed lock’, the statement expressed ‘grave doubts’ about the lock's repair."
    )
    assert attributed(body) == [("Harbour Pilots Office", "grave doubts")]
