"""A share bar's toggles and the copy button's answer copied with a page ('Show more sharing options', 'Copy Link URL',
'Copied!') are share-bar furniture; prose naming sharing or copying is text. Lines of our own."""

from __future__ import annotations

import pytest
from dossier.furniture import furniture_kind


@pytest.mark.parametrize("line", ["Show more sharing options", "Close extra sharing options", "Copy Link URL", "Copied!", "Link copied"])
def test_share_bar_toggles_and_the_copy_button_s_answer_are_furniture(line):
    assert furniture_kind(line) == "share bar"


@pytest.mark.parametrize("line", ["Sharing options for small ports", "The law was copied!", "Copy the link between the two yards"])
def test_lines_naming_sharing_or_copying_are_text(line):
    assert furniture_kind(line) == ""
