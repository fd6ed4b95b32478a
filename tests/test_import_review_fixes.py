"""A reviewer's findings on the import rules, each on a passage of our own: the story-begun test read once per unit only
where a cheap test passed first, an author block's post, a live page's timed updates, a blog archive's 'Posted by'
line, breadcrumbs over a heading and a standfirst closing on a quotation."""

from __future__ import annotations

import pytest

import dossier.classify as classify
from dossier.importer import import_text

WORDS = ["harbour", "ferry", "council", "weather", "market", "school", "bridge", "library"]


def test_short_paragraphs_are_not_rescanned_for_the_story_begun(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned = [0]
    story_begun = classify._story_begun

    def counting(body: list) -> bool:
        scanned[0] += len(body)
        return story_begun(body)

    monkeypatch.setattr(classify, "_story_begun", counting)
    lines = [f"The {WORDS[i % 8]} office said the {WORDS[(i * 3) % 8]} plan would wait until spring." for i in range(400)]
    result = import_text("Harbour notes\n\n" + "\n\n".join(lines) + "\n", "notes.txt")
    assert "The library office said" in result.markdown
    assert scanned[0] < 2_000  # the units before each unit, read again for every one: some 80,000
