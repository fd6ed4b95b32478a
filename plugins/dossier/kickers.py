"""The kickers news pages set over a story, its teaser or its caption, naming the story's kind ("Analysis", "Opinion",
"Explainer"): one list that a caption's rubric (captions), a teaser's label line (furniture) and a label run into the
line under it before a name (attribution.names) all read."""

from __future__ import annotations

STORY_KICKERS = frozenset(
    """analysis opinion explainer commentary comment editorial interview feature exclusive insight factbox review
    reaction reactions""".split()
)
