"""A text of many short lines each ending in a colon is read in linear work: whether the lines under such a line are
all the tags closing the text is asked of the text once, never of every line under every such line. Passages of our
own, with the near miss: a label line over the tags that end the text is still dropped with them."""

from __future__ import annotations

import dossier.classify as classify_module
import pytest
from counting import CallCounter
from dossier.importer import import_text

STORY = (
    "Tarnwick ferries\n\n"
    "The ferry board of Tarnwick met on Monday and agreed, after a long evening, to run the night boats again from the "
    "eastern quay before the autumn storms close the channel to the grain barges.\n\n"
)


def colon_lines(n: int) -> str:
    return STORY + "".join(f"Entry {at} of the quay register:\n\n" for at in range(n))


def furniture_reads(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    reads = CallCounter(monkeypatch, classify_module, "furniture_kind")
    import_text(text, "export.txt")
    return reads.count


def test_many_lines_ending_in_a_colon_are_read_in_linear_work(monkeypatch: pytest.MonkeyPatch):
    small, large = furniture_reads(colon_lines(100), monkeypatch), furniture_reads(colon_lines(400), monkeypatch)
    assert large <= 5 * small


def test_a_label_over_the_tags_closing_the_text_is_still_dropped_with_them():
    result = import_text(STORY + "CREW NOTES:\n\n#tarnwick\n\n#ferries #nightboats\n\n", "export.txt")
    assert "CREW NOTES" not in result.markdown and "#tarnwick" not in result.markdown
    assert "night boats" in result.markdown


def test_a_label_over_text_after_the_tags_stays():
    result = import_text(STORY + "CREW NOTES:\n\n#tarnwick\n\nThe boats sail at nine.\n\n", "export.txt")
    assert "CREW NOTES" in result.markdown
