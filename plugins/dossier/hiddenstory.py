"""A saved page whose story sits in a wrapper hidden until the site's scripts run (`<div id="i76" style="display:
none;">`): where no paragraph of prose stands outside hidden elements, the hidden element holding the most words of
prose is shown, so the page is read instead of refused as having no article text. A page with prose of its own keeps
its hidden boxes hidden (an unopened dialog, a pop-up)."""

from __future__ import annotations

import re

from bs4 import Tag

PROSE_WORDS = 15  # a paragraph of this many words is prose, not a menu's or a button's line
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def hidden_by_attributes(tag: Tag) -> bool:
    style = tag.get("style")
    return tag.has_attr("hidden") or tag.get("aria-hidden") == "true" or bool(_HIDING_STYLE.search(style if isinstance(style, str) else ""))


def _prose_paragraphs(root: Tag) -> list[Tag]:
    return [p for p in root.find_all("p") if len(p.get_text(" ").split()) >= PROSE_WORDS]


def reveal_hidden_story(body: Tag) -> int | None:
    """Show the hidden wrapper that holds the page's story, where nothing else holds prose; its line, else None."""
    prose = _prose_paragraphs(body)
    if not prose or any(not any(hidden_by_attributes(a) for a in [p, *p.parents] if isinstance(a, Tag)) for p in prose):
        return None
    outermost = [t for t in body.find_all(hidden_by_attributes) if not any(hidden_by_attributes(a) for a in t.parents if isinstance(a, Tag))]
    wrapper = max(outermost, key=lambda t: sum(len(p.get_text(" ").split()) for p in _prose_paragraphs(t)), default=None)
    if wrapper is None or len(_prose_paragraphs(wrapper)) < 2:
        return None
    for shown in [wrapper, *(t for t in wrapper.find_all(hidden_by_attributes) if len(_prose_paragraphs(t)) >= 1)]:
        for attribute in ("hidden", "aria-hidden"):
            shown.attrs.pop(attribute, None)
        style = shown.get("style")
        if isinstance(style, str):
            shown["style"] = _HIDING_STYLE.sub("", style)
    line = wrapper.sourceline
    return line if isinstance(line, int) else 1
