"""The word a copied page keeps of an embedded player or gallery, in capitals alone on its line ('VIDEO', 'AUDIO',
'PHOTOS', 'GALLERY', 'INFOGRAPHIC'), is page furniture as 'Loading Photo Gallery' is: never a section heading over what
follows. Near misses: a heading with more words ('Video evidence') and a sentence naming a video stay (and 'Video' in
title case: a headline's last word wrapped onto a line of its own). Passages of our own."""

from __future__ import annotations

import pytest
from dossier.importer import import_text

HEAD = "Saving the Harbour Archive\n\nBy Jane Roe\n\nMarch 4, 2024\n\n"
STORY = (
    "When the floods came, the harbour board had no plan for the archive of the lower town, which lay in a basement.\n\n"
    "Moving the Boxes\n\n"
    "The archive team began counting what had been saved, box by box, through the whole of the first night.\n\n"
    "You can watch the full film below.\n\n"
)
CLOSING = "Ida Brun is an archivist and filmmaker based in Northport. Her film on the archive won a regional award.\n"


@pytest.mark.parametrize("word", ["VIDEO", "AUDIO", "PHOTOS", "GALLERY", "INFOGRAPHIC"])
def test_a_media_placeholder_alone_on_its_line_is_furniture(word):
    result = import_text(HEAD + STORY + f"{word}\n\n" + CLOSING, "story.txt")
    assert f"## {word}" not in result.markdown and f"\n{word}\n" not in result.markdown
    assert any(word in kept for kept in result.dropped.get("media placeholder", [])), result.dropped


def test_a_heading_with_more_words_and_a_sentence_naming_a_video_stay():
    story = STORY.replace("You can watch the full film below.", "A video of the night was shown at the town hall in May.")
    result = import_text(HEAD + story + "Video evidence\n\nThe board's own video of the flood was kept in the archive's basement too.\n", "story.txt")
    assert "## Video evidence" in result.markdown
    assert "A video of the night was shown at the town hall in May." in result.markdown
